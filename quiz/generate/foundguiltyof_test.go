package generate

import "testing"

// TestFoundGuiltyOfCount checks foundGuiltyOfCount: an active "found X
// guilty of N charges" is asked of X, a bracketed link label skipped; a
// qualified count and a pronoun as the person give no such question.
func TestFoundGuiltyOfCount(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"a bracketed label after found",
			"Last week a jury found [court report] former treasurer Dana Holt guilty of six charges of theft.",
			"How many charges of theft was former treasurer Dana Holt found guilty of?", "6", nil},
		{"on and counts",
			"A jury in Leeds found Dana Holt guilty on nine counts.",
			"On how many counts was Dana Holt found guilty?", "9", nil},
		{"a qualified count",
			"A jury in Leeds found Dana Holt guilty of at least six charges.",
			"", "", []string{"How many charges was Dana Holt found guilty of?"}},
		{"a pronoun as the person",
			"A jury in Leeds found him guilty of six charges.",
			"", "", []string{"found guilty of?"}},
	})
}
