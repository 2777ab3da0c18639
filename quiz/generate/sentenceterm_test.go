package generate

import (
	"strings"
	"testing"
)

// TestSentenceTerm checks the prison-term question: a descriptive first
// word is lower-cased, the prison's kind is kept ("in a federal prison"),
// an age aside is left out, "N days imprisonment" is asked; two terms of
// the same unit in one sentence give none.
func TestSentenceTerm(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"a descriptive opener lower-cased, a federal prison",
			"Disgraced Tarrow Mayor Ivo Brandt was sentenced to 19 years in a federal prison on bribery charges.",
			"How many years in federal prison was disgraced Tarrow Mayor Ivo Brandt sentenced to?", "19",
			[]string{"How many years in federal prison was Disgraced", "How many years was"}},
		{"former lower-cased",
			"Former Dunmore councillor Mara Quist was sentenced to 30 months in prison for fraud.",
			"How many months in prison was former Dunmore councillor Mara Quist sentenced to?", "30",
			[]string{"How many months in prison was Former"}},
		{"an age aside left out",
			"Ivo Brandt ran the Tarrow port authority for a decade. Brandt, 52, was sentenced to 11 years in jail after a long trial.",
			"How many years in jail was Brandt sentenced to?", "11", nil},
		{"days imprisonment",
			"Tom Arle broke a court order twice in one week. Arle was sentenced to 90 days imprisonment at Tarrow magistrates court.",
			"How many days of imprisonment was Arle sentenced to?", "90", nil},
		{"a pronoun gives none",
			"He was sentenced to 90 days imprisonment.",
			"", "", []string{"How many days"}},
	})
}

// TestDescriptiveOpenerStatement checks a statement and a question on a
// sentence opening on
// descriptive word: it is lower-cased ("According to the article,
// former Dunmore councillor …", "When did disgraced Tarrow Mayor …").
func TestDescriptiveOpenerStatement(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Former Dunmore councillor Mara Quist was sentenced to 30 months in prison for fraud on Monday.",
			"According to the article, former Dunmore councillor Mara Quist was sentenced to "},
		{"Disgraced Tarrow Mayor Ivo Brandt resigned from the council of the town in June 2019 after a long inquiry.",
			"When did disgraced Tarrow Mayor Ivo Brandt resign from the council"},
	} {
		w := articleWriter(tc.text, "")
		w.write()
		found := false
		var ps []string
		for _, c := range w.offered {
			ps = append(ps, c.q.Prompt)
			found = found || strings.HasPrefix(c.q.Prompt, tc.want)
		}
		if !found {
			t.Errorf("no statement %q…; offered %q", tc.want, ps)
		}
	}
}
