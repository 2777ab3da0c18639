package generate

import (
	"strings"
	"testing"
)

// TestCountsWithoutNoun covers counts whose noun is not written after the
// number (round 10, sets 3–11): a noun taken from the sentence, a
// compound adjective, a tally's value; beside look-alikes that stay no
// count.
func TestCountsWithoutNoun(t *testing.T) {
	tests := []struct{ in, want string }{
		// The people an earlier count of the sentence counts.
		{"At least 80 people drowned in the north and 14 were killed in the hills, police said.", "80 people|14 people"},
		{"More than 20 people were found alive, nearly 60 remained missing and 9 homes were lost.", "20 people|60 people|9 homes"},
		{"It was six people and a doctor says 12 were taken to clinics.", "6 people|12 people"},
		{"The storm flattened 40 homes and 12 were hurt.", "40 homes"}, // no homes were hurt
		{"The quake killed 9 and injured 40 in the hills.", ""},
		// The set named before the number.
		{"Of the new cases, 17 were from Ndola.", "17 new cases"},
		{"Among the latest patients, 230 were admitted to clinics in Kano.", "230 patients"},
		// A compound adjective counts its noun.
		{"The coach was hit by the 48-car freight train at noon.", "48 cars"},
		{"The party won 61 seats in the new 120-seat assembly.", "61 seats|120 seats"},
		{"The three-stage rocket lifted off on time.", "3 stages"},
		{"The five-party coalition fell.", "5 parties"},
		{"A 4-inch lens, a three-time champion and a 40-love lead.", ""},
		{"The two-way link and a two-third majority.", ""},
		{"A 12-year wait ended with a five-day visit.", ""},
		// The value of a tally.
		{"The landslide buried a village, bringing the death toll to 41, officials said.", "41 deaths"},
		{"The number of patients waiting more than a year rose from 3,100 in May to 3,400 at the end of June.", "3400 patients waiting more than a year"},
		{"The toll road cost 12 dollars to use.", ""},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCountsWithoutNounAsked checks the questions on those counts: the
// noun is the one the sentence implies, a compound's noun is asked of the
// thing it describes, and a tally is asked with its time only.
func TestCountsWithoutNounAsked(t *testing.T) {
	tests := []countOffer{
		{"a noun from an earlier count", "At least 80 people drowned in the north and 14 were killed in the hills, police said.",
			"How many people were killed in the hills?", "14", nil},
		{"a compound, past", "The coach was hit by the 48-car freight train at noon.",
			"How many cars did the freight train have?", "48", nil},
		{"a compound, present", "The ruling bloc needs 80 votes in the new 120-seat assembly.",
			"How many seats does the new assembly have?", "120", nil},
		{"a compound on an indefinite noun", "A three-stage rocket lifted off on time.",
			"", "", []string{"How many stages"}},
		{"a tally with its time", "The number of patients waiting more than a year rose from 3,100 in May to 3,400 at the end of June.",
			"How many patients waiting more than a year were there at the end of June?", "3400", nil},
		{"a tally without its time", "The landslide buried a village, and the death toll was at 41 and rising.",
			"", "", []string{"How many deaths", "How many"}},
	}
	checkCountOffers(t, tests)
}
