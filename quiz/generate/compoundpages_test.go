package generate

import "testing"

// TestCompoundPages checks a length in pages written as a compound
// adjective, with or without a thousands comma, and a comma figure of a
// known unit; a malformed comma figure gives nothing.
func TestCompoundPages(t *testing.T) {
	tests := []countOffer{
		{"pages with a thousands comma",
			"The House passed the spending package on Friday, sending the 1,837-page bill to the Senate.",
			"How many pages did the bill have?", "1837", nil},
		{"pages without a comma",
			"The inquiry published the 412-page report on Tuesday.",
			"How many pages did the report have?", "412", nil},
		{"seats with a thousands comma",
			"The club sold every ticket for the 2,300-seat stadium in Tarvo last season.",
			"How many seats did the stadium have?", "2300", nil},
		{"a malformed comma figure",
			"The inquiry published the 41,2-page report on Tuesday.",
			"", "", []string{"How many pages"}},
	}
	checkCountOffers(t, tests)
	checkCountOffersOff(t, tests, &compoundPagesOff)
	for _, x := range []struct {
		s  string
		v  int
		ok bool
	}{{"2,741", 2741, true}, {"1,000,000", 1000000, true}, {"41,2", 0, false}, {"2741", 0, false}, {"0,741", 0, false}} {
		if v, ok := commaFigure(x.s); v != x.v || ok != x.ok {
			t.Errorf("commaFigure(%q) = %d, %v; want %d, %v", x.s, v, ok, x.v, x.ok)
		}
	}
}
