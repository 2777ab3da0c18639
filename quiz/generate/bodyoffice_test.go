package generate

import "testing"

// TestBodyOfficeAbroad checks that an office naming its own body is not
// offered in a country the article does not give it in ("Election
// Commission Secretary of India" from a page on Chile's commission),
// while offices of state and the body's office where the article puts it
// still are.
func TestBodyOfficeAbroad(t *testing.T) {
	given := map[string]bool{"Election Commission Secretary|": true, "Party Chairman|Kenya": true, "Prime Minister|Chile": true}
	tests := []struct {
		office, country string
		want            bool
	}{
		{"Election Commission Secretary", "India", true},
		{"Central Bank Governor", "Peru", true},
		{"Party Chairman", "Uganda", true},
		{"Court Registrar", "Ghana", true},
		// Where the article gives it, or without a country.
		{"Party Chairman", "Kenya", false},
		{"Election Commission Secretary", "", false},
		// Offices of state name no body.
		{"Prime Minister", "India", false},
		{"Foreign Minister", "Peru", false},
		{"Union Home Minister", "India", false},
		{"Deputy Minister of Health", "Vietnam", false},
	}
	for _, tc := range tests {
		if got := bodyOfficeAbroad(tc.office, tc.country, given); got != tc.want {
			t.Errorf("bodyOfficeAbroad(%q, %q) = %v, want %v", tc.office, tc.country, got, tc.want)
		}
	}
}
