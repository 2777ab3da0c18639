package generate

import "testing"

// TestQuotationOverLines: a quotation whose paragraphs are set one under
// the other with no blank line, each opening on its own mark and only the
// last closed, is still read (and attributed to its speaker) instead of
// being dropped as an opener never closed.
func TestQuotationOverLines(t *testing.T) {
	for _, c := range []struct {
		name, text, words, speaker string
	}{
		{"colon, then a second line", `Carlow rowers win the harbour cup

The Carlow rowing club won the harbour cup on Saturday for the first time since 2009, beating Merrow by two lengths.

Coach Owen Pryce said the crew had trained through the winter. Merrow captain Tom Vesey said his crew had started too slowly.
Pryce said: “We had the better start and the stronger finish today.
“The young rowers deserve every bit of this after a hard winter.”
Vesey said: “We lost the race in the first two hundred metres.”

Club president Ann Rowe presented the cup.`,
			"We had the better start and the stronger finish today", "Owen Pryce"},
	} {
		checkSaidBy(t, c.name, c.text, c.words, c.speaker)
	}
}
