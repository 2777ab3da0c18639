package generate

import (
	"slices"
	"testing"
)

// TestNationalityBeforeName checks that a full name written after a
// nationality with no article ("Russian Darya Klishina won …") is read as
// a person, a speaker's wrong choice, and that bodies and places after a
// nationality, or a name after "the" + nationality, are not.
func TestNationalityBeforeName(t *testing.T) {
	tests := []struct {
		name, text, who string
		person          bool
	}{
		{"an athlete after her nationality",
			"Champion keeps her title\n\nRussian Darya Klishina won the silver medal on Sunday with a best of 7.0m.",
			"Darya Klishina", true},
		{"a runner after his nationality, then a comma",
			"Record falls in final\n\nKenyan Peter Otieno, the fastest man in the heats, finished second.",
			"Peter Otieno", true},
		{"a body after an article and a nationality",
			"Storm hits coast\n\nThe American Red Cross opened 12 shelters on Monday.",
			"Red Cross", false},
		{"an abbreviation is no nationality adjective",
			"Ferry sinks off coast\n\nUS Coast Guard cutters reached the scene on 4 May 2021.",
			"Coast Guard", false},
		{"a body named by its own word",
			"Talks open in capital\n\nChinese Communist Party officials met on 4 May 2021.",
			"Communist Party", false},
	}
	for _, tc := range tests {
		w := articleWriter(tc.text, "")
		if w == nil {
			t.Errorf("%s: no writer", tc.name)
			continue
		}
		if got := slices.Contains(w.peopleText().order, tc.who); got != tc.person {
			t.Errorf("%s: %q read as a person %v, want %v (people: %v)", tc.name, tc.who, got, tc.person, w.peopleText().order)
		}
	}
}
