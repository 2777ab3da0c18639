package generate

import "testing"

// TestBarePartitive checks a share written without an article ("20 of
// 21 counts"): the share is a count of its own, asked by its blank, as
// "20 of the 21 counts" is; a number before "of" with no whole after it
// is still no count.
func TestBarePartitive(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"a verdict on part of the charges",
			"The jury in Dunmore found Tom Hale guilty on 17 of 19 counts of fraud.",
			"Fill in the number: The jury in Dunmore found Tom Hale guilty on _____ of 19 counts of fraud.", "17", nil},
		{"seats won of a council's",
			"The Greens won 45 of 60 seats in the Tarrow council election.",
			"Fill in the number: The Greens won _____ of 60 seats in the Tarrow council election.", "45", nil},
		{"no whole after of",
			"The Greens won 45 of the contests in the Tarrow council election.",
			"", "", []string{"Fill in the number: The Greens won _____"}},
	})
}
