package generate

import (
	"strings"
	"testing"
)

// TestTallies covers the value of a tally named before its figure
// (round 11, development set 13): "the number of" before a name and its
// plural, and "stand at"; beside look-alikes that stay no count.
func TestTallies(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The total number of measles cases is now up to 312, officials said.", "312 measles cases"},
		{"The number of Ebola infections has reached 97 in the province.", "97 Ebola infections"},
		{"As of Friday evening, cumulative confirmed cases stand at 61, the ministry said.", "61 cumulative confirmed cases"},
		{"Recorded deaths stood at 19 on Monday.", "19 recorded deaths"},
		{"The share of voters stood at 40 in the last poll.", ""},
		{"Temperatures stood at 38 in the capital.", ""},
		{"The number of Smith stood at 12.", ""},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
}
