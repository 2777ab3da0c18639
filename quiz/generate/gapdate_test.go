package generate

import "testing"

// TestGappedDateClause: "S V X in D1 and (then) Y in D2", the second
// conjunct without subject or verb: each date is asked with its own
// words and the first clause's subject and verb; a second conjunct with
// a verb, a number or a pronoun, or a third date, gives no such reading.
func TestGappedDateClause(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	const elected = "Tom Reeve was elected as a councillor to the Holt District Council in 1969 and then to the new Borough Council of Holt in 1973."
	const degrees = "Ada Hale received a bachelor's degree in physics from Leeds University in 1951 and a doctorate in physics from the University of York in 1962."
	checkCoverageAfter(t, tail, []coverageCase{
		{elected, "When was Tom Reeve elected as a councillor to the Holt District Council?", "1969"},
		{elected, "When was Tom Reeve elected to the new Borough Council of Holt?", "1973"},
		{degrees, "When did Ada Hale receive a bachelor's degree in physics from Leeds University?", "1951"},
		{degrees, "When did Ada Hale receive a doctorate in physics from the University of York?", "1962"},
		{"Ada Hale won the cup in 1990 and the league in 1995.", "When did Ada Hale win the league?", "1995"},
		{"Ada Hale, who was mayor for a decade, moved to Leeds in 1990 and to York in 1992.", "When did Ada Hale move to York?", "1992"},
		{"Ada Hale, who was mayor for a decade, moved to Leeds in 1990 and to York in 1992.", "When did Ada Hale move to Leeds?", "1990"},
		// A number opens the second conjunct: "When did Ada Hale score 12?".
		{"Ada Hale scored ten goals in 1990 and 12 in 1995.", "", "1995"},
		// An adverb, not a preposition or determiner.
		{"Tom Reeve was jailed for theft in 1990 and again for fraud in 1995.", "", "1995"},
		// A third date: whose is the second conjunct?
		{"Tom Reeve was elected to the Holt council in 1969 and then to the York council in 1973, and retired in 1990.", "", "1973"},
		// The second date does not close the sentence.
		{"Tom Reeve was elected to the Holt council in 1969 and then to the York council in 1973 after a recount.", "", "1973"},
		// A date without a year.
		{"Tom Reeve was elected to the Holt council in May and then to the York council in June.", "", "June"},
	}, "When ")
}
