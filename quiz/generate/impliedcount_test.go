package generate

import (
	"strings"
	"testing"
)

// TestImpliedPeople covers impliedPeople: a number written without a
// noun counts people when its verb counts people (died, were injured,
// remain missing; killed or injured as its object; "the deaths of"), and
// nothing when the noun is not certain: an opening number (the last
// sentence may name the things), a part of a set ("Of those who …"), a
// sentence that counts other things, a verb that counts no people, a
// negation, "the" before the number.
func TestImpliedPeople(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A further 12 died and 240 were injured in Dunmore, the council said.", "12 people|240 people"},
		{"The police said 23 were arrested after the march.", "23 people"},
		{"Rescuers said another 31 remain missing in the valley.", "31 people"},
		{"The fever has killed more than 1,400 across the region.", "1400 people"},
		{"The flood caused the deaths of at least 87 in Tarn.", "87 people"},
		{"Officials said 70 were fully vaccinated by May.", "70 people"},
		// Refused.
		{"Twelve were injured in the crash.", ""},
		{"Of those who died, 97 were fully vaccinated.", ""},
		{"The herd lost 40 cattle and wolves killed 12 in the hills.", "40 cattle"},
		{"Hedley won 3 and lost 2 at home.", ""},
		{"The fever killed 1,400 and 12 cattle in the north.", ""},
		{"Doctors said 2,403 were not vaccinated.", ""},
		{"The coach said the 14 were injured in training.", ""},
		{"The fever has killed 1,400 patients in the region.", "1400 patients"},
	}
	for _, tc := range tests {
		if got := strings.Join(factTexts(tc.in, Count), "|"); got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBareVerbQuestions covers bareVerbClause and otherFigureSkips: a
// count of people read from its verb is asked as its clause's subject
// with the phrase of place or time after the verb (the first of two
// clauses borrowing the second's), its qualifier kept; no phrase, or one
// running on into another clause, gives no question; a bare object of a
// second verb after a count asked as its verb's object takes that
// count's subject (bareObjectClause); and a count found before the rule
// is still asked beside one the rule reads.
func TestBareVerbQuestions(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"the second of two clauses",
			"A further 12 died and 240 were injured in Dunmore in the next valley, the council said.",
			"How many people were injured in Dunmore in the next valley?", "240", nil},
		{"the first of two clauses borrows the second's phrase",
			"A further 12 died and 240 were injured in Dunmore in the next valley, the council said.",
			"How many people died in Dunmore in the next valley?", "12", nil},
		{"the second clause's count with a qualifier",
			"Officials said 12 died and more than 200 were injured in Tarn on Monday.",
			"How many people died in Tarn on Monday?", "12", nil},
		{"after said, a phrase of time",
			"The police said 23 were arrested after the march through Brenford on Saturday.",
			"How many people were arrested after the march through Brenford on Saturday?", "23", nil},
		{"the qualifier kept",
			"Officials said more than 60 were injured in Tarn on Monday.",
			"More than how many people were injured in Tarn on Monday?", "60", nil},
		{"no phrase after the verb",
			"Officials said 60 were injured.",
			"", "", []string{"How many people"}},
		{"the phrase runs on into another clause",
			"Officials said 60 were injured in Tarn and 12 homes burned down.",
			"", "", []string{"How many people were injured"}},
		{"the object of a second verb, the first's subject and auxiliary",
			"The fever has infected over 9,200 people and killed more than 1,400 across Kano State, the ministry said.",
			"More than how many people has the fever killed across Kano State?", "1400", nil},
		{"the other figure of people in its own sentence, a year left out",
			"The fever, which first appeared in Kano in 2019, has infected over 9,200 people and killed more than 1,400 in Kano State as of Sunday, the ministry said.",
			"More than how many people has the fever killed in Kano State as of Sunday?", "1400", nil},
		{"the object of a second past verb",
			"The fever infected 9,200 people and killed 1,400 in the north.",
			"How many people did the fever kill in the north?", "1400", nil},
		{"the object of a second verb, a clause after it",
			"The fever infected 9,200 people and killed 1,400 in the north as the rains came.",
			"", "", []string{"How many people did the fever kill"}},
		{"a count found before the rule is still asked",
			"The fever has infected over 9,200 people and killed more than 1,400 across the region since March, the ministry said.",
			"More than how many people has the fever infected?", "9200", nil},
	})
}
