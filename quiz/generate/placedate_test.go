package generate

import (
	"strings"
	"testing"
)

// TestPlaceDate: a place of an event the sentence dates in its opening
// ("In May 1918, …") is not asked without the date: the person may have
// been imprisoned elsewhere at another time.
func TestPlaceDate(t *testing.T) {
	page := "A rebel's life\n\n" +
		"Tom Hale was born in New York and grew up in Dublin, where he joined the movement as a young man.\n" +
		"In May 1918, Tom Hale was imprisoned in Lincoln jail for his part in a campaign against the new law.\n" +
		"He escaped in February 1919 and went to the United States, where he raised 5 million dollars for the cause.\n"
	res, err := FromText("", page)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.HasPrefix(q.Prompt, "In which city was Tom Hale imprisoned") && !strings.Contains(q.Prompt, "1918") {
			t.Errorf("dated place asked without its date: %q", q.Prompt)
		}
	}
}
