package generate

import "testing"

// TestStandsAloneMemo: standsAlone, read once per sentence, answers anew
// when the writer puts other tokens in the sentence for a while (a
// connective cut, a referent), and as before when they are put back.
func TestStandsAloneMemo(t *testing.T) {
	for _, tc := range []struct {
		text string
		cut  int // tokens cut off the first sentence's front
	}{
		{"However, they said the new bridge would open in the spring of next year. The council approved it.", 2},
		{"Still, the council said the new bridge would open in the spring of next year. It approved it.", 2},
	} {
		sents := splitSentences(tc.text, tokenize(tc.text))
		w := newWriter(tc.text, sents, nil)
		whole := w.standsAloneRead(0)
		if got := w.standsAlone(0); got != whole {
			t.Errorf("%q: standsAlone %v, read %v", tc.text, got, whole)
		}
		old := w.sents[0].toks
		toks := append([]token(nil), old[tc.cut:]...)
		toks[0].rename(upperFirst(toks[0].text))
		w.sents[0].toks = toks
		cut := w.standsAloneRead(0)
		if got := w.standsAlone(0); got != cut {
			t.Errorf("%q cut: standsAlone %v, read %v", tc.text, got, cut)
		}
		w.sents[0].toks = old
		if got := w.standsAlone(0); got != whole {
			t.Errorf("%q put back: standsAlone %v, read %v", tc.text, got, whole)
		}
	}
}
