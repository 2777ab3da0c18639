package generate

import (
	"strings"
	"testing"
)

// TestRankTwin checks the deputy's office given for a leader whose
// office no wrong office of the page fits (rankTwin), stated false by
// leaderTF, and that none is given where it may be true or where the
// page names it.
func TestRankTwin(t *testing.T) {
	tests := []struct {
		sentence, twin string
		stated         bool // leaderTF states it (no other wrong office fits)
	}{
		{"Nairobi Governor Ann Cole has urged the traders to keep the new fish market clean.", "Deputy Governor of Nairobi", true},
		{"Chief Constable Ann Cole has urged the traders to keep the new fish market clean.", "Deputy Chief Constable", false},
		{"Fisheries Minister Ann Cole has urged the traders to keep the new fish market clean.", "Deputy Fisheries Minister", false},
		// A state's governor's deputy is its lieutenant governor.
		{"Ohio Governor Ann Cole has urged the traders to keep the new fish market clean.", "", false},
		// The page names the deputy's office: it may tell who holds it.
		{"Nairobi Governor Ann Cole has urged the traders to keep the new fish market clean.\n\nThe deputy governor was away.", "", false},
		// A deputy is not stated as the head: her title holds the head's.
		{"Deputy Prime Minister Ann Cole has urged the traders to keep the new fish market clean.", "", false},
		// A past holder may have held both in turn.
		{"Former Nairobi Governor Ann Cole has urged the traders to keep the new fish market clean.", "", false},
		// A class of ministers has no deputy of that name.
		{"Union Minister Ann Cole has urged the traders to keep the new fish market clean.", "", false},
		// The sentence's count is the fact to ask.
		{"Nairobi Governor Ann Cole has urged the traders to keep the 12 new fish markets clean.", "", false},
	}
	for _, tc := range tests {
		text, _, err := checkText("New market\n\n" + tc.sentence)
		if err != nil {
			t.Fatal(err)
		}
		w := articleWriter(text, "")
		got, found := "", false
		for fi, f := range w.facts {
			if f.Kind == Leader && f.Person == "Ann Cole" {
				found = true
				got = strings.Join(w.rankTwin(fi), "|")
				if !tc.stated {
					continue
				}
				// leaderTF states it, either way, for a leader alone.
				var says []string
				n := len(w.offered)
				if w.withFalseTwin(func() bool { return w.leaderTF(fi, true) }) && len(w.offered) == n+1 {
					says = append(says, w.offered[n].q.Prompt)
					if j := w.twinOf(n); j >= 0 {
						says = append(says, w.offered[j].q.Prompt)
					}
				}
				a, b := "According to the article, Ann Cole is the "+officeLabel(f.Office, f.Country)+".", "According to the article, Ann Cole is the "+tc.twin+"."
				if len(says) != 2 || !(says[0] == a && says[1] == b || says[0] == b && says[1] == a) {
					t.Errorf("%q: leader statements %q, want %q and %q", tc.sentence, says, a, b)
				}
			}
		}
		if !found || got != tc.twin {
			t.Errorf("%q: deputy's office %q (leader found: %v), want %q", tc.sentence, got, found, tc.twin)
		}
	}
}
