package generate

import (
	"strings"
	"testing"
)

// TestLeadingPoint: a number written with its point first (".312") is one
// token and ends no sentence; a sentence's own full stop still does.
func TestLeadingPoint(t *testing.T) {
	cases := []struct {
		text  string
		sents int
		token string
	}{
		{"In 1994, Reeve played his last season for the club, batting .312 with 12 homers. He retired in 1996.", 2, ".312"},
		{"The police found a .22 rifle in the car. Two men were charged on Monday.", 2, ".22"},
		{"He hit 12 homers.312 fans watched.", 1, ""}, // glued to a word: left as it was
		{"The club was founded in 1901. 312 members joined that year.", 2, ""},
	}
	for _, tc := range cases {
		toks := tokenize(tc.text)
		sents := splitSentences(tc.text, toks)
		if tc.sents > 1 && len(sents) != tc.sents {
			t.Errorf("%q: %d sentences, want %d", tc.text, len(sents), tc.sents)
		}
		if tc.token == "" {
			continue
		}
		found := false
		for _, tk := range toks {
			if tk.text == tc.token {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tc.text, tc.token)
		}
	}
	// The quiz asks no fragment opening on the digits after the point.
	text := "In 1994, Reeve played his last season for the club, batting .312 with 12 homers and forty runs batted in. He was signed by the Hawks in 1990. The Hawks won the league in 1995."
	for _, p := range quizPrompts(t, "batting average", text) {
		if strings.Contains(p, "article, 312") || strings.HasPrefix(p, "312") {
			t.Errorf("fragment asked: %q", p)
		}
	}
}
