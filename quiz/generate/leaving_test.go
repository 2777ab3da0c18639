package generate

import "testing"

// TestLeavingState checks a participle clause ", leaving N STATE" after
// a main clause: the count is asked "… were left STATE when …"; things
// that are no people are not.
func TestLeavingState(t *testing.T) {
	tests := []countOffer{
		{"passengers left dead",
			"A bus plunged into a ravine near Tarvo, leaving 14 passengers dead.",
			"How many passengers were left dead when a bus plunged into a ravine near Tarvo?", "14", nil},
		{"people left homeless",
			"A fire swept through the Linden flats on Sunday morning, leaving 23 people homeless.",
			"How many people were left homeless when a fire swept through the Linden flats on Sunday morning?", "23", nil},
		{"homes are no people",
			"The storm hit the coast near Tarvo, leaving 3,000 homes damaged.",
			"", "", []string{"How many homes were left"}},
	}
	checkCountOffers(t, tests)
	checkCountOffersOff(t, tests[:2], &leftStateOff)
}
