package generate

import "testing"

// TestAndPronounDate: "he" or "she" opening a clause after "and" is the
// sentence's named subject when no other name could be meant.
func TestAndPronounDate(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	checkCoverageAfter(t, tail, []coverageCase{
		{"Ada Hale was elected mayor in 1868, and she was reelected in 1872.", "When was Ada Hale reelected?", "1872"},
		{"In 1868, Ada Hale was elected mayor, and she was reelected in 1872.", "When was Ada Hale reelected?", "1872"},
		// Another name between the subject and the pronoun.
		{"Ada Hale defeated Tom Reeve in 1868, and he was reelected in 1872.", "", "1872"},
		// Another person in the sentence before.
		{"Tom Reeve lost the vote. Ada Hale was elected mayor in 1868, and he resigned in 1872.", "", "1872"},
	}, "When ")
}
