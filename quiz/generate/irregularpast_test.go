package generate

import "testing"

// TestIrregularPastRecast: "recast", a past written as its base, dates its
// clause after a fronted date like "forecast" and "broadcast" do.
func TestIrregularPastRecast(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"In October 2012, the rowing board recast the rules of the regatta, permitting night races.",
			"When did the rowing board recast the rules of the regatta?", "October 2012"},
		{"The rowing board recast the rules of the regatta in March 1999.",
			"When did the rowing board recast the rules of the regatta?", "March 1999"},
	}, "When ")
}
