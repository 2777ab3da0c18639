package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestDeedAfterHow: the doer of a "how" clause after a verb of telling is
// read ("The panel heard how Voss destroyed the scoreboard"); a "how" after
// another verb opens no deed's clause, and "cast" is a past ("Berg cast
// the deciding vote").
func TestDeedAfterHow(t *testing.T) {
	people := " Clerk Ivan Berg filed the papers. Clerk Paula Ruiz filed the notes. Clerk Tomas Hald filed the letters."
	tests := []struct {
		text, want string
		asked      bool
	}{
		{"Coach Lena Voss spoke first. The panel heard how Voss destroyed the old scoreboard.", "Who destroyed the old scoreboard?", true},
		{"Coach Lena Voss spoke first. Fans were told how Voss damaged the team bus.", "Who damaged the team bus?", true},
		{"Senator Lena Voss was absent. Berg cast the deciding vote.", "Who cast the deciding vote?", true},
		// Refused: not a clause of telling.
		{"Coach Lena Voss spoke first. It is unclear how Voss destroyed the old scoreboard.", "Who destroyed the old scoreboard?", false},
	}
	for _, tc := range tests {
		got := doerPrompts(tc.text + people)
		if slices.Contains(got, tc.want) != tc.asked {
			t.Errorf("%q: doer prompts %s; want %q asked: %v", tc.text, strings.Join(got, " | "), tc.want, tc.asked)
		}
	}
}
