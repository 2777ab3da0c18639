package generate

import "testing"

// TestHeadlineSkipsCreditsAndSubheads: a photo credit ("Ann Lee /
// Agency") and a two-word subhead ("What happened") are no quiz title,
// though their words come back in the story; a two-word name ("Oslo
// Accords") and a headline still are, its words matched in the story
// by their stems ("frogs" and "frog").
func TestHeadlineSkipsCreditsAndSubheads(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Odd glowing critters dazzle experts\nMaria Lopez / iRWP\nA new species of beetle from the genus Carabus is thought to glow at night in the forests of Peru.\nMaria Lopez / iRWP\nThis beetle was found in the Madre de Dios region by Maria Lopez.\nWhen a team of scientists went into the forests of Peru in May, they hoped to find a lost toad.", defaultTitle},
		// A site's link line before the page's own heading.
		{"go to table of contents  MARKET TOWNS IN ESSEX\n1200 Braintree\nBraintree was granted a market in 1199, and by 1200 the town held a fair each June.", "1200 Braintree"},
		{"Back to top\nRiver towns of Kent\nThe river towns of Kent grew on the barge trade after 1700.", "River towns of Kent"},
		// A headline's plural is the story's singular: "frogs", "frog".
		{"Three new frogs leap into view\nMaria Lopez / iRWP\nA new species of frog from the genus Pristimantis was found in the forests of Peru.", "Three new frogs leap into view"},
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
