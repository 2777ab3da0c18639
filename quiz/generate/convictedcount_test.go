package generate

import "testing"

// TestConvictedCount checks a verdict's count with the verdict's time
// between the verb and the count: the time is left out of the question,
// the noun keeps its "of" phrase; a pronoun subject or a second figure
// of the noun gives no question.
func TestConvictedCount(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"a month between the verb and of",
			"Mara Quist ran the Tarrow port authority. Quist, 51, was convicted in May of three dozen fraud counts after a long inquiry.",
			"How many fraud counts was Quist convicted of?", "36", []string{"How many fraud counts was Quist convicted in"}},
		{"a month and year, the noun's of phrase kept",
			"Ivo Brandt led the Dunmore council. Brandt was convicted in June 2014 of 17 counts of bribery, including fraud and theft.",
			"How many counts of bribery was Brandt convicted of?", "17", nil},
		{"found guilty on a weekday",
			"The former harbour master was found guilty Tuesday on five counts of theft.",
			"On how many counts of theft was the former harbour master found guilty?", "5", nil},
		{"a pronoun subject gives none",
			"He was convicted in May of six counts of fraud.",
			"", "", []string{"How many", "On how many"}},
		{"two figures of the noun give none",
			"Ivo Brandt was convicted in June 2014 of 17 counts of bribery. In 2016 Ivo Brandt was convicted of four counts of perjury.",
			"", "", []string{"How many counts of bribery", "How many counts was"}},
	})
}
