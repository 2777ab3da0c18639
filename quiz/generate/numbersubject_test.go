package generate

import (
	"strings"
	"testing"
)

// TestNumberSubject checks a date question whose subject would be a
// number alone, its noun implied by the sentence ("36 of the ministers"):
// none is asked; a subject with its noun is.
func TestNumberSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // a prompt the quiz must hold; "" for none
		forbid     string // a prompt start the quiz must not hold
	}{
		{"of the set, then a bare number",
			"Prime Minister Ana Ruiz swore in her new cabinet on Monday. Of the 43 ministers sworn in, 36 were first elected in 2019.",
			"", "When were 36"},
		{"a number word after a count of members",
			"The Tarrow council has 40 members. Twelve were appointed in March 2020.",
			"", "When were twelve"},
		{"about and a number",
			"The Tarrow council has 40 members. About 30 were appointed in March 2020.",
			"", "When were about 30"},
		{"a subject with its noun is asked",
			"The Tarrow council has 40 members. The new councillors were appointed in March 2020.",
			"When were the new councillors appointed?", ""},
	}
	for _, tc := range tests {
		res, err := FromText("Quiz", tc.text)
		if err != nil {
			t.Fatal(err)
		}
		ps := prompts(res)
		found := tc.want == ""
		for _, p := range ps {
			if p == tc.want {
				found = true
			}
			if tc.forbid != "" && strings.HasPrefix(p, tc.forbid) {
				t.Errorf("%s: asked %q", tc.name, p)
			}
		}
		if !found {
			t.Errorf("%s: no %q; quiz %q", tc.name, tc.want, ps)
		}
	}
}
