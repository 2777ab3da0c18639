package generate

import (
	"strings"
	"testing"
)

// TestOneQuestionPerFigure: a figure the article gives twice ("two
// villages" in the lead and again later) is asked once (held-out set 7
// asked the same two villages in two questions).
func TestOneQuestionPerFigure(t *testing.T) {
	tests := []struct {
		name, text, noun string
		want             int
	}{
		{"same figure twice", "The Tarn volcano in Norland has thrown out ash several times this week, forcing officials to evacuate two villages on its slopes and raise the alert level, warning of a “dangerous eruption.”\n\nResidents of at least two villages within the eight kilometre zone around the crater have already been moved, but some farmers still remain near their herds.", "villages", 1},
		{"two figures of one noun", "Officials evacuated two villages near the volcano on Sunday as ash fell on the valley.\n\nBy Tuesday the army had emptied five villages in all and taken their 900 residents to schools in the town.\n\nScientists said the volcano could erupt within days, and the alert was raised to level four.", "villages", 2},
	}
	for _, tc := range tests {
		res, err := FromText("Quiz", tc.text)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := 0
		for i := range res.Quiz.Questions {
			if f := res.Facts[res.Items[i].Fact]; f.Kind == Count && strings.Contains(f.Noun, tc.noun) {
				got++
			}
		}
		if got != tc.want {
			t.Errorf("%s: %d questions on %s, want %d: %q", tc.name, got, tc.noun, tc.want, prompts(res))
		}
	}
}
