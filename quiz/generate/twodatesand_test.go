package generate

import "testing"

// TestAndDateClause: "and" and a date phrase open a clause of its own
// ("She retired in 1997 and in 2011 she became …"): each date is asked
// with its own clause, the second clause's pronoun read as the
// sentence's subject only when nothing else could be meant.
func TestAndDateClause(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	checkCoverageAfter(t, tail, []coverageCase{
		{"Ada Hale retired in 1997 and in 2011 she became the chief executive of the Rhinos.", "When did Ada Hale retire?", "1997"},
		{"Ada Hale retired in 1997 and in 2011 she became the chief executive of the Rhinos.", "When did Ada Hale become the chief executive of the Rhinos?", "2011"},
		{"Ada Hale won three titles with the Rhinos. She retired in 1997 and in 2011 she became the chief executive of the club.", "When did Ada Hale retire?", "1997"},
		{"The hospital opened in 1990, and in 2005 it was extended.", "When was the hospital extended?", "2005"},
		{"The hospital opened in 1990, and in 2005 it was extended.", "When did the hospital open?", "1990"},
		// "it" may be the plan: no question on 2005.
		{"The council approved the plan in 1990, and in 2005 it was extended.", "", "2005"},
		// "he" may be Tom Reeve.
		{"Ada Hale met Tom Reeve in 1997 and in 2011 he became the chief executive of the Rhinos.", "", "2011"},
		// Another woman between: "she" may be her sister.
		{"Ada Hale joined her sister in 1997 and in 2011 she became the chief executive of the Rhinos.", "", "2011"},
	}, "When ")
	// Never the participle phrase's reading, stated true: "Ada Hale was
	// retired in 1997 and in 2011".
	checkCoverageAfter(t, tail, []coverageCase{
		{"Ada Hale won three titles with the Rhinos. She retired in 1997 and in 2011 she became the chief executive of the club.", "", "true"},
		{"Ada Hale joined her sister in 1997 and in 2011 she became the chief executive of the Rhinos.", "", "true"},
		{"Ada Hale joined her sister in 1997 and in 2011 she became the chief executive of the Rhinos.", "", "false"},
	}, "According to the article, Ada Hale was retired", "According to the article, Ada Hale was joined")
}

// TestThatClauseOtherDate: a date inside a clause opened by "that" is
// that clause's; the date before it is asked with the words before
// "that". "that" as a determiner opens no clause.
func TestThatClauseOtherDate(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	checkCoverageAfter(t, tail, []coverageCase{
		{"In 2003 Tom Reeve, from Leeds, made a bet of £500, at odds of 50 to 1, that the club would win five titles by 2019.", "When did Tom Reeve make a bet of £500?", "2003"},
		{"In 2003 Tom Reeve made a bet of £500 that the club would win five titles by 2019.", "When did Tom Reeve make a bet of £500?", "2003"},
		// A home after the name, then no past verb: no clause.
		{"In 2003 Tom Reeve, from Leeds, a keen fan of the club, made a bet.", "", "2003"},
	}, "When ")
	if thatClauseBefore(tokenize("in 2003 on that date in 2019"), 0, 100) {
		t.Error(`"on that date" read as a clause`)
	}
}

// TestRelativeDayDate: "yesterday (6 May)" dates its clause on that day.
func TestRelativeDayDate(t *testing.T) {
	const tail = " The funeral will be held at St Peter's Church on 20 May. The council met on 2 May."
	checkCoverageAfter(t, tail, []coverageCase{
		{"Alan Hart died yesterday (6 May) at the age of 79.", "When did Alan Hart die?", "6 May"},
	}, "When ")
}

// TestServedAfterPassive: "served" after "and" keeps its own voice; the
// first verb's "was" is not lent to it ("Until when was Tom Reeve
// served?").
func TestServedAfterPassive(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	checkCoverageAfter(t, tail, []coverageCase{
		{"Tom Reeve was elected to the council in 1983 and served until 2007.", "", "2007"},
		{"Tom Reeve was elected to the council in 1983 and served as its leader in 1990.", "", "1990"},
	}, "Until when was Tom Reeve served", "When was Tom Reeve served", "According to the article, Tom Reeve was served")
	checkCoverageAfter(t, tail, []coverageCase{
		{"Tom Reeve was elected to the council in 1983 and served as its leader in 1990.", "When did Tom Reeve serve as its leader?", "1990"},
	}, "When ")
}

// TestDayFirstCommaYear: "23rd April, 2019" is one date, its year after
// a comma, when the year ends the phrase; "by 5 May, 1500 people" keeps
// its count.
func TestDayFirstCommaYear(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"On 23rd April, 2019, the court sentenced Tom Reeve.", "23rd April 2019"},
		{"The mill was sold on 7 May, 2013.", "7 May 2013"},
		{"By 5 May, 1500 people had left the town.", "5 May"},
	} {
		ds := findDates(tokenize(tc.text))
		if len(ds) == 0 || ds[0].text() != tc.want {
			t.Errorf("%q: got %v, want %q first", tc.text, ds, tc.want)
		}
	}
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	checkCoverageAfter(t, tail, []coverageCase{
		{"On 23rd April, 2019, the court sentenced Tom Reeve to six years in prison.", "When did the court sentence Tom Reeve?", "23rd April 2019"},
	}, "When ")
}

// TestAndDateEmptyIt: an "it" that stands for nothing named before is
// never the first clause's subject.
func TestAndDateEmptyIt(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	checkCoverageAfter(t, tail, []coverageCase{
		{"The match began in May and in June it rained for a week.", "", "June"},
		{"The inquiry opened in 2010, and in 2011 it was decided that the pier would close.", "", "2011"},
		{"The inquiry opened in 2010, and in 2011 it became clear that the pier would close.", "", "2011"},
		{"The inquiry opened in 2010, and in 2011 it took the council a year to act.", "", "2011"},
		{"The bridge was built in 1890 and in 1950 it was rebuilt.", "When was the bridge rebuilt?", "1950"},
	}, "When ", "According to the article")
}
