package generate

import "testing"

// TestListAfterSubject checks listAfterSubject: each count of a list
// added with ", as well as" after a clause whose subject is a count is
// asked with that clause's verb, without the other counts; an item that
// counts two nouns at once or whose figure is hedged by words the reader
// does not know is not asked, and a list that holds something other than
// counts gives no question.
func TestListAfterSubject(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"the last item",
			"By Monday evening, more than 900 soldiers had reached the valley, as well as 60 medics and eight rescue dogs.",
			"How many rescue dogs had reached the valley?", "8", []string{"How many rescue dogs had reached the valley, as well"}},
		{"the first item",
			"By Monday evening, more than 900 soldiers had reached the valley, as well as 60 medics and eight rescue dogs.",
			"How many medics had reached the valley?", "60", nil},
		{"an item past one counting two nouns, and one hedged",
			"More than 900 soldiers had reached the valley, as well as 70 nurses and doctors, and close to 40 engineers and 15 rescue dogs.",
			"How many rescue dogs had reached the valley?", "15", []string{"How many nurses had", "How many engineers had"}},
		{"a list with a name in it",
			"More than 900 soldiers had reached the valley, as well as 60 medics and the Red Cross.",
			"", "", []string{"How many medics had"}},
		{"a subject that is no count",
			"The army had reached the valley, as well as 60 medics and eight rescue dogs.",
			"", "", []string{"How many medics had", "How many rescue dogs had"}},
	})
}
