package generate

import (
	"strconv"
	"testing"
)

// TestBoundYear checks that a wrong year for a date written "in 2018 to
// 2019" keeps its side of 2019: "in _____ to 2019" would rule out 2021
// without reading. A date with no year after it may have later ones.
func TestBoundYear(t *testing.T) {
	tests := []struct {
		sentence string
		below    int // every wrong year is before it; 0: some wrong year is after the date
	}{
		{"Wheat output is thought to have fallen by 20 per cent to 12 million tonnes in 2018 to 2019.", 2019},
		{"Barley exports rose to 4 million tonnes in 2016 through 2017, the board said.", 2017},
		{"Wheat output is thought to have fallen by 20 per cent to 12 million tonnes in 2018, the board said.", 0},
	}
	for _, tc := range tests {
		text := "Headline\n\n" + tc.sentence
		sents := splitSentences(text, tokenize(text))
		facts := extract(text, sents)
		w := newWriter(text, sents, facts)
		found := false
		for fi, f := range facts {
			if f.Kind != Date || f.d.year == 0 || tc.below != 0 && f.d.year >= tc.below {
				continue
			}
			found = true
			wrong := w.dateDistractors(fi)
			later := false
			for _, x := range wrong {
				y, _ := strconv.Atoi(x)
				later = later || y > f.d.year
				if tc.below != 0 && y >= tc.below {
					t.Errorf("%q: wrong year %s is not before %d (%v)", tc.sentence, x, tc.below, wrong)
				}
			}
			if tc.below == 0 && !later && len(wrong) == 3 {
				t.Logf("%q: %v", tc.sentence, wrong)
			}
		}
		if !found {
			t.Errorf("%q: no year found", tc.sentence)
		}
	}
}
