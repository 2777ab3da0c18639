package generate

import "testing"

// TestPresenceCount checks presenceCount: a count after "has a presence
// in" that ends the sentence is asked of the name that opens it, past an
// aside and a first clause joined by "and"; a qualified count, a phrase
// after the count, a pronoun subject and a relative clause give no such
// question.
func TestPresenceCount(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"after an aside and a first clause",
			"Tolvane, based in Ohio, is a maker of industrial glues and has a presence in 31 countries.",
			"In how many countries does Tolvane have a presence?", "31", nil},
		{"the name straight before has",
			"Brindle Foods has a presence in 14 countries.",
			"In how many countries does Brindle Foods have a presence?", "14", nil},
		{"a qualified count keeps no prompt without its qualifier",
			"Tolvane, based in Ohio, is a maker of industrial glues and has a presence in more than 31 countries.",
			"", "", []string{"In how many countries does Tolvane have a presence?"}},
		{"a phrase after the count",
			"Brindle Foods has a presence in 14 countries across Africa and Asia.",
			"", "", []string{"In how many countries does Brindle Foods have a presence?"}},
		{"a relative clause between the name and has",
			"Tolvane, which Harmon Group bought last year, has a presence in 31 countries.",
			"", "", []string{"In how many countries does Tolvane have a presence?"}},
	})
}
