package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestSecretaryRank: a portfolio of a secretary's rank gets wrong offices
// of the same rank ("Health Cabinet Secretary" for "Interior Cabinet
// Secretary", never Britain's "Home Secretary"); the rank alone is offered
// among ranks.
func TestSecretaryRank(t *testing.T) {
	for _, office := range []string{"Interior Cabinet Secretary", "Lands Principal Secretary"} {
		world := fillersFor(office)
		if len(world) < 3 {
			t.Fatalf("fillersFor(%q) = %q", office, world)
		}
		rank := office[strings.Index(office, " ")+1:]
		for _, o := range world {
			if !strings.HasSuffix(o, " "+rank) || strings.HasPrefix(o, "Home ") {
				t.Errorf("fillersFor(%q) holds %q", office, o)
			}
		}
	}
	// The rank's word is no part of a portfolio's core (officeCore):
	// "Interior Cabinet Secretary" is the interior's, as "Interior
	// Secretary" is, and "Cabinet Secretary" alone has no portfolio.
	if c := officeCore("Interior Cabinet Secretary"); len(c) != 1 || !c["interior"] {
		t.Errorf("officeCore(Interior Cabinet Secretary) = %v, want interior only", c)
	}
	text := `Council Floods Plan Approved

The county will spend $18 million on new drains before the long rains, officials said on Monday.

President Ruth Ellery asked Cabinet Secretary Dana Reeve to work with Harwick Governor Tom Vell on the drains of the city.

Interior Cabinet Secretary Omar Haq said 120 police officers would guard the works in Harwick until March.

“Harwick residents must not see the streets flooded again next year,” Ellery said.
`
	w := writeAll(t, text)
	asked := false
	for _, c := range w.offered {
		if !strings.HasPrefix(c.q.Prompt, "What office does Dana Reeve") {
			continue
		}
		asked = true
		// The rank alone is asked among ranks (rankoffice.go), never
		// among portfolios of the rank, each of which may be hers.
		for _, o := range c.q.Choices {
			if !slices.Contains(secretaryRanks, o.Text) {
				t.Errorf("the rank alone offered %q: %v", o.Text, c.q.Choices)
			}
		}
	}
	if !asked {
		t.Error("no office question on the rank alone")
	}
}
