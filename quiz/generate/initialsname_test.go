package generate

import (
	"strings"
	"testing"
)

// TestNameWithInitials: a holder's name after a title may open on
// initials without dots ("Vice President JD Vance"); an acronym heading a
// body's name ("BBC News") or a known acronym ("US") is no name.
func TestNameWithInitials(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Vice President JD Marsh arrived at the Capitol on Tuesday.", []string{"JD Marsh|Vice President|"}},
		{"Election Commissioner KM Nurul Huda ruled out a revote.", []string{"KM Nurul Huda|Commissioner|"}},
		{"Prime Minister BBC News reported nothing new.", nil},
		{"The President US Steel hired was absent.", nil},
		{"Governor NATO Forces Command said nothing.", nil},
	} {
		got := leadersOf(t, tc.text)
		if strings.Join(got, ";") != strings.Join(tc.want, ";") {
			t.Errorf("%q: leaders %q, want %q", tc.text, got, tc.want)
		}
	}
}
