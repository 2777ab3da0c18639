package generate

import "testing"

// TestRelativeAsideDate: a date inside a relative clause set off by
// commas before the verb does not count against the verb's own date;
// the aside's date itself, and a second date of the verb's own clause,
// are still refused.
func TestRelativeAsideDate(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	checkCoverageAfter(t, tail, []coverageCase{
		{"Ada Hale, who was mayor between 1990 and 1998, suffered a stroke in 2019 and later retired.", "When did Ada Hale suffer a stroke?", "2019"},
		{"The treaty, which was signed in 1990, was ratified in 1992.", "When was the treaty ratified?", "1992"},
		// Two dates of the verb's own clause: neither is asked. (Joined
		// by "and", each date has its own words: gapdate.go.)
		{"Ada Hale, who was mayor for a decade, moved from Leeds in 1990 to York in 1992.", "", "1990"},
	}, "When ")
}

// TestOpeningPhraseDate: a date in a phrase opening the sentence does not
// count against the main clause's own date, unless the phrase is only a
// date, which dates the clause itself, or the main date has no year.
func TestOpeningPhraseDate(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	checkCoverageAfter(t, tail, []coverageCase{
		{"Founded in 1880, the Tay Rowing Club won the cup in 1901.", "When did the Tay Rowing Club win the cup?", "1901"},
		{"After the flood of 1880, the Tay Rowing Club rebuilt its boathouse in 1882.", "When did the Tay Rowing Club rebuild its boathouse?", "1882"},
		// The phrase is only a date: two dates of one clause.
		{"In 2019, the council approved the plan in March.", "", "March"},
		// The main date's year is in the phrase.
		{"When the board met in 2019, the mayor resigned in March.", "", "March"},
	}, "When ")
}
