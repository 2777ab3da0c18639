package generate

import "testing"

// TestWhenTownAndCountryComma: the comma between a town and its country
// or state ("in Lyon, France on …") ends no clause; a comma before a
// word that is no country, or before a new clause, still does.
func TestWhenTownAndCountryComma(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"The trade summit ended in Lyon, France on 12 May 1888.", "When did the trade summit end in Lyon, France?", "12 May 1888"},
		{"The regional congress wrapped up in Butte, Montana on 3 June 1887.", "When did the regional congress wrap up in Butte, Montana?", "3 June 1887"},
		{"The ministers met in Lyon, France in 1889.", "When did the ministers meet in Lyon, France?", "1889"},
	}, "When ")
	checkCoverage(t, []coverageCase{
		// "Smith" is no country: the date is the clause after the comma's.
		{"The trade summit ended in Lyon, Smith on 12 May 1888.", "", "12 May 1888"},
		{"The trade summit ended in Lyon, France, then trade resumed in 1889.", "", "1889"},
	}, "When ")
}

// TestWhenScheduledSplitInfinitive: an adverb in -ly between "to" and
// the verb of a plan stays in the question; "only" is no such adverb.
func TestWhenScheduledSplitInfinitive(t *testing.T) {
	checkCoverageAfter(t, " The museum reopened in March. The new wing opened in June. The survey ended in September.", []coverageCase{
		{"The curator is scheduled to formally present the skull at a conference in April.",
			"When is the curator scheduled to formally present the skull at a conference?", "April"},
		{"The board is due to finally approve the budget in October.",
			"When is the board due to finally approve the budget?", "October"},
	}, "When ")
	checkCoverageAfter(t, " The museum reopened in March. The new wing opened in June. The survey ended in September.", []coverageCase{
		{"The board is due to only approve the budget in October.", "", "October"},
	}, "When ")
}

// TestWhenFirstElectedAndReElected: "was first elected" keeps its
// "first" (which of the elections), and "re-elected" is a participle, so
// both dates of "was first elected … in 2013 and was re-elected in 2015"
// are asked, each of its own clause. Another adverb ("then") is not
// taken into the verb.
func TestWhenFirstElectedAndReElected(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1878. The town hall opened in 1880."
	checkCoverageAfter(t, more, []coverageCase{
		{"The surveyor was first elected to the county board in 1883 and was re-elected in 1887.",
			"When was the surveyor first elected to the county board?", "1883"},
		{"The surveyor was first elected to the county board in 1883 and was re-elected in 1887.",
			"When was the surveyor re-elected?", "1887"},
		{"The chapel was first used as a school in 1885.", "When was the chapel first used as a school?", "1885"},
	}, "When ")
	checkCoverageAfter(t, more, []coverageCase{
		{"The surveyor was then elected to the county board in 1883.", "", "1883"},
	}, "When ")
}

// TestWhenSubjectIncludingNames: a list of names after "including" is
// left out of a date question's subject, which is whole without it (and
// a cleft in capitals, "IT WAS 1700 when", is read as one in lower
// case). A subject whose "including" is followed by more than names
// keeps its words, so no question is cut from it.
func TestWhenSubjectIncludingNames(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1698. The town hall opened in 1711."
	checkCoverageAfter(t, more, []coverageCase{
		{"IT WAS 1702 when a league of towns including Lübeck, Rostock, Wismar and Stralsund closed the harbour of Copenhagen.",
			"When did a league of towns close the harbour of Copenhagen?", "1702"},
		{"In 1704 a league of towns including Lübeck, Rostock and Wismar closed the harbour of Copenhagen.",
			"When did a league of towns close the harbour of Copenhagen?", "1704"},
	}, "When ")
	for p := range offeredWith(t, "In 1704 a league of towns including the old port of Lübeck closed the harbour of Copenhagen."+more, "When ") {
		if p == "When did a league of towns close the harbour of Copenhagen?" {
			t.Errorf("offered %q", p)
		}
	}
	for in, want := range map[string]string{
		"a league of towns including Lübeck, Rostock and Wismar": "a league of towns",
		"a league of towns including the old port of Lübeck":     "a league of towns including the old port of Lübeck",
		"the towns including": "the towns including",
	} {
		if got := joinTokens(dropIncludedNames(tokenize(in))); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
