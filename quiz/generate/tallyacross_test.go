package generate

import "testing"

// TestTallyAcross: a tally whose noun is set off from its verb by a
// phrase ("the death toll from the storm has risen to 41") counts that
// noun; a figure whose verb has another subject, or a phrase holding a
// verb of its own, is no tally.
func TestTallyAcross(t *testing.T) {
	cases := []struct {
		text, noun string
		n          int
	}{
		{"The death toll from the storm that struck Fiji province has risen to 41, officials said.", "deaths", 41},
		{"The death toll from a fever outbreak in Mali, Niger and Chad has hit 212 since March.", "deaths", 212},
		{"The ministry said cholera deaths in the region have risen to 33 from 20 a week ago.", "cholera deaths", 33},
		{"Cases among the pupils have climbed to 57 this week.", "cases", 57},
		{"Ebola deaths in the region have climbed to 57 this week.", "", 0},
		// Refused.
		{"The rainfall in the valley has risen to 41 millimetres, officials said.", "", 0},
		{"The price of bread in the capital has risen to 14.", "", 0},
		{"Deaths in the region said to have risen to 33 were reported by the ministry.", "", 0},
	}
	for _, tc := range cases {
		text, _, _ := checkText(tc.text)
		sents := splitSentences(text, tokenize(text))
		got := ""
		for _, f := range extract(text, sents) {
			if f.Kind == Count && f.Number == tc.n {
				got = f.c.noun
			}
		}
		if tc.n == 0 {
			for _, f := range extract(text, sents) {
				if f.Kind == Count && (f.Number == 41 || f.Number == 14 || f.Number == 33 || f.Number == 57) {
					got = f.c.noun
				}
			}
		}
		if got != tc.noun {
			t.Errorf("%q: noun %q, want %q", tc.text, got, tc.noun)
		}
	}
}
