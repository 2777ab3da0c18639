package generate

import "testing"

// TestSecondObject checks a count that is the object of a second verb
// joined by "and" to a first verb's count, the two sharing a subject:
// it is asked with the subject, in the tense of the first verb, with the
// phrase after it; a clause running on, a speaker's verb or a second
// verb with its own subject gives nothing.
func TestSecondObject(t *testing.T) {
	tests := []countOffer{
		{"two plain pasts and a place",
			"The typhoon killed 14 people and destroyed 2,200 homes in Mindora.",
			"How many homes did the typhoon destroy in Mindora?", "2200", nil},
		{"has and a participle",
			"The outbreak has infected 410 workers and closed 12 factories.",
			"How many factories has the outbreak closed?", "12", nil},
		{"after a left state, a region after the town",
			"The tremor has also left 36 injured and damaged 870 houses in Vellmar, Hesse.",
			"How many houses has the tremor damaged in Vellmar, Hesse?", "870", nil},
		{"a bare number left in a state after the first verb's count",
			"The blast killed 12 people and left 30 injured in Orlov, police said.",
			"How many people did the blast leave injured in Orlov?", "30", nil},
		{"a clause running on after a comma",
			"The typhoon killed 14 people and destroyed 2,200 homes, the agency added later that day.",
			"", "", []string{"How many homes"}},
		{"a speaker's verb",
			"Police arrested 12 men and said 40 rifles were seized.",
			"", "", []string{"How many rifles did"}},
	}
	checkCountOffers(t, tests)
	checkCountOffersOff(t, tests[:4], &secondObjectOff)
}
