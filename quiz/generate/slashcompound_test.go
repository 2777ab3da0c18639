package generate

import "testing"

// TestSlashCompound: two lower-case words joined by a slash without spaces
// are one modifier of the subject, written back without spaces; a slash
// between names or numbers, or with spaces, is not one.
func TestSlashCompound(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the first day/night game", true},
		{"a part-time/full-time post", true},
		{"the Hull/Leeds game", false},
		{"on 14/24 October", false},
		{"the day / night game", false},
	}
	for _, tc := range cases {
		toks := tokenize(tc.text)
		got := false
		for i := range toks {
			got = got || slashCompound(toks, i)
		}
		if got != tc.want {
			t.Errorf("%q: slashCompound %v, want %v", tc.text, got, tc.want)
		}
	}
	checkCoverage(t, []coverageCase{
		{"The first day/night regatta took place on the lake in March 1979.",
			"When did the first day/night regatta take place on the lake?", "March 1979"},
	}, "When ")
}
