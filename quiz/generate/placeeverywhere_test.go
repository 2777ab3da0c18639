package generate

import "testing"

// TestPlaceEverywhere checks that a where-question is not asked of a
// place the whole article is about (named, or for a country named or
// called by its adjective, in three other sentences), and is still asked
// of a place named once or twice more.
func TestPlaceEverywhere(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		prompt string // "" when no place question may be written
		answer string
	}{
		{"a country named by its adjective throughout",
			"The vote was held in Norway on Sunday. Norwegian turnout was the highest in decades. The Norwegian parliament meets next week. Analysts said Norway's parties would need weeks of talks.",
			"", ""},
		{"a city named in every paragraph",
			"The council voted in Leeds on Monday. The Leeds council has 99 seats. Leeds has been run by one party since 2010. Voters in Leeds were asked twice.",
			"", ""},
		{"a country named once more is asked",
			"The vote was held in Norway on Sunday. Norwegian turnout was the highest in decades. The new parliament meets next week.",
			"In which country was the vote held?", "Norway"},
		{"a city named twice more is asked",
			"The leaders met in Sochi to discuss the crisis. Sochi hosted the talks last year too. The talks in Sochi ran late. The talks ended without a deal.",
			"In which city did the leaders meet?", "Sochi"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlaceQuestion(t, tc.text, tc.prompt, tc.answer, nil) })
	}
}
