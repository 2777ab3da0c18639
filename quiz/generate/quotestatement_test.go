package generate

import "testing"

// TestQuoteStatementHolds: a true statement that quotes four words or
// more of the speaker's quotation states the fact; other words, another
// speaker or a two-word excerpt do not.
func TestQuoteStatementHolds(t *testing.T) {
	f := Fact{Kind: Quote, Speaker: "Ann Reyes",
		Text:      "“The trust ran a careful and open process to weigh every offer for the slipway,” said Ann Reyes.",
		Quotation: "The trust ran a careful and open process to weigh every offer for the slipway,"}
	cases := []struct {
		prompt string
		holds  bool
	}{
		{"According to the article, Ann Reyes said “The trust ran a careful and open process”.", true},
		{"According to the article, Ann Reyes said “weigh every offer for the slipway”.", true},
		{"According to the article, Owen Pryce said “The trust ran a careful and open process”.", false},
		{"According to the article, Ann Reyes said “The trust sold the slipway”.", false},
		{"According to the article, Ann Reyes said “The trust”.", false},
		{"According to the article, Ann Reyes praised the trust.", false},
	}
	for _, c := range cases {
		if got := trueStatementHolds(f, c.prompt); got != c.holds {
			t.Errorf("%q: holds %v, want %v", c.prompt, got, c.holds)
		}
	}
}
