package generate

import "testing"

// TestOrdinalDates: a day written as an ordinal keeps its suffix in the
// date's text, so that a statement copies it and the wrong dates follow it.
func TestOrdinalDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"July 4th", "July 4th"},
		{"August 2nd 1776", "August 2nd 1776"},
		{"31st October 2015", "31st October 2015"},
		{"September 23rd", "September 23rd"},
		{"March 11th", "March 11th"},
		{"July 4", "July 4"},
		{"September 27, 2020", "September 27, 2020"},
	}
	for _, tc := range tests {
		d, ok := parseDate(tc.in)
		if !ok || d.text() != tc.want {
			t.Errorf("parseDate(%q).text() = %q, %v; want %q", tc.in, d.text(), ok, tc.want)
		}
	}
	for n, want := range map[int]string{1: "st", 2: "nd", 3: "rd", 4: "th", 11: "th", 12: "th", 13: "th", 21: "st", 22: "nd", 23: "rd", 30: "th", 31: "st"} {
		if got := ordinalSuffix(n); got != want {
			t.Errorf("ordinalSuffix(%d) = %q, want %q", n, got, want)
		}
	}
}
