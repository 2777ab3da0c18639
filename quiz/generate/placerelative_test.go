package generate

import "testing"

// TestPlaceOfInnerClause checks that a where-question never asks the
// outer verb of a place that belongs to a clause inside its object
// ("the record he set in Oslo"), and still asks a plain object.
func TestPlaceOfInnerClause(t *testing.T) {
	tests := []struct {
		name, sentence, prompt, answer string
	}{
		{"a plain object", "Karl Brandt broke the world record in Oslo on Tuesday.",
			"In which city did Karl Brandt break the world record?", "Oslo"},
		{"a relative without 'that'", "Karl Brandt broke the record he set in Oslo last year.", "", ""},
		{"a reported clause", "Karl Brandt told reporters she arrived in Oslo on Tuesday.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlacePrompt(t, tc.sentence, tc.prompt, tc.answer) })
	}
}
