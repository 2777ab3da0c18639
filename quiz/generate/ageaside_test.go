package generate

import "testing"

// TestPlaceAgeAside checks that a where-question on a place qualifying
// the subject does not stop its object at an age set off by commas (the
// clause goes on after it), and still asks an object that ends at its
// comma.
func TestPlaceAgeAside(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		prompt string // "" when no place question may be written
		answer string
	}{
		{"an age cuts the object",
			"The jury in Leeds took two days to find Hollis, 61, guilty on four counts of fraud.",
			"", ""},
		{"an object ending at its comma",
			"Flight controllers in Houston confirmed the touchdown, officials said.",
			"In which city did flight controllers confirm the touchdown?", "Houston"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlaceQuestion(t, tc.text, tc.prompt, tc.answer, nil) })
	}
}
