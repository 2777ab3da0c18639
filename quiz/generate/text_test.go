package generate

import (
	"strings"
	"testing"
)

// lower is cached by tokenize: every token must still read as its text
// lower-cased, including tokens made by hand and renamed ones.
func TestTokenLower(t *testing.T) {
	text := "ÉMILE Zola met Mr. O'Neill at 11:43 A.M. in NEW York; he said “Non”."
	for _, tok := range tokenize(text) {
		if got, want := tok.lower(), strings.ToLower(tok.text); got != want {
			t.Errorf("tokenize: %q lower() = %q, want %q", tok.text, got, want)
		}
	}
	renamed := tokenize("He left")[0]
	renamed.text, renamed.low = "Emile Zola", ""
	cases := []struct {
		tok  token
		want string
	}{
		{token{text: "Was"}, "was"},
		{token{text: ""}, ""},
		{renamed, "emile zola"},
	}
	for _, c := range cases {
		if got := c.tok.lower(); got != c.want {
			t.Errorf("%q lower() = %q, want %q", c.tok.text, got, c.want)
		}
	}
}
