package generate

import "testing"

// TestSeatTitleNoCountrysOffice checks that a seat in a legislature is
// no office of a country: "Senator of the United States" was offered
// beside "President of the United States" (a senator is one of a state's,
// "Senator from Ohio"), while the country's own offices still fit it.
func TestSeatTitleNoCountrysOffice(t *testing.T) {
	tests := []struct {
		office, body string
		want         bool
	}{
		{"Senator", "United States", false},
		{"Representative", "United States", false},
		{"Congressman", "United States", false},
		{"Senator", "Australia", false},
		// A country's offices.
		{"Vice President", "United States", true},
		{"President", "United States", true},
		{"Foreign Minister", "Australia", true},
	}
	for _, tc := range tests {
		if got := titleFits(tc.office, tc.body); got != tc.want {
			t.Errorf("titleFits(%q, %q) = %v, want %v", tc.office, tc.body, got, tc.want)
		}
	}
}
