package generate

import "testing"

// TestGappedFigureCut checks a second figure given with its own phrase
// and no verb ("in Elazig and 90 in Malatya"): it is cut from the first
// figure's question when each figure has its own phrase, and refuses the
// question when the phrase after it may be the first figure's too.
func TestGappedFigureCut(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"subject count with a second place",
			"At least 240 people were injured in Kars and 85 in Van.",
			"At least how many people were injured in Kars?", "240", []string{"At least how many people were injured in Kars and"}},
		{"object count with a second place",
			"The party won 50 seats in the north and 11 in the south.",
			"How many seats did the party win in the north?", "50", []string{"How many seats did the party win in the north and"}},
		{"the place after the second figure may be both figures'",
			"Five people were killed and 90 in Van.",
			"", "", []string{"How many people were killed"}},
	})
	for _, tc := range []struct {
		rest, want string
	}{
		{"were injured in Kars and 85 in Van", "were injured in Kars"},
		{"were injured and 85 in Van", "were injured and 85 in Van"},
		{"died in Leeds and 14 of them were children", "died in Leeds and 14 of them were children"},
		{"were found in Kars and Van", "were found in Kars and Van"},
	} {
		toks := tokenize(tc.rest)
		if got := joinTokens(gappedFigureCut(toks)); got != tc.want {
			t.Errorf("gappedFigureCut(%q) = %q, want %q", tc.rest, got, tc.want)
		}
	}
}
