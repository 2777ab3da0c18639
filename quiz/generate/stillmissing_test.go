package generate

import "testing"

// TestStillMissingCount checks stillMissingCount: "with N people still
// missing" after a short main clause is asked with that clause as its
// "when"; a pronoun subject, a qualified count and a phrase after
// "missing" give no such question.
func TestStillMissingCount(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"after a toll, a comma and a hedge after",
			"The toll had climbed to 41 dead with 12 people still missing, although the governor said the figures could change.",
			"How many people were still missing when the toll had climbed to 41 dead?", "12", nil},
		{"a pronoun subject",
			"It had climbed to 41 dead with 12 people still missing.",
			"", "", []string{"How many people were still missing when"}},
		{"a qualified count",
			"The toll had climbed to 41 dead with at least 12 people still missing.",
			"", "", []string{"How many people were still missing when"}},
		{"a phrase after missing",
			"The toll had climbed to 41 dead with 12 people still missing in the hills.",
			"", "", []string{"How many people were still missing when"}},
	})
}
