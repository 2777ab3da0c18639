package generate

import "testing"

// TestHeadlineSkipsCreditsAndSubheads: a photo credit ("Ann Lee /
// Agency") and a two-word subhead ("What happened") are no quiz title,
// though their words come back in the story; a two-word name ("Oslo
// Accords") and a headline still are.
func TestHeadlineSkipsCreditsAndSubheads(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Three odd finds dazzle experts\nAnn Lee / iRWP\nA new species of beetle from the genus Carabus is thought to glow at night in the forests of Peru.\nAnn Lee / iRWP\nThis beetle was found in the Madre de Dios region.\nWhen a team of scientists went into the forests of Peru in May, they hoped to find a lost toad.", defaultTitle},
		{"What happened\n\nShares of the shoe maker rose on Friday after what happened in the third quarter, when sales grew by 7 percent.", defaultTitle},
		{"Oslo Accords\n\nThe Oslo Accords were signed in 1993 by Israel and the PLO.", "Oslo Accords"},
		{"Valley floods\n\nThe valley floods left 300 homes under water in March 2020.", "Valley floods"},
		{"New reef fish found off the coast\n\nA new species of reef fish was found off the coast by divers in May 2021.", "New reef fish found off the coast"},
	} {
		if got := headline(splitSentences(tc.text, tokenize(tc.text)), tc.text); got != tc.want {
			t.Errorf("headline of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}
