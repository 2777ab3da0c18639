package generate

import "testing"

// TestAnaphoricOpening: a sentence opening on a preposition and a bare
// "this", "these" or "them" points at the sentence before and is not
// copied alone; a demonstrative with its noun is the sentence's own.
func TestAnaphoricOpening(t *testing.T) {
	checkStandsAlone(t, []standsAloneCase{
		{"Of this, there were 1,240 families who stayed in 36 school halls across the valley.", false},
		{"Of these, 12 were ferries that sailed from the harbour on May 2, 2022.", false},
		{"Among them were 40 nurses who worked at the valley hospital on May 2, 2022.", false},
		{"Despite this, the council opened 36 school halls across the valley on May 2, 2022.", false},
		{"Of the 1,240 families, 300 stayed in 36 school halls across the valley.", true},
		{"Among the families were 40 nurses who worked at the valley hospital on May 2, 2022.", true},
	})
}

// standsAloneCase is one sentence and whether it reads without the
// sentence before.
type standsAloneCase struct {
	sentence string
	alone    bool
}

// checkStandsAlone checks standsAlone on each sentence, read on its own.
func checkStandsAlone(t *testing.T, cases []standsAloneCase) {
	t.Helper()
	for _, c := range cases {
		sents := splitSentences(c.sentence, tokenize(c.sentence))
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", c.sentence, len(sents))
		}
		w := &writer{text: c.sentence, sents: sents[:1]}
		if got := w.standsAlone(0); got != c.alone {
			t.Errorf("%q: standsAlone = %v, want %v", c.sentence, got, c.alone)
		}
	}
}
