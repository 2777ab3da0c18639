package generate

import (
	"slices"
	"strings"
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

// TestFigureDoerWaits: a doer question naming a figure that two
// statements would give away (both name its country) waits for them: the
// quiz keeps the two statements, not the one doer question.
func TestFigureDoerWaits(t *testing.T) {
	text := "Latvia’s count of measles patients rose to 61 on Monday morning after the Health Agency reported four new cases, three of which are linked to Riga East Hospital.\n" +
		"Riga East, the largest general hospital in Latvia, has so far recorded 12 measles patients, including nurses, visitors and kitchen staff.\n" +
		"The hospital has stopped admitting new patients since Friday and isolated about 400 nurses together with 300 patients.\n" +
		"Patient No. 61 is a 40-year-old Riga resident who returned to Latvia from abroad on March 3.\n" +
		"Latvia has announced 57 measles patients so far, with nine having been discharged from the hospital by Saturday.\n"
	res, err := FromText("Quiz", text)
	if err != nil {
		t.Fatal(err)
	}
	got := prompts(res)
	statements := 0
	for _, p := range got {
		if strings.HasPrefix(p, "According to the article") {
			statements++
		}
	}
	if slices.Contains(got, "Which country announced 57 measles patients?") || statements != 2 {
		t.Errorf("prompts %q: want the two statements and no doer question", got)
	}
}
