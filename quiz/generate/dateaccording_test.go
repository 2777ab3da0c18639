package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestDateAccording: an attribution opening the sentence ("According to
// a spokesman for …,") is no subject of the date's clause; the subject is
// the phrase after its comma.
func TestDateAccording(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // a prompt the quiz must hold ("" for none)
	}{
		{"attribution, subject, aside", "Three workers at the plant fell ill last month. " +
			"According to a spokesman for the city council, the workers, aged between 30 and 50, began showing signs of illness on March 3rd. " +
			"The plant was closed for a week.",
			"When did the workers begin showing signs of illness?"},
		{"no attribution", "Three workers at the plant fell ill last month. " +
			"The workers, aged between 30 and 50, began showing signs of illness on March 3rd. " +
			"The plant was closed for a week.",
			"When did the workers begin showing signs of illness?"},
	}
	for _, tc := range cases {
		got := quizPrompts(t, tc.name, tc.text)
		for _, p := range got {
			if strings.Contains(strings.ToLower(p), "did according") {
				t.Errorf("%s: %q asked", tc.name, p)
			}
		}
		if tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("%s: no %q in %q", tc.name, tc.want, got)
		}
	}
}
