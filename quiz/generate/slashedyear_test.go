package generate

import "testing"

// TestSlashedYearIsNoDate: "2014/15" (a financial year, a season) dates
// nothing; a year before a slash and a space, or alone, still does.
func TestSlashedYearIsNoDate(t *testing.T) {
	for _, tc := range []struct {
		text  string
		years int
	}{
		{"The hospital received $7.6 million in funding for 2014/15, up on the year before.", 0},
		{"The club finished third in the 2019/2020 season.", 0},
		{"The hospital received $7.6 million in funding in 2014, up on the year before.", 1},
		{"Funding rose in 2014 / a report said so.", 1},
	} {
		got := 0
		for _, d := range findDates(tokenize(tc.text)) {
			if d.year != 0 {
				got++
			}
		}
		if got != tc.years {
			t.Errorf("%q: %d dates with a year, want %d", tc.text, got, tc.years)
		}
	}
}
