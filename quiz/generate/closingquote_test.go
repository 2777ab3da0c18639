package generate

import "testing"

// TestClosingQuoteNotSubject: a quotation's closing mark after a comma is
// not the first word of the date clause's subject ("Known as the city's
// 'hip hop mayor,' Kilpatrick resigned in 2008" asks "When did Kilpatrick
// resign?"); an opening mark before a quoted name stays.
func TestClosingQuoteNotSubject(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"Known as the city's 'hip hop mayor,' Kilpatrick resigned in 2008 after he was caught lying under oath.", "When did Kilpatrick resign?", "2008"},
	}, "When ")
	for _, tc := range []struct {
		text string
		at   int // the token's index
		want bool
	}{
		{"the 'hip hop mayor,' Kilpatrick resigned", 6, true},
		{"the 'hip hop mayor,' Kilpatrick resigned", 1, false},
	} {
		toks := tokenize(tc.text)
		if got := closingQuoteMark(tc.text, toks[tc.at]); got != tc.want {
			t.Errorf("%q token %d (%q): closing %v, want %v", tc.text, tc.at, toks[tc.at].text, got, tc.want)
		}
	}
}
