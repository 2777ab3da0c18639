package generate

import "testing"

// TestCompoundName: a compound count's phrase is a whole name, not one
// cut before its head noun, and a thing still to come is asked in the
// present (compoundname.go).
func TestCompoundName(t *testing.T) {
	tests := []countOffer{
		{"a name of four words",
			"The city council said the 120-bed Vell Valley Children Hospital on the river bank was finished last month.",
			"How many beds did the Vell Valley Children Hospital have?", "120", []string{"How many beds did the Vell Valley Children have"}},
		{"a possessive before the head",
			"The council opened the 80-bed Sela Valley Children's Hospital in the old market on Monday.",
			"How many beds did the Sela Valley Children's Hospital have?", "80", []string{"How many beds did the Sela Valley Children's have"}},
		{"a possessive in lower case",
			"The council opened the 80-bed children's hospital in the old market on Monday.",
			"How many beds did the children's hospital have?", "80", []string{"How many beds did the children's have"}},
		{"a thing still to come",
			"The ministry announced that the 60-bed Tarvo General Hospital will be ready by April next year.",
			"How many beds does the Tarvo General Hospital have?", "60", []string{"How many beds did"}},
	}
	checkCountOffers(t, tests)
	checkCountOffersOff(t, tests, &compoundNameOff)
}
