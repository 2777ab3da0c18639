package generate

import (
	"strings"
	"testing"
)

// TestIslamicWorld: a page naming the Islamic world's monarchies may be
// offered an emir's or a sultan's crown; others not.
func TestIslamicWorld(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Emperor Leopold I and King Philip V of Spain signed the treaty at Rastatt in 1714.", false},
		{"Emperor Naruhito met the Emir of Qatar in Doha on Monday.", true},
		{"The Ottoman fleet was beaten at Lepanto in 1571.", true},
		{"King Louis XIV of France signed the peace at Munster in 1648.", false},
	} {
		sents := splitSentences(tc.text, tokenize(tc.text))
		w := newWriter(tc.text, sents, extract(tc.text, sents))
		if got := w.islamicWorld(); got != tc.want {
			t.Errorf("islamicWorld(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNoEmirForAEuropeanEmperor: an emperor of Europe in the past is
// offered no emir's or sultan's crown; with too few crowns left, no
// office question is offered at all (held-out set 18's Ferdinand III).
func TestNoEmirForAEuropeanEmperor(t *testing.T) {
	text := "The Treaty of the Rhine\n\nTalks on a general peace began in 1702. On March 3, 1705, the treaty between Emperor Leopold I and Queen Anne of England was signed at Utrecht; on the same day, the treaty between Leopold I and King Philip V of Spain was signed at Rastatt."
	sents := splitSentences(text, tokenize(text))
	w := newWriter(text, sents, extract(text, sents))
	w.write()
	for _, c := range w.offered {
		if !strings.HasPrefix(c.q.Prompt, "What office did Leopold I") {
			continue
		}
		for _, x := range c.item.Wrong {
			if islamicTitles[x] {
				t.Errorf("%q offers %q", c.q.Prompt, x)
			}
		}
	}
}
