package generate

import "testing"

// TestNamesOfficeShort: "PM" and "Gov." in a prompt name the offices
// they stand for, and no other.
func TestNamesOfficeShort(t *testing.T) {
	for _, tc := range []struct {
		prompt, office string
		want           bool
	}{
		{"When did British PM Alan Reeve concede defeat?", "Prime Minister", true},
		{"When did Premier Alan Reeve resign?", "Prime Minister", true},
		{"When did Gov. Ada Hale sign the bill?", "Governor", true},
		{"When did British PM Alan Reeve concede defeat?", "Foreign Minister", false},
		{"When did Alan Reeve concede defeat?", "Prime Minister", false},
	} {
		if got := namesOfficeShort(normalize(tc.prompt), tc.office); got != tc.want {
			t.Errorf("namesOfficeShort(%q, %q) = %v, want %v", tc.prompt, tc.office, got, tc.want)
		}
	}
}
