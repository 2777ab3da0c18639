package generate

import "testing"

// TestEventDate: "in the 1977-78 season", "in the May 2010 general
// election" date their clause as "in 1977-78" would; a date naming
// something else ("the 2019 budget debate", "the 2019 season opener")
// or after another word than "in", "at" or "during" does not.
func TestEventDate(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships. The harbour wall was rebuilt in 1898."
	checkCoverageAfter(t, tail, []coverageCase{
		{"In the 1977-78 season, Tom Reeve led Holt in six matches.", "When did Tom Reeve lead Holt in six matches?", "1977-1978"},
		{"Ada Hale won the cup in the 2015 season.", "When did Ada Hale win the cup?", "2015"},
		{"Ada Hale was elected to Parliament in the May 2010 general election.", "When was Ada Hale elected to Parliament?", "May 2010"},
		// The date names what follows the held noun.
		{"Ada Hale scored in the 2019 season opener.", "", "2019"},
		// Not an event held in its date.
		{"Ada Hale spoke in the 2019 budget debate.", "", "2019"},
		// Not after "in", "at" or "during".
		{"Ada Hale wrote a book about the 2019 season.", "", "2019"},
	}, "When ")
}
