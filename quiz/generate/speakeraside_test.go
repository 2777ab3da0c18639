package generate

import (
	"strings"
	"testing"
)

// TestPersonBeforeAside: a name followed by an aside and a speech verb
// ("Ruth Ellery, from the county's sailing school, said") is a person of the page,
// so that a quotation of the page's only other speaker can be asked with
// her as the other choice; a body before the same shape is not offered.
func TestPersonBeforeAside(t *testing.T) {
	text := `Merrow sailing club reports record membership

The Merrow sailing club reported 1,240 members on Monday, its highest number since it was founded in 1931.

“Families came back to the water this summer in numbers we had not seen for decades,” said Owen Pryce, the club's commodore, at the annual meeting.

Ruth Ellery, from the county's sailing school, said the new members had paid for a second slipway. Harbour Trust, a local charity, said it would match the sum.`
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range res.Quiz.Questions {
		if !strings.Contains(q.Prompt, "Families came back to the water") {
			continue
		}
		found = true
		if strings.Contains(q.Prompt, "Harbour Trust") {
			t.Errorf("a body offered as a speaker: %q", q.Prompt)
		}
		for _, c := range q.Choices {
			if c.Text == "Harbour Trust" {
				t.Errorf("a body offered as a speaker: %q", q.Prompt)
			}
		}
	}
	if !found {
		var ps []string
		for _, q := range res.Quiz.Questions {
			ps = append(ps, q.Prompt)
		}
		t.Errorf("no question on Pryce's quotation: %q", ps)
	}
}
