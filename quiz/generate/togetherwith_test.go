package generate

import "testing"

// TestTogetherWithCount checks togetherWithCount: each count of two
// objects joined by "together with" or "along with" is asked without the
// other (countlists), after "has … and" or a plain past verb; a pronoun subject, a phrase
// after the count and a count without the first object give no such
// question.
func TestTogetherWithCount(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"has, a first verb phrase and and",
			"The clinic has shut its doors to visitors and quarantined about 90 nurses together with 40 patients.",
			"How many patients has the clinic quarantined?", "40", []string{"How many patients has the clinic quarantined together"}},
		{"the first object, its qualifier leading",
			"The clinic has shut its doors to visitors and quarantined about 90 nurses together with 40 patients.",
			"About how many nurses has the clinic quarantined?", "90", nil},
		{"a plain past verb",
			"The coastguard evacuated 12 sailors along with 30 tourists.",
			"How many tourists did the coastguard evacuate?", "30", nil},
		{"a plain past verb, the first object",
			"The coastguard evacuated 12 sailors along with 30 tourists.",
			"How many sailors did the coastguard evacuate?", "12", nil},
		{"a pronoun subject",
			"It quarantined about 90 nurses together with 40 patients.",
			"", "", []string{"How many patients has", "How many patients did"}},
		{"a phrase after the count",
			"The clinic has quarantined about 90 nurses together with 40 patients in its east wing.",
			"", "", []string{"How many patients has the clinic quarantined", "About how many nurses has the clinic quarantined"}},
		{"an uncounted first object: no stranded along",
			"The coastguard evacuated 12 fishermen along with nearly 30 tourists.",
			"", "", []string{"With about how many tourists did the coastguard evacuate 12 fishermen along?", "With nearly how many tourists did the coastguard evacuate 12 fishermen along?"}},
		{"no count before together with",
			"The clinic has quarantined its nurses together with 40 patients.",
			"", "", []string{"How many patients has the clinic quarantined"}},
	})
}
