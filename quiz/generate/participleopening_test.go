package generate

import "testing"

// TestParticipleOpening: a participle opening ("Having joined …,") has
// no subject of its own, so the "he" or "she" after it is the sentence's
// subject and needs the sentence before; an opening clause with its own
// subject is left to the other rules.
func TestParticipleOpening(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"Having joined the rowing club in 1987, she won four titles on the river.", true},
		{"Having been elected in 2019, he opened the new ferry pier in March.", true},
		{"Having joined the rowing club in 1987, the coach won four titles on the river.", false},
		{"After the coach joined the rowing club in 1987, she won four titles on the river.", false},
	} {
		sents := splitSentences(c.sentence, tokenize(c.sentence))
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", c.sentence, len(sents))
		}
		s := sents[0]
		if got := frontedPronoun(s.toks, s.firstWord()); got != c.want {
			t.Errorf("frontedPronoun(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}
