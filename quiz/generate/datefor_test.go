package generate

import "testing"

// TestScheduledFor: a date an event is called or set for is asked "For
// when …?", in the tense of the sentence; a date after "for" with no
// verb of fixing, or no event, or a pronoun subject, is not.
func TestScheduledFor(t *testing.T) {
	const tail = " The academy was founded in 1711. Its hall burned down in 1790. Its library was sold in 1852."
	cases := []coverageCase{
		{"Prime Minister Ana Ruiz has called a snap election for 9 October.",
			"For when has Prime Minister Ana Ruiz called a snap election?", "9 October"},
		{"The Dunmore council set a second vote for 3 June.",
			"For when did the Dunmore council set a second vote?", "3 June"},
		{"The harbour board's final vote was set for 3 June.",
			"For when was the harbour board's final vote set?", "3 June"},
		// Refused: no verb of fixing, no event, a pronoun.
		{"The company paid a fine for 2019.", "", "2019"},
		{"The council set aside money for 3 June.", "", "3 June"},
		{"She has called a snap election for 9 October.", "", "9 October"},
	}
	checkCoverageAfter(t, tail, cases, "When ", "For when ")
}
