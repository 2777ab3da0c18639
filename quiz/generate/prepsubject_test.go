package generate

import "testing"

// TestPrepSubjectVerb checks a counted subject with a phrase after its
// noun whose verb is a regular past ("looked") that the known verbs do
// not hold: the question keeps the phrase and a "the same … as"
// comparison whole; a participle that "by" follows is the noun's phrase.
func TestPrepSubjectVerb(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"a place phrase before a regular past",
			"Four teams from Bergen searched the coast for the missing trawler.",
			"How many teams from Bergen searched the coast for the missing trawler?", "4", nil},
		{"the same … as is kept",
			"Three telescopes in Chile watched the same patch of sky as the Orla probe.",
			"How many telescopes in Chile watched the same patch of sky as the Orla probe?", "3",
			[]string{"How many telescopes in Chile watched the same patch of sky?"}},
	})
}
