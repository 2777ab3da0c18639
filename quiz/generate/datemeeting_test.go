package generate

import "testing"

// TestMeetingDate: an opening "At the (its) DAY … meeting," dates the
// clause after it; a pronoun subject, a reporting verb, or a day not of a
// meeting is not asked so.
func TestMeetingDate(t *testing.T) {
	const tail = " The academy was founded in 1711. Its hall burned down in 1790. Its library was sold in 1852."
	cases := []coverageCase{
		{"At the Oct. 14 harbour board meeting, the sale of the old ferry was approved by a 6-3 vote.",
			"When was the sale of the old ferry approved by a 6-3 vote?", "Oct. 14"},
		{"At its March 3 meeting, the Dunmore council voted to close the harbour baths.",
			"When did the Dunmore council vote to close the harbour baths?", "March 3"},
		// Refused.
		{"At the March 3 meeting, he approved a new budget.", "", "March 3"},
		{"At the March 3 hearing, the judge said the case would go to trial.", "", "March 3"},
		{"At the March 3 parade, the mayor waved to the crowd.", "", "March 3"},
	}
	checkCoverageAfter(t, tail, cases, "When ")
}
