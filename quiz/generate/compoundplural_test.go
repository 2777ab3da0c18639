package generate

import "testing"

// TestCompoundPlural checks plurals made on an irregular one: they are
// plurals, counted and asked; singular words in "-men" are not.
func TestCompoundPlural(t *testing.T) {
	words := []struct {
		w      string
		plural bool
	}{
		{"gunmen", true}, {"policemen", true}, {"fishermen", true}, {"grandchildren", true},
		{"great-grandchildren", true}, {"schoolchildren", true}, {"businesswomen", true}, {"townspeople", true},
		{"specimen", false}, {"abdomen", false}, {"regimen", false}, {"omen", false}, {"yemen", false}, {"acumen", false},
	}
	tests := []countOffer{
		{"gunmen",
			"Four gunmen stormed the Hotel Adria in Split on Monday.",
			"How many gunmen stormed the Hotel Adria in Split on Monday?", "4", nil},
		{"schoolchildren, with a qualifier",
			"About 300 schoolchildren were evacuated from the Vesna primary school.",
			"About how many schoolchildren were evacuated from the Vesna primary school?", "300", nil},
	}
	for _, x := range words {
		if got := isPlural(x.w); got != x.plural {
			t.Errorf("isPlural(%q) = %v, want %v", x.w, got, x.plural)
		}
	}
	checkCountOffers(t, tests)
	checkCountOffersOff(t, tests, &compoundPluralOff)
	compoundPluralOff = true
	defer func() { compoundPluralOff = false }()
	for _, x := range words {
		if x.plural && isPlural(x.w) {
			t.Errorf("isPlural(%q) with the rule off", x.w)
		}
	}
}
