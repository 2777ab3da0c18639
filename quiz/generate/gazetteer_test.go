package generate

import "testing"

// TestGazetteerCityListedOnce checks that a city is one entry of its
// country: a state's line written before its country's, under another
// section's heading ("~Victoria<Australia" under North America), made a
// second Melbourne, a North American one, and Washington a wrong choice
// beside it.
func TestGazetteerCityListedOnce(t *testing.T) {
	g := places()
	seen := map[[2]string]*gazPlace{}
	for _, p := range g.all {
		if p.kind != "city" {
			continue
		}
		k := [2]string{p.name, p.country}
		if old := seen[k]; old != nil {
			t.Errorf("%s (%s) is listed twice: under %s in %s and under %s in %s", p.name, p.country, old.parent, old.region, p.parent, p.region)
		}
		seen[k] = p
	}
}
