package generate

import "testing"

func TestUnnamedPossessive(t *testing.T) {
	for _, tc := range []struct {
		prompt string
		proper string // a word the article capitalises mid-sentence
		refuse bool
	}{
		// No one before "his" or "her": whose?
		{"According to the article, four cartridges were found at his flat in Wigan.", "", true},
		{"According to the article, the keys were left in her car overnight.", "", true},
		{"Fill in the number: Only _____ coins were found in his desk.", "", true},
		{"Fill in the blank: Seven paintings went missing from her studio in _____.", "", true},
		{"When were the files taken from his office?", "", true},
		// Someone to refer to.
		{"According to the article, Ferris was arrested at his flat in Wigan.", "", false},
		{"According to the article, a 24-year-old woman has been fined for leaving her dog in a hot car.", "", false},
		{"According to the article, the officer kept the keys in his locker for 12 days.", "", false},
		{"Fill in the blank: Harlow thanked his staff in _____.", "Harlow", false},
		{"Fill in the blank: On her retirement in _____, Ferris was the longest-serving head teacher in the county.", "", false},
		{"When did he sell his shares?", "", false},
		{"According to the article, the detective kept the bags in her car.", "", false},
		{"According to the article, 40 residents left their homes.", "", false},
		{"Who called the fire “a blow to everyone who knew his shop”?", "", false},
		{"According to the article, Ferris said “the money was in her bag”.", "", false},
	} {
		proper := map[string]bool{tc.proper: tc.proper != ""}
		if got := unnamedPossessive(tc.prompt, proper); got != tc.refuse {
			t.Errorf("unnamedPossessive(%q) = %v, want %v", tc.prompt, got, tc.refuse)
		}
	}
}
