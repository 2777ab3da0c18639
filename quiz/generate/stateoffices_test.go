package generate

import (
	"strings"
	"testing"
)

// TestStateOfficesOnlyForStates: a chancellor or a minister of a state
// is offered the state's other offices as wrong choices; the chancellor
// of a body named by an acronym ("KU Chancellor", a university's head)
// is not offered "Prime Minister of the KU".
func TestStateOfficesOnlyForStates(t *testing.T) {
	for _, tc := range []struct {
		text, body string
		want       bool // some choice is a state office of body
	}{
		{"Research funding grows at the university\n\nKU Chancellor Robert Hemenway called the increase remarkable on Friday. The university received $120 million in research grants in 2000, up from $98 million the year before.", "KU", false},
		{"Germany backs the plan\n\nGerman Chancellor Olaf Scholz called the increase remarkable on Friday. The government received 120 proposals in 2022, up from 98 the year before.", "Germany", true},
	} {
		res, _ := FromText("", tc.text)
		got := false
		for _, q := range res.Quiz.Questions {
			for _, c := range q.Choices {
				for _, o := range []string{"Prime Minister of ", "Vice President of ", "Foreign Minister of "} {
					if strings.HasPrefix(c.Text, o) && strings.HasSuffix(c.Text, tc.body) {
						got = true
					}
				}
			}
		}
		if got != tc.want {
			var prompts []string
			for _, q := range res.Quiz.Questions {
				prompts = append(prompts, q.Prompt)
			}
			t.Errorf("%s: a state office offered = %v, want %v (questions %q)", tc.body, got, tc.want, prompts)
		}
	}
}
