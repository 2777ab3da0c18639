package generate

import "testing"

// TestCitedDate: a date in a bracketed reference to a publication is no
// fact of the story; a date in brackets of the story's own words, or a
// lifespan after a name, still is.
func TestCitedDate(t *testing.T) {
	cases := []struct {
		sentence string
		cited    bool
	}{
		{"She shared the award with Tom Berg of the University of Dale (The Gazette, Oct. 13, 2003, page 12).", true},
		{"The vaccine was approved last year (Science Weekly, May 2, 2001).", true},
		{"The hall reopened (it had closed on May 2, 2001) after the repairs.", false},
		{"The first mayor, Tom Berg (Thomas Berg, 1822–85), built the bridge.", false},
		{"The bridge reopened on Oct. 13, 2003, after the repairs.", false},
	}
	for _, c := range cases {
		toks := tokenize(c.sentence)
		got := false
		for _, d := range findDates(toks) {
			got = got || citedDate(toks, d)
		}
		if got != c.cited {
			t.Errorf("%q: cited %v, want %v", c.sentence, got, c.cited)
		}
	}
}
