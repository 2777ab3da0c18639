package generate

import "testing"

// TestDatePredicates: a weekday before a labelling date, a verdict "was
// found guilty" after an opening date, and a second predicate after "and"
// past a sequence adverb ("and was then elected", "and then became") each
// give their date a "When" question, and so does a relative clause
// opened by "first" or an adverb in -ly ("which first appeared in …"); a verdict dated after its charge, and
// an infinitive that is no office of a choice, stay unasked.
func TestDatePredicates(t *testing.T) {
	const tail = " The academy was founded in 1711. Its hall burned down in 1790. Its library was sold in 1852."
	cases := []coverageCase{
		{"Mara Voss became a member of the harbour board in 1971 and was then elected to represent Eastfield in 1980, which she did until 1995.",
			"When was Mara Voss elected to represent Eastfield?", "1980"},
		{"Mara Voss became a member of the harbour board in 1971 and was then elected to represent Eastfield in 1980, which she did until 1995.",
			"When did Mara Voss become a member of the harbour board?", "1971"},
		{"Tom Quill joined the Liberal party in 1968 and later became mayor of Dunmore in 1976.",
			"When did Tom Quill become mayor of Dunmore?", "1976"},
		{"In June, Ellis Rowe was found guilty of three counts of fraud, with his partner being cleared of all charges.",
			"When was Ellis Rowe found guilty of three counts of fraud?", "June"},
		{"Tuesday, March 3, 1857 : The two fleets stayed at anchor off Kerrow, but neither captain was willing to sail.",
			"When did the two fleets stay at anchor off Kerrow?", "March 3, 1857"},
		{"The new strain, which first appeared in the port city of Kerrow in March 2021, has since reached every region.",
			"When did the new strain first appear in the port city of Kerrow?", "March 2021"},
		// Refused: the date after the charge is the offence's.
		{"Ellis Rowe was found guilty of stealing a van on 2 March.", "", "2 March"},
		// Refused: an infinitive after an active verb dates its own event.
		{"Lena Ortiz joined the council in 1990 and then agreed to open a school in 1996.", "", "1996"},
	}
	checkCoverageAfter(t, tail, cases, "When ")
}

// TestThinSpanChoices: a span of years is filled in among four spans or
// not at all; a single year, or a span with three other spans, keeps its
// fill-in.
func TestThinSpanChoices(t *testing.T) {
	span := date{form: formYearRange, year: 1976, year2: 2007}
	year := date{form: formYear, year: 1976}
	cases := []struct {
		d     date
		wrong []string
		thin  bool
	}{
		{span, []string{"between 1912 and 1943", "between 1880 and 1911"}, true},
		{span, []string{"between 1944 and 1975", "between 1912 and 1943", "between 1880 and 1911"}, false},
		{year, []string{"1975", "1977"}, false},
	}
	for _, tc := range cases {
		if got := thinSpanChoices(tc.d, tc.wrong); got != tc.thin {
			t.Errorf("%v %q: thin %v, want %v", tc.d.text(), tc.wrong, got, tc.thin)
		}
	}
}
