package generate

import "testing"

// TestRelativeSpan: a sentence with a span of time measured from an event
// it does not name ("signed five years later") does not stand alone for
// a statement or a fill-in; one whose span has its anchor does.
func TestRelativeSpan(t *testing.T) {
	for _, c := range []struct {
		sentence string
		alone    bool
	}{
		{"The treaty, signed five years later, was in fact two treaties.", false},
		{"The bridge reopened two weeks afterwards with a new toll.", false},
		{"A day earlier, 40 workers had left the site.", false},
		{"The ship sank three days later and 12 sailors were lost.", false},
		{"The treaty was signed five years after the war began.", true},
		{"The bridge reopened two weeks before the election.", true},
		{"The plant opened two years later than planned, in 1996.", true},
		{"The council will vote in two weeks on the new budget.", true},
		{"On the previous day, 21 March, the court fined the firm 40,000 euros.", true},
		{"Profit for the three months to Sept. 30 was 118 million pounds, compared with 104 million pounds a year earlier.", true},
	} {
		sents := splitSentences(c.sentence, tokenize(c.sentence))
		if got := (&writer{text: c.sentence, sents: sents[:1]}).standsAlone(0); got != c.alone {
			t.Errorf("%q stands alone %v, want %v", c.sentence, got, c.alone)
		}
	}
}
