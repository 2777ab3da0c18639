package generate

import "testing"

// TestCountOpeningDate checks a prison term whose clause opens on a date
// without a comma: the date is left out of "How many … was X sentenced
// to?", and a pronoun left behind it gives no question.
func TestCountOpeningDate(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"a day, month and year before the name",
			"On 14th March 2011 Peter Voss was sentenced to six years in prison for fraud.",
			"How many years in prison was Peter Voss sentenced to?", "6", []string{"How many years in prison was on", "How many years in prison was On"}},
		{"a month and year before a noun phrase",
			"In June 2009 the former treasurer was sentenced to 18 months in prison.",
			"How many months in prison was the former treasurer sentenced to?", "18", []string{"How many months in prison was in"}},
		{"a pronoun after the date gives no question",
			"On 14th March 2011 he was sentenced to six years for fraud and other matters.",
			"", "", []string{"How many"}},
	})
}
