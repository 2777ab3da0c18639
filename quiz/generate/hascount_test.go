package generate

import "testing"

// TestHasCount: "has" before a count is a present state, asked as
// "employs" is ("How many stores does the Velden Company have in
// Norway?"); a pronoun nobody names, or a plural subject, gives none.
func TestHasCount(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"a company's stores", "The Velden Company has 40 stores in Norway.",
			"How many stores does the Velden Company have in Norway?", "40", nil},
		{"an adverb before has", "Ada Velk now has five gold medals.",
			"How many gold medals does Ada Velk have?", "5", nil},
		{"a pronoun nobody names", "She has five gold medals.",
			"", "", []string{"How many gold medals does"}},
		{"a plural subject", "The two companies have 41,000 employees.",
			"", "", []string{"How many employees does"}},
	})
}
