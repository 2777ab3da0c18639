package generate

import (
	"strings"
	"testing"
)

// TestCourtlessJudge: a prize's judge is not asked what office they hold;
// a judge on a page of the courts still is.
func TestCourtlessJudge(t *testing.T) {
	for _, tc := range []struct {
		text  string
		asked bool
	}{
		{"The Acme Prize for fiction went to Tom Hale on Monday.\n\nJudge Ann Cole called the winning novel a quiet and urgent book.\n", false},
		{"The Acme County court heard the case on Monday.\n\nJudge Ann Cole called the charges a serious matter for the county.\n", true},
		{"The jury found Tom Hale guilty of fraud on Monday.\n\nJudge Ann Cole will hand down the sentence in May.\n", true},
	} {
		w := writeAll(t, headlineLine+tc.text)
		asked := false
		for _, o := range w.offered {
			asked = asked || strings.HasPrefix(o.q.Prompt, "What office does Ann Cole hold")
		}
		if asked != tc.asked {
			t.Errorf("%q: office asked %v, want %v", tc.text, asked, tc.asked)
		}
	}
}
