package generate

import (
	"slices"
	"testing"
)

// TestFigureDoerChosen: a doer question whose deed names a figure of its
// sentence ("a two-shot lead with six holes to play") is written, and the
// quiz keeps it where no question of its own asks that figure, or where
// it stands for the one statement it gives away.
func TestFigureDoerChosen(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a lead with holes to play",
			"Norvik Open: Dale Rusk wins by one shot\n\nNORVIK (Wire) - Dale Rusk came from three strokes behind to win the Norvik Open on Sunday.\n" +
				"He finished ahead of fellow Canadian Owen Platt, who rolled in a long putt at the last.\n" +
				"Tournament host Harald Moe greeted the winner on the edge of the green.\n" +
				"American Toby Reyes, who held a two-shot lead with six holes to play, dropped three shots over the closing stretch and shared third place.\n",
			"Who held a two-shot lead with six holes to play?"},
	}
	for _, tc := range tests {
		res, err := FromText("Quiz", tc.text)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := prompts(res); !slices.Contains(got, tc.want) {
			t.Errorf("%s: prompts %q, want %q", tc.name, got, tc.want)
		}
	}
}
