package generate

import "testing"

// TestOwnSentenceYear checks that a leader whose own sentence speaks of a
// later year (in a quotation, or as a modifier) is not dated by the year
// of the sentence before, and that the sentence before still dates a
// leader whose sentence names no year.
func TestOwnSentenceYear(t *testing.T) {
	checkLeaderTense(t, []leaderTenseCase{
		{"Shares in Acme rose on Tuesday after sales hit £2 billion over 2016.\nAcme closed two plants at the end of 2015.\nAnn Cole, Acme’s chief executive, said: “2016 was a good year, and we expect better margins by 2021.”", "is", ""},
		{"Shares in Acme rose on Tuesday after sales hit £2 billion over 2016.\nAcme closed two plants at the end of 2015.\nAnn Cole, Acme’s chief executive, said the 2016 results would lift margins by 2021.", "is", ""},
		{"The inquiry opened in 1988. Governor Ada Pell had ordered it. The report was published in 2004.", "was", " in 1988"},
		{"The inquiry opened in 1988. Governor Ada Pell said the 1987 figures were wrong. The report was published in 2004.", "was", " in 1988"},
	})
}
