package generate

import (
	"strings"
	"testing"
)

// TestDeedScope: a deed under an "Under …" opening gives no doer
// question and no statement with the possessive left unresolved.
func TestDeedScope(t *testing.T) {
	for _, c := range []struct {
		f    Fact
		want bool
	}{
		{Fact{Sentence: "Under his leadership, Ruritania won 26 matches.", Doer: "Ruritania"}, true},
		{Fact{Sentence: "Under Hale's captaincy, Ruritania lost four of five Tests.", Doer: "Ruritania"}, true},
		{Fact{Sentence: "Ruritania won 26 matches under his leadership.", Doer: "Ruritania"}, false},
		{Fact{Sentence: "In March, Ruritania won 26 matches.", Doer: "Ruritania"}, false},
	} {
		if got := scopedDeed(c.f); got != c.want {
			t.Errorf("scopedDeed(%q) = %v, want %v", c.f.Sentence, got, c.want)
		}
	}
	page := "A captain's record\n\n" +
		"Tom Hale, who led Kenya in a total of 56 Tests, is the most successful captain the side has had.\n" +
		"Under his leadership, Kenya won 26 matches and also reached the top of the world rankings.\n" +
		"The side lost to Bangladesh at home this month and faces Australia and India later in the year.\n" +
		"The board named a new captain on Friday, and the squad of 16 players leaves for the tour in March.\n"
	res, err := FromText("", page)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.HasPrefix(q.Prompt, "Which country") && strings.Contains(q.Prompt, "26") || strings.Contains(strings.ToLower(q.Prompt), "under his leadership") {
			t.Errorf("deed asked without its \"Under …\" scope: %q", q.Prompt)
		}
	}
}
