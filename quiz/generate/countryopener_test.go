package generate

import (
	"slices"
	"testing"
)

// TestCountryOpener: the first word of a longer country's name ("New" of
// "New Zealand", "South" of "South Africa") opening a sentence before a
// lower-case word is no name, and is lowered in a prompt; a one-word
// country and a whole longer name keep their capitals.
func TestCountryOpener(t *testing.T) {
	cases := []struct {
		name, text   string
		want, refuse string
	}{
		{"new figures", "The county council has apologised to families. New figures, published on March 3, show that 1,200 children were waiting for a school place. The council said it would build two schools.",
			"When were new figures published?", "When were New figures published?"},
		{"whole name", "The talks ended on Friday. New Zealand, represented by its trade minister, signed the pact on 4 May 2019. The pact covers dairy exports.",
			"", "When did new Zealand sign the pact?"},
	}
	for _, tc := range cases {
		got := quizPrompts(t, tc.name, tc.text)
		if tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("%s: no %q in %q", tc.name, tc.want, got)
		}
		if slices.Contains(got, tc.refuse) {
			t.Errorf("%s: %q asked", tc.name, tc.refuse)
		}
	}
	for _, tc := range []struct {
		phrase string
		want   bool
	}{{"New figures", false}, {"New Zealand", true}, {"France", true}, {"South winds", false}, {"South Africa", true}, {"United", false}} {
		if got := countryOpener(tokenize(tc.phrase)); got != tc.want {
			t.Errorf("countryOpener(%q) = %v, want %v", tc.phrase, got, tc.want)
		}
	}
}

// TestCountryPartAlone: on a page whose facts name New Zealand (its prime
// minister), "New" of "New figures" is still no name when the page writes
// "new" in lower case.
func TestCountryPartAlone(t *testing.T) {
	text := "New Zealand Prime Minister Jacinda Ardern has apologised to families. New figures, published on March 3, show that 1,200 children were waiting for a new school place. The ministry said it would build two schools."
	got := quizPrompts(t, "new zealand page", text)
	if slices.Contains(got, "When were New figures published?") {
		t.Errorf("capital kept: %q", got)
	}
	w := &writer{text: text}
	if !w.countryPartAlone(tokenize("New figures")) || w.countryPartAlone(tokenize("New Zealand")) {
		t.Errorf("countryPartAlone wrong")
	}
}
