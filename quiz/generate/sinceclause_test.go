package generate

import "testing"

// TestSinceClause: a date in a clause after "since", "after" or "before",
// once the sentence has had its verb, is that clause's own subject's and
// verb's, never the noun phrase's before the word; a lone pronoun as that
// subject gives no question, and a phrase after the word with no verb
// of its own is read as before.
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
	})
	// The pronoun stands for a noun the question would not name: no
	// question asks the clause's date.
	for _, s := range []string{
		"The final drew 41,000 people, the largest crowd since it opened in 1998.",
		"The club sold the ground, the oldest in the league since it opened in 1998.",
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
