package generate

import "testing"

// TestSinceClause: a date in a clause after "since", "after" or "before",
// once the sentence has had its verb, is that clause's own subject's and
// verb's, never the noun phrase's before the word; a lone pronoun as that
// subject gives no question but "it" after "the X's" superlative, which
// is the X; after "after", "before", or "since" after a plain past, the
// date may be the main verb's and no question is asked.
func TestSinceClause(t *testing.T) {
	const tail = " The harbour wall was rebuilt in 1898. The bridge was finished in 1904. The railway reached the valley in 1911."
	checkWhenOffered(t, tail, []whenCase{
		{"The final drew 41,000 people, the largest crowd since the Leith stadium opened in 1998.",
			"When did the Leith stadium open?"},
		{"The town has grown since the mill closed in 1921.",
			"When did the mill close?"},
		{"Rovers won their first title since the club moved to Leith in 1921.",
			"When did the club move to Leith?"},
		{"The club has not won a trophy since the old manager left in 1998.",
			"When did the old manager leave?"},
		// "it" after a possessive and a superlative is the possessor.
		{"The final drew the stadium's largest crowd since it opened in 1998.",
			"When did the stadium open?"},
		{"Rovers won the league, the Leith club's best season since it moved to the Leith stadium in 1998.",
			"When did the Leith club move to the Leith stadium?"},
	})
	// A pronoun that stands for no possessor before it, or a date that may
	// be the main verb's: no question asks the clause's date.
	for _, s := range []string{
		"The final drew 41,000 people, the largest crowd since it opened in 1998.",
		"The club sold the ground, the oldest in the league since it opened in 1998.",
		"Rovers won the league, Leith's best season since it opened in 1998.",
		"Rovers won, Ada Hale's best season since she moved to the Leith club in 1998.",
		// "after" or "before", or "since" after a plain past: the date may
		// be the main verb's.
		"Prices fell since the old mill closed in 1998.",
		"The final drew 41,000 people, the first full house after the Leith stand reopened in 1998.",
	} {
		for p, a := range whenOffered(t, s+tail) {
			if a == "1998" {
				t.Errorf("%q: offered %q", s, p)
			}
		}
	}
	// None of these may ask the noun phrase before "since".
	for _, s := range []string{
		"The final drew 41,000 people, the largest crowd since the stadium opened in 1998.",
		"The final drew 41,000 people, the first full house since the club moved there in 1998.",
		"Membership fell to 300, the lowest level since records began in 1921.",
	} {
		for p := range whenOffered(t, s+tail) {
			if p == "When did the largest crowd since the stadium open?" || p == "When did the first full house since the club move there?" ||
				p == "When did the lowest level since records begin?" {
				t.Errorf("%q: offered %q", s, p)
			}
		}
	}
}
