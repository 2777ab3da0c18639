package generate

import "testing"

// TestQuoteHeadCuts: an excerpt of a quotation never ends on a noun singled
// out of a set before its "of" phrase, nor on a word before the "that"
// clause it takes, and never opens on a phrase cut from the clause before
// it (quotehead.go); a noun that stands alone may still end an excerpt.
func TestQuoteHeadCuts(t *testing.T) {
	for _, c := range []struct {
		name, quote string
		refused     []string // excerpts that must not be offered
		kept        string   // the excerpt expected ("" when none may be)
	}{
		{"every … before its of",
			"We are cheering with every ounce of our energy and our hearts for the rowers and for the long race ahead of them",
			[]string{"We are cheering with every ounce"}, ""},
		{"superlative noun before its of",
			"I consider this flood to be the worst disaster of its kind that this parish has seen in forty years of records",
			[]string{"I consider this flood to be the worst disaster"}, ""},
		{"aware before its that clause",
			"Lock keepers were made aware that a small boat carrying stolen tools had been moored beside the towpath near the gates",
			[]string{"Lock keepers were made aware"}, ""},
		{"phrase after a comma of the same sentence",
			"I am pleased with the harvest and the prices, particularly against a season that gave us so little rain in spring",
			[]string{"particularly against a season that gave us so little rain in spring"}, "I am pleased with the harvest and the prices"},
		{"kept: a noun that stands alone before of",
			"The league is deeply disappointed that Halton would approve the sale of this much-loved ground during the winter break",
			nil, "The league is deeply disappointed that Halton would approve the sale"},
	} {
		got := quoteExcerpt(c.quote, tokenize(c.quote), "Nobody Here")
		for _, r := range c.refused {
			if got == r {
				t.Errorf("%s: excerpt %q is a rejected cut", c.name, got)
			}
		}
		if c.kept != "" && got != c.kept {
			t.Errorf("%s: excerpt %q, want %q", c.name, got, c.kept)
		}
		t.Logf("%s: %q", c.name, got)
	}
}
