package generate

import (
	"strings"
	"testing"
)

// TestSpanOnlyDeed: a deed that is a verb and a length of time alone is
// no "Who …?" question; one that says where or what is (deedspan.go).
func TestSpanOnlyDeed(t *testing.T) {
	tests := []struct {
		deed string
		want bool
	}{
		{"spent 212 days", true},
		{"has spent 212 days", true},
		{"served a total of six years", true},
		{"waited nearly 40 hours", true},
		{"spent 212 days in orbit", false},
		{"spent 212 days on the station", false},
		{"won six titles", false},
		{"led the club for six years", false},
	}
	for _, tc := range tests {
		if got := spanOnlyDeed(tc.deed); got != tc.want {
			t.Errorf("spanOnlyDeed(%q) = %v, want %v", tc.deed, got, tc.want)
		}
	}
	// On a page: "Who spent 212 days?" leaves out where.
	text := "The Vell capsule came back from the station on Monday. Aboard were station commander Lena Morr and flight engineers Ivo Dahl and Oskar Brandt, who had spent four months on the station.\n\nOf the three, Brandt has spent the longest time in orbit, with 390 days in all. Morr has spent 212 days, while Dahl has spent 140.\n\nThe three landed on the Sela steppe, according to the Vell space agency."
	for _, off := range []bool{false, true} {
		deedSpanOff = off
		w := writeAll(t, text)
		asked := false
		for _, c := range w.offered {
			if strings.HasPrefix(c.q.Prompt, "Who spent 212 days") || strings.HasPrefix(c.q.Prompt, "Who has spent 212 days") {
				asked = true
			}
		}
		if asked != off {
			t.Errorf("rule off %v: asked who spent 212 days: %v", off, asked)
		}
	}
	deedSpanOff = false
}
