package generate

import (
	"strings"
	"testing"
)

// TestDeadlineQuestions: an obligation in the passive with "by" and a
// date ("should be made by 30 July") is asked "By when …?"; "by" after
// an active verb or without "should"/"must" is not, and a deadline gets
// no true-or-false with another date (what is done by 30 July is done
// by August too).
func TestDeadlineQuestions(t *testing.T) {
	const more = " The fund opened on 3 May. The first grants were paid on 20 August."
	checkCoverageAfter(t, more, []coverageCase{
		{"Applications should be made by 30 July and awards will be made in September.", "By when should applications be made?", "30 July"},
		{"Bids must be submitted to the council by 12 March.", "By when must bids be submitted to the council?", "12 March"},
	}, "By when")
	checkCoverageAfter(t, more, []coverageCase{
		{"The council approved the bids by 12 March.", "", "12 March"},
		{"The bridge was finished by 12 March.", "", "12 March"},
		{"Bids might be submitted by 12 March.", "", "12 March"},
		{"Bids must be submitted by 12 March to the old office of the clerk in the town hall.", "", "12 March"},
	}, "By when", "When ")
	for _, text := range []string{
		"Applications should be made by 30 July and awards will be made in September." + more,
		"By 1086 the town was a manor held by the bishop. The church was rebuilt in 1120. The market opened in 1199.",
	} {
		for p, a := range offeredWith(t, text, "According to the article") {
			if a == "false" && strings.Contains(p, " by ") && !strings.Contains(p, "30 July") && !strings.Contains(p, "1086") {
				t.Errorf("offered the false deadline %q", p)
			}
		}
	}
}
