package generate

import "testing"

// TestInstitutionPlace checks where-questions on a place that follows
// the name of an institution when no clause of the sentence can be
// asked: the institution is asked ("In which city is … Hospital?"); a
// lower-case noun, a stadium, a name holding a place elsewhere than the
// answer (the gazetteer's namesake) and an article's city of another
// country as a wrong choice give no such question.
func TestInstitutionPlace(t *testing.T) {
	tests := []struct {
		name, text, prompt, answer string
	}{
		{"a hospital", "Nine of the new cases are linked to Cho Ray Hospital in Hanoi.",
			"In which city is Cho Ray Hospital?", "Hanoi"},
		{"a university and its state", "Ana Ruiz, a surgeon at Emory University in Atlanta, Georgia, led the team of six.",
			"In which city is Emory University?", "Atlanta"},
		{"a centre in a state", "Nine engineers from the Johnson Space Center in Texas are on the team.",
			"In which state is the Johnson Space Center?", "Texas"},
		{"a possessive before the name", "The patients were moved to the trust’s Gorton Hospital in Manchester for the winter.",
			"In which city is Gorton Hospital?", "Manchester"},
		{"a lower-case noun", "Nine of the new cases are linked to a care home in Hanoi.", "", ""},
		{"a stadium", "Nine of the fans are linked to Rua Stadium in Hanoi.", "", ""},
		{"an article's city of another country as a wrong choice", "Kim Park at the Ohio Institute of Physics in Cambridge studied the fossil last year. Ana Ruiz and Tom Hale at Tufts Medical School in Boston and their colleagues designed an implant.", "", ""},
		{"a namesake", "Ana Ruiz at the Ohio Institute of Physics in Cambridge and her colleagues measured the fossil.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlacePrompt(t, tc.text, tc.prompt, tc.answer) })
	}
}
