package generate

import "testing"

// TestAndPronounDate: "he" or "she" opening a clause after "and" is the
// sentence's named subject when no other name could be meant.
func TestAndPronounDate(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	for _, tc := range []struct {
		text, answer, want string // want "" when no "When" question may have that answer
	}{
		{"Ada Hale was elected mayor in 1868, and she was reelected in 1872.",
			"1872", "When was Ada Hale reelected?"},
		{"In 1868, Ada Hale was elected mayor, and she was reelected in 1872.",
			"1872", "When was Ada Hale reelected?"},
		// Another name between the subject and the pronoun.
		{"Ada Hale defeated Tom Reeve in 1868, and he was reelected in 1872.", "1872", ""},
		// Another person in the sentence before.
		{"Tom Reeve lost the vote. Ada Hale was elected mayor in 1868, and he resigned in 1872.", "1872", ""},
	} {
		got := whenOffered(t, tc.text+tail)
		if tc.want == "" {
			for p, a := range got {
				if a == tc.answer {
					t.Errorf("%q: offered %q, want no When question answered %s", tc.text, p, a)
				}
			}
			continue
		}
		if a, ok := got[tc.want]; !ok || a != tc.answer {
			t.Errorf("%q: offered %q, want %q (%s)", tc.text, got, tc.want, tc.answer)
		}
	}
}
