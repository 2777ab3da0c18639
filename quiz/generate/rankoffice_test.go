package generate

import (
	"strings"
	"testing"
)

// TestRankSecretary: a secretary's rank is offered among ranks, a
// portfolio among portfolios (rankoffice.go).
func TestRankSecretary(t *testing.T) {
	for _, x := range []struct {
		office string
		rank   bool
	}{{"Cabinet Secretary", true}, {"Chief Administrative Secretary", true}, {"Executive Secretary", true},
		{"Home Secretary", false}, {"Interior Cabinet Secretary", false}, {"Secretary", false}, {"Business Secretary", false}} {
		if got := rankSecretary(x.office); got != x.rank {
			t.Errorf("rankSecretary(%q) = %v, want %v", x.office, got, x.rank)
		}
	}
	tests := []struct {
		name, text, person string
		wrongIn            []string
	}{
		{"a cabinet secretary", "Road works ordered\n\nThe President asked Cabinet Secretary Otieno Wafula to work with the city on the Sela Road drains on Tuesday. The drains will cost 40 million shillings.",
			"Otieno Wafula", secretaryRanks},
		{"a home secretary", "Police review\n\nHome Secretary Ann Pell ordered a review of the Vell police on Tuesday. The review will take six months.",
			"Ann Pell", secretaryTitles},
	}
	for _, off := range []bool{false, true} {
		rankOfficeOff = off
		for _, tc := range tests {
			w := writeAll(t, tc.text)
			asked, fits := false, true
			for _, c := range w.offered {
				if !strings.HasPrefix(c.q.Prompt, "What office does "+tc.person+" hold") {
					continue
				}
				asked = true
				for _, x := range c.item.Wrong {
					if !containsString(tc.wrongIn, x) {
						fits = false
						if !off {
							t.Errorf("%s: wrong choice %q", tc.name, x)
						}
					}
				}
			}
			if !asked {
				t.Errorf("%s: no office question", tc.name)
			}
			if off && fits && tc.name == "a cabinet secretary" {
				t.Errorf("%s: ranks offered with the rule off", tc.name)
			}
		}
	}
	rankOfficeOff = false
}
