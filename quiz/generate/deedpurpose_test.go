package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestPurposeCut: a deed too long to ask ends at its purpose clause; a
// short one, a verb whose object acts ("ordered … to leave") and a "to"
// after a preposition's object keep their words.
func TestPurposeCut(t *testing.T) {
	tests := []struct {
		verb, object, want string
	}{
		{"smashed", "her own club record to become the top scorer of the season in the northern league", "her own club record"},
		{"broke", "the course record to win the title for the third time in the history of the event", "the course record"},
		// Kept whole.
		{"smashed", "her own club record to become top scorer", "her own club record to become top scorer"},
		{"ordered", "the residents of the coastal districts to leave their homes before the storm arrived", "the residents of the coastal districts to leave their homes before the storm arrived"},
		{"sent", "a team of experts from the capital to help the rescue teams in the mountain villages", "a team of experts from the capital to help the rescue teams in the mountain villages"},
	}
	for _, tc := range tests {
		toks := tokenize(tc.verb + " " + tc.object)
		got := purposeCut(toks[0], toks[1:])
		if s := joinTokens(got); s != tc.want {
			t.Errorf("%s %q: got %q, want %q", tc.verb, tc.object, s, tc.want)
		}
	}
}

// TestDoerPurposeAsked: the deed cut at its purpose clause is asked; a
// date after "for" leaves the deed whole ("called an election for 3
// June" asks who called an election).
func TestDoerPurposeAsked(t *testing.T) {
	people := " Coach Ivan Berg praised the team. Coach Paula Ruiz praised the crowd. Coach Tomas Hald praised the referee."
	tests := []struct {
		text, want string
	}{
		{"Striker Lena Voss smashed her own club record to become the top scorer of the season in the northern league.", "Who smashed their own club record?"},
		{"Prime Minister Ana Cole called a snap election for 3 June.", "Who called a snap election?"},
	}
	for _, tc := range tests {
		got := doerPrompts(tc.text + people)
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: doer prompts %s, want %q", tc.text, strings.Join(got, " | "), tc.want)
		}
	}
}
