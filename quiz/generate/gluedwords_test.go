package generate

import "testing"

// TestGluedWords: a word that runs a capitalised word into another
// ("SmithWhy", "HarrisAnn") is glued link text, and its sentence page
// furniture; surnames with a prefix, products and known companies keep
// their capital inside, and their sentences are mined.
func TestGluedWords(t *testing.T) {
	cases := []struct {
		sentence string
		glued    bool
	}{
		{"The bill went to Senate Leader Ann SmithWhy voters care about the budget.", true},
		{"The budget passed, Governor Kamala HarrisAnn Lee said on Monday.", true},
		{"The leaders included Mitch McConnellAddison and two senators.", true},
		{"The epicentreDali Township lies 8 km from the county seat.", true},
		{"Mitch McConnell said the budget passed on Monday.", false},
		{"General MacArthur landed at Inchon in 1950.", false},
		{"Governor Ron DeSantis signed the bill on Monday.", false},
		{"LeBron James scored 40 points against Boston.", false},
		{"Betsy DeVos met Paul O'Neill in Washington.", false},
		{"McDonald's sold 300 restaurants in Russia.", false},
		{"Apple sold 270,000 iPhone units in two days.", false},
		{"The videos were shared on YouTube and WhatsApp by 12 users.", false},
		{"The riders of BikeExchange-Jayco finished 40 seconds behind.", false},
		{"The Army's 3rd Division crossed the river in 1944.", false},
	}
	for _, c := range cases {
		text := "Budget news\n\n" + c.sentence + "\n"
		sents := splitSentences(text, tokenize(text))
		if len(sents) != 2 {
			t.Errorf("%q: %d sentences, want 2", c.sentence, len(sents))
			continue
		}
		if sents[1].furniture != c.glued {
			t.Errorf("%q: furniture %v, want %v", c.sentence, sents[1].furniture, c.glued)
		}
	}
}

// TestGluedDate: a date whose year runs into the first word of the story
// ("May 5, 2021Local officials …") is a dateline: furniture, and the
// sentence after it opens on its own word. A year in a sentence, or one
// followed by a space, is no dateline.
func TestGluedDate(t *testing.T) {
	cases := []struct {
		text, first string // first: the first mined sentence's opening word (not a title)
		dateline    bool
	}{
		{"Quake toll rises\nMay 5, 2021Local officials said the toll rose to 40 people.\n", "Local", true},
		{"Floods\n\n25 April 2005Ethiopia\n\nFloods killed 84 people in Ethiopia.\n", "Floods", true},
		{"Quake toll rises\nMay 5, 2021 was the day officials said the toll rose to 40 people.\n", "May", false},
		{"Quake toll rises\nIn 2021Local officials said the toll rose to 40 people.\n", "In", false},
	}
	for _, c := range cases {
		sents := splitSentences(c.text, tokenize(c.text))
		found, first := false, ""
		for _, s := range sents[1:] {
			if s.furniture {
				found = true
				continue
			}
			if first == "" && !s.headline {
				first = s.toks[0].text
			}
		}
		if found != c.dateline || first != c.first {
			t.Errorf("%q: dateline %v, first word %q; want %v, %q", c.text, found, first, c.dateline, c.first)
		}
	}
}
