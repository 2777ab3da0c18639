package generate

import (
	"slices"
	"testing"
)

// TestTitledPeople: a full name right after a title, a noun of people, a
// possessive or "by" is a person for a doer's wrong choices; a name that
// runs on into more capitals, a company and a place are not.
func TestTitledPeople(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Major General Ann Pike (CSA) wrote to her brother.", []string{"Ann Pike"}},
		{"The race went to Briton Owen Marsh.", []string{"Owen Marsh"}},
		{"Norway’s Lars Dahl took the lead.", []string{"Lars Dahl"}},
		{"He finished level with fellow American Carl Denby.", []string{"Carl Denby"}},
		{"He finished level with Americans Matt Rowe and Tim Hale.", []string{"Matt Rowe"}},
		{"The opposition, led by Anthony Hale, gained ground.", []string{"Anthony Hale"}},
		// Refused.
		{"The crew flew with American Airlines that night.", nil},
		{"Mayor Bill Hollis Road was closed.", nil},
		{"Norway’s Olympic Committee met on the day.", nil},
		{"The fire was put out by South Shields crews.", nil},
		{"The town was hit by Hurricane Nora.", nil},
	}
	for _, tc := range tests {
		text := headlineLine + tc.text
		got := titledPeople(text, splitSentences(text, tokenize(text)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDoerChoicesTitledPeople: the people named after a title or a
// nationality are the wrong choices that let a doer be asked.
func TestDoerChoicesTitledPeople(t *testing.T) {
	text := "Golfer Dana Whitlock won the Lakeside Open for a record third time on Sunday. " +
		"She finished two shots ahead of fellow American Carla Denby and Briton Olive Marsh."
	got := doerPrompts(text)
	if !slices.Contains(got, "Who won the Lakeside Open for a record third time?") {
		t.Errorf("doer prompts %q: want the Lakeside Open asked", got)
	}
}

// TestStateNameNoPerson: "Democratic Republic", "United Kingdom" are no
// person's names, so no doer question answers "Democratic Republic" once
// the titled people give it wrong choices.
func TestStateNameNoPerson(t *testing.T) {
	for _, s := range []string{"The German Democratic Republic began building a wall.", "The Ottoman Empire lost the war.", "The Arab Emirates signed it."} {
		text := headlineLine + s
		toks := splitSentences(text, tokenize(text))[1].toks
		for i := range toks {
			if name, _ := personAt(text, toks, i); name != "" {
				t.Errorf("%q: person %q", s, name)
			}
		}
	}
	text := "The German Democratic Republic began building the wall in the capital. Chancellor Hans Adler visited the site. President Lena Ott visited the site too. Mayor Karl Brun visited the site later."
	if got := doerPrompts(text); slices.Contains(got, "Who began building the wall in the capital?") {
		t.Errorf("doer prompts %q: a state asked as a person", got)
	}
}
