package generate

import "testing"

// TestOfSetNoun checks a bare number after "Of the …," whose set names
// its size ("Of the 120 deaths") or is a death toll ("Of the overall
// death toll"): the number counts the set's noun and is asked. A year
// after "the" is no size, and a set that ends on no plural gives
// nothing.
func TestOfSetNoun(t *testing.T) {
	tests := []countOffer{
		{"the set's size is left out",
			"Of the 64 deaths, 51 were reported in Varna province.",
			"How many deaths were reported in Varna province?", "51", nil},
		{"a death toll counts deaths",
			"Of the overall death toll, 37 were recorded in Oskarshamn.",
			"How many deaths were recorded in Oskarshamn?", "37", nil},
		{"deaths toll, and a second count after while",
			"Of the overall deaths toll, 88 were reported in Teruel, while 9 fatalities were recorded in the neighbouring Soria province.",
			"How many deaths were reported in Teruel?", "88", nil},
		{"a size written in words",
			"Of the forty patients, 12 were discharged on Friday.",
			"How many patients were discharged on Friday?", "12", nil},
		{"a year is no size",
			"Of the 2019 cases, 105 were reported in Varna.",
			"", "", []string{"How many cases"}},
		{"a toll of something else",
			"Of the road toll, 14 were reported in Varna.",
			"", "", []string{"How many"}},
	}
	checkCountOffers(t, tests)
	checkCountOffersOff(t, tests[:4], &ofSetOff)
}

// checkCountOffersOff checks that no wanted prompt of tests is offered
// with a rule switched off (*off set for the check, then cleared): the
// rule, not another, asks them.
func checkCountOffersOff(t *testing.T, tests []countOffer, off *bool) {
	t.Helper()
	*off = true
	defer func() { *off = false }()
	for _, tc := range tests {
		if tc.want == "" {
			continue
		}
		w := writeAll(t, tc.text)
		for _, c := range w.offered {
			if c.q.Prompt == tc.want {
				t.Errorf("%s: offered %q with the rule off", tc.name, tc.want)
			}
		}
	}
}
