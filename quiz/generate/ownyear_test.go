package generate

import "testing"

// TestOwnSentenceYear checks that a leader whose own sentence speaks of a
// later year (in a quotation, or as a modifier) is not dated by the year
// of the sentence before, and that the sentence before still dates a
// leader whose sentence names no year.
func TestOwnSentenceYear(t *testing.T) {
	tests := []struct{ sentence, is, when string }{
		{"Shares in Acme rose on Tuesday after sales hit £2 billion over 2016.\nAcme closed two plants at the end of 2015.\nAnn Cole, Acme’s chief executive, said: “2016 was a good year, and we expect better margins by 2021.”", "is", ""},
		{"Shares in Acme rose on Tuesday after sales hit £2 billion over 2016.\nAcme closed two plants at the end of 2015.\nAnn Cole, Acme’s chief executive, said the 2016 results would lift margins by 2021.", "is", ""},
		{"The inquiry opened in 1988. Governor Ada Pell had ordered it. The report was published in 2004.", "was", " in 1988"},
		{"The inquiry opened in 1988. Governor Ada Pell said the 1987 figures were wrong. The report was published in 2004.", "was", " in 1988"},
	}
	for _, tc := range tests {
		text := "Headline\n\n" + tc.sentence
		sents := splitSentences(text, tokenize(text))
		facts := extract(text, sents)
		w := newWriter(text, sents, facts)
		found := false
		for fi, f := range facts {
			if f.Kind != Leader {
				continue
			}
			found = true
			if is, when, _ := w.leaderTense(fi); is != tc.is || when != tc.when {
				t.Errorf("%q: %s: tense %q%q, want %q%q", tc.sentence, f.Person, is, when, tc.is, tc.when)
			}
		}
		if !found {
			t.Errorf("%q: no leader found", tc.sentence)
		}
	}
}

// TestPossessorTally checks that "her" after a subject of a name's ("Ann
// Cole's Paris Open win") is the name's, not the capitalised words after it.
func TestPossessorTally(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"a thing of the name's", "Nina Berg won in straight sets. Berg's Paris Open win was her fourth Grand Slam title.",
			"How many Grand Slam titles has Nina Berg won, according to the article?", "4", []string{"has Paris Open"}},
		{"the subject", "Iga Swiatek won her fourth French Open title on Saturday.",
			"How many French Open titles has Iga Swiatek won, according to the article?", "4", nil},
	})
}
