package generate

import "testing"

// TestChamberTitleNoCountrysOffice checks that a chamber's party leaders'
// titles are no offices of a country ("Minority Leader of the United
// States" was offered beside "President of the United States"), while a
// country's own offices still fit it.
func TestChamberTitleNoCountrysOffice(t *testing.T) {
	tests := []struct {
		office, body string
		want         bool
	}{
		{"Minority Leader", "United States", false},
		{"Majority Leader", "United States", false},
		{"Senate Minority Leader", "United States", false},
		{"Majority Whip", "United States", false},
		{"House Speaker", "United States", false},
		// A country's offices.
		{"Vice President", "United States", true},
		{"President", "United States", true},
		{"Prime Minister", "Canada", true},
	}
	for _, tc := range tests {
		if got := titleFits(tc.office, tc.body); got != tc.want {
			t.Errorf("titleFits(%q, %q) = %v, want %v", tc.office, tc.body, got, tc.want)
		}
	}
}
