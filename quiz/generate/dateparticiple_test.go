package generate

import (
	"strings"
	"testing"
)

// TestParticipleDate: a date inside a participle phrase of the subject is
// asked in the passive, at the opening of the sentence or after a copula's
// complement; a pronoun subject, a phrase with a verb of its own and a
// date that does not close the phrase are refused.
func TestParticipleDate(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships."
	cases := []whenCase{
		{"Named harbour master in 1880, Tom Reeve rebuilt the quay.",
			"When was Tom Reeve named harbour master?"},
		{"Founded in 1880, the Tay Rowing Club rebuilt its boathouse.",
			"When was the Tay Rowing Club founded?"},
		{"The Aurora is a steel-hulled liner, first launched in 1911, with room for 900 passengers.",
			"When was the Aurora first launched?"},
		{"The Marlin is a small two-stage rocket, first launched in 1888, with 40 flights to date.",
			"When was the Marlin first launched?"},
		{"The Tay Rowing Club is the oldest club on the river, founded by six students in 1880.",
			"When was the Tay Rowing Club founded by six students?"},
		// No pronoun subject.
		{"Named harbour master in 1880, he rebuilt the quay.", ""},
		// A verb of its own in the phrase.
		{"Named harbour master after he rebuilt the quay in 1880, Tom Reeve retired.", ""},
		// The date does not close the phrase.
		{"The Aurora is a steel-hulled liner, launched in 1911 for the Atlantic route.", ""},
	}
	checkWhenOffered(t, tail, cases)
	for _, tc := range cases {
		got := whenOffered(t, tc.text+tail)
		// An adverb before a participle is no subject (set 10's "When
		// did first launch?").
		for p := range got {
			if strings.Contains(p, "did first") {
				t.Errorf("%q: offered %q", tc.text, p)
			}
		}
	}
}

// TestOpeningSubordinateDate: a date in a clause opening the sentence on
// "After" or "When" dates that clause's own verb, in the active ("When
// did the war end?", not "When was the war ended?"), when its subject
// reads alone.
func TestOpeningSubordinateDate(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	cases := []coverageCase{
		{"After the long war ended in 1945, the factory reopened in 1947.", "When did the long war end?", "1945"},
		{"When the old mill closed in 1921, the town lost 300 jobs.", "When did the old mill close?", "1921"},
		{"When a team of divers reached the wreck in 1985, the hull was intact.", "When did a team of divers reach the wreck?", "1985"},
		// "the results" does not read alone.
		{"When the results were announced on July 26, the party had won.", "", "July 26"},
	}
	checkCoverageAfter(t, tail, cases, "When ")
	for _, tc := range cases {
		for p := range whenOffered(t, tc.text+tail) {
			if strings.Contains(p, "was the long war ended") {
				t.Errorf("%q: offered %q", tc.text, p)
			}
		}
	}
}
