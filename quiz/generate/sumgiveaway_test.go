package generate

import (
	"testing"

	"factquiz/quiz"
)

// TestFiguresSumTo: another question's prompt that gives a count in parts
// gives the count away; dates and a prompt whose figures add up to
// another number do not.
func TestFiguresSumTo(t *testing.T) {
	total := Fact{Kind: Count, Number: 285, Text: "285", Noun: "deaths"}
	ask := quiz.Question{Type: quiz.Single, Prompt: "Fill in the number: The total number of flu deaths in the valley is _____."}
	for _, c := range []struct {
		prompt string
		want   bool
	}{
		{"According to the article, of those who have died, 15 were vaccinated, 240 were not vaccinated, and 30 died before May 4, 2021.", true},
		{"According to the article, of those who have died, 15 were vaccinated and 270 were not vaccinated.", true},
		{"According to the article, of those who have died, 15 were vaccinated, 240 were not vaccinated, and 31 died before May 4, 2021.", false},
		{"According to the article, 285 nurses joined the valley hospital on May 4, 2021.", false},
		{"According to the article, the valley hospital opened on May 4, 2021 with 14 wards.", false},
	} {
		got := promptGivesAway(normalize(c.prompt), c.prompt, ask, "285", total, numberFormsOf(total))
		if got != c.want {
			t.Errorf("%q gives away 285 deaths: %v, want %v", c.prompt, got, c.want)
		}
	}
}
