package generate

import (
	"slices"
	"testing"
)

// TestParticipleModifierEnd: a participle phrase after a counted object
// stays with its noun ("people taken from a nursing home").
func TestParticipleModifierEnd(t *testing.T) {
	for _, tc := range []struct {
		rest string
		want int
	}{
		{"taken from a nursing home", 5},
		{"rescued by the coastguard", 4},
		{"from the town", 0},
		{"taken", 0},
		{"taken from the home and moved to a school", 0},
	} {
		if got := participleModifierEnd(tokenize("included"), tokenize(tc.rest)); got != tc.want {
			t.Errorf("participleModifierEnd(%q) = %d, want %d", tc.rest, got, tc.want)
		}
	}
}

// TestCountParticiplePrompt: the count prompt keeps the participle
// phrase with its noun, not after the verb.
func TestCountParticiplePrompt(t *testing.T) {
	text := "Floods swept the valley on Sunday. In Millbrook, 90 people in a block of flats were evacuated by four boats. The evacuees included more than 120 people taken from a care home, said Tom Hale, a spokesman for the county Department of Emergency Services. The river rose 12 feet."
	got := quizPrompts(t, "participle", text)
	want, refuse := "More than how many people taken from a care home did the evacuees include?", "More than how many people did the evacuees include taken from a care home?"
	if !slices.Contains(got, want) {
		t.Errorf("no %q in %q", want, got)
	}
	if slices.Contains(got, refuse) {
		t.Errorf("%q asked", refuse)
	}
}
