package generate

import "testing"

// TestBareRegion checks a region written with "province" after it: asked
// by its bare name when the gazetteer knows it as a region, not at all
// when it knows the name only as a city.
func TestBareRegion(t *testing.T) {
	tests := []struct {
		name, text, prompt, answer string
	}{
		{"a known province", "A landslide buried a village in Qinghai province on Monday.",
			"In which region did a landslide bury a village?", "Qinghai"},
		{"a city's name", "Rebels shelled a village in Idlib province on Monday.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlaceQuestion(t, tc.text, tc.prompt, tc.answer, nil) })
	}
}
