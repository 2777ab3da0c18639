package generate

import (
	"strings"
	"testing"
)

// TestCompanyDotDoer: a company named with its abbreviation and a dot
// ("Harbour Mines Ltd.") is a doer, named without the dot.
func TestCompanyDotDoer(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Harbour Mines Ltd. signed a deal to buy Delta Resources on Monday.", "Harbour Mines Ltd|organisation|signed a deal to buy Delta Resources"},
		{"Orion Freight Inc. has bought two ferries from the harbour board.", "Orion Freight Inc|organisation|bought two ferries from the harbour board"},
	} {
		text := headlineLine + tc.text
		sents := splitSentences(text, tokenize(text))
		var got []string
		for _, f := range extract(text, sents) {
			if f.Kind == Actor {
				got = append(got, f.Doer+"|"+f.DoerKind+"|"+f.Action)
			}
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: actors %q, want %q", tc.text, got, tc.want)
		}
	}
}
