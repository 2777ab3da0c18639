package generate

import "testing"

// TestGazetteerProvinces checks the provinces and states of China,
// Canada and Australia the gazetteer knows, each in its country, and a
// where-question on one of them, answered among regions of its country.
func TestGazetteerProvinces(t *testing.T) {
	for _, c := range []struct{ name, kind, country string }{
		{"Gansu", "region", "China"}, {"Yunnan", "region", "China"}, {"Sichuan", "region", "China"},
		{"Lanzhou", "city", "China"}, {"Alberta", "region", "Canada"}, {"Nova Scotia", "region", "Canada"},
		{"Tasmania", "region", "Australia"}, {"Baroda", "city", "India"},
	} {
		p := places().lookup(c.name)
		if p == nil || p.kind != c.kind || p.country != c.country {
			t.Errorf("%s: %+v, want a %s in %s", c.name, p, c.kind, c.country)
		}
	}
	if p := places().lookup("Chengdu"); p == nil || p.parent != "Sichuan" {
		t.Errorf("Chengdu: %+v, want a city of Sichuan", p)
	}
	w := checkPlaceQuestion(t, "A landslide buried the village of Dongshan in Yunnan on Monday.",
		"In which region did a landslide bury the village of Dongshan?", "Yunnan", nil)
	for _, ch := range w.q.Choices {
		if p := places().lookup(ch.Text); p == nil || p.country != "China" {
			t.Errorf("choice %q is no region of China", ch.Text)
		}
	}
}
