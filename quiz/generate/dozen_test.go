package generate

import "testing"

// TestDozenCounts checks counts written with "dozen": "two dozen
// witnesses" counts 24 witnesses and "a dozen countries" 12 countries,
// asked without the word "dozen" left in the question; "half a dozen"
// and "a dozen or so" are no figure to ask.
func TestDozenCounts(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"two dozen before the subject's noun",
			"Two dozen fire engines were parked outside the depot.",
			"How many fire engines were parked outside the depot?", "24", []string{"How many dozen"}},
		{"more than two dozen as an object",
			"The inquiry heard more than two dozen witnesses over the summer.",
			"More than how many witnesses did the inquiry hear over the summer?", "24", []string{"More than how many dozen"}},
		{"three dozen in a fill-in",
			"The council bought three dozen buses for the new routes in Dunmore.",
			"Fill in the number: The council bought _____ buses for the new routes in Dunmore.", "36", []string{"Fill in the number: The council bought _____ dozen"}},
		{"a dozen",
			"The mayor of Tarrow invited a dozen artists to paint the harbour wall.",
			"Fill in the number: The mayor of Tarrow invited _____ artists to paint the harbour wall.", "12", nil},
		{"half a dozen is no count",
			"The mayor of Tarrow invited half a dozen artists to paint the harbour wall.",
			"", "", []string{"How many", "Fill in the number"}},
		{"a dozen or so is no count",
			"The mayor of Tarrow invited a dozen or so artists to paint the harbour wall.",
			"", "", []string{"How many", "Fill in the number"}},
	})
}
