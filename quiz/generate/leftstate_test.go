package generate

import "testing"

// TestLeftState checks counts of people "left" in a state: a bare
// number ("left 199 injured") counts people and is asked, as is one
// with its noun ("left 300 residents stranded"), with the state after
// the verb; a pronoun subject or a subject with an aside gives nothing.
func TestLeftState(t *testing.T) {
	tests := []countOffer{
		{"a bare number, has left, a second verb after and",
			"The cyclone has also left 240 injured and flattened 900 huts along the coast.",
			"How many people has the cyclone left injured?", "240", nil},
		{"a noun and a place phrase",
			"The landslide left 85 people injured in Kvarn.",
			"How many people did the landslide leave injured in Kvarn?", "85", nil},
		{"a qualifier",
			"The explosion left at least 14 dead.",
			"At least how many people did the explosion leave dead?", "14", nil},
		{"had left and another noun of people",
			"The blizzard had left 310 passengers stranded, the airline said.",
			"How many passengers had the blizzard left stranded?", "310", nil},
		{"a pronoun subject",
			"It left 14 dead.",
			"", "", []string{"How many"}},
		{"an aside after the subject",
			"The gunmen, who fled on foot, left 14 dead.",
			"", "", []string{"How many"}},
		{"homes are no people",
			"The storm left 40 homes damaged.",
			"", "", []string{"How many"}},
	}
	checkCountOffers(t, tests)
	checkCountOffersOff(t, tests[:4], &leftStateOff)
}
