package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestDeedLastWeekday: "last Tuesday" says when, as one phrase, and goes
// out of a deed whole ("made his debut last in the draw" was asked).
func TestDeedLastWeekday(t *testing.T) {
	people := " Coach Ivan Berg praised the team. Coach Paula Ruiz praised the crowd. Coach Tomas Hald praised the referee."
	tests := []struct{ text, want string }{
		{"Striker Lena Voss made her league debut last Tuesday in the draw against Fulwell.", "Who made their league debut in the draw against Fulwell?"},
		{"Striker Lena Voss opened the new stand this Monday at the club ground.", "Who opened the new stand at the club ground?"},
	}
	for _, tc := range tests {
		got := doerPrompts(tc.text + people)
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: doer prompts %s, want %q", tc.text, strings.Join(got, " | "), tc.want)
		}
	}
}
