package generate

import "testing"

// TestObjectCount: a count after "the" that follows a verb is that verb's
// object, never asked as the subject of a participle after it; a count
// opening its clause still is.
func TestObjectCount(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"object of fill", "Hospitals rely on thousands of volunteers to fill the estimated 3,000 blood drives held every year in the region.",
			"", "", []string{"How many blood drives held", "blood drives held every year in the region."}},
		{"subject", "About 3,000 volunteers gave blood in the region last year.",
			"About how many volunteers gave blood in the region last year?", "3000", nil},
	})
	if objectCount(tokenize("After the 40 people died"), 2) {
		t.Errorf("after the: a clause opener")
	}
}
