package generate

import (
	"strings"
	"testing"
)

// TestQuoteModifier: a short quotation that modifies the noun after it
// ("called for “binding” agreements") is no quotation to ask about: cut at
// its marks it loses its noun. One followed by a new part of the sentence
// is still read.
func TestQuoteModifier(t *testing.T) {
	const people = "Harbour minister Marta Lindqvist visited the ferry yard in Northport on Monday.\n\n"
	for _, c := range []struct {
		text  string
		words string // the quotation read, or "" for none
	}{
		{"Lindqvist has called for “binding” agreements over the future of the ferry yard.", ""},
		{"Lindqvist has called for “fair and binding” rules over the future of the ferry yard.", ""},
		{"Lindqvist called the deal “a disaster for the yard” on Monday.", "a disaster for the yard"},
		{"Lindqvist described the plan as “reckless” and asked for a new vote.", "reckless"},
	} {
		got := ""
		for _, f := range quoteFacts(t, "Ferry yard\n\n"+people+c.text) {
			if strings.Contains(c.text, f.Quotation) {
				got = f.Quotation
			}
		}
		if got != c.words {
			t.Errorf("%q: quotation %q, want %q", c.text, got, c.words)
		}
	}
}
