package generate

import "testing"

// TestDateAside: a date's clause is read past a participle aside between
// its subject and verb, past "On this day" before a year, and from the
// "on" before a weekday that the day follows, and past an adverb in "will
// be formally opened"; "by" a year stays refused.
func TestDateAside(t *testing.T) {
	const tail = " The crossing took nine days. The line had 40 ships."
	checkWhenOffered(t, tail, []whenCase{
		{"On this day in 1912, the liner Aurora, built by Harland and Wolff, sailed from Liverpool for New York.",
			"When did the liner Aurora sail from Liverpool for New York?"},
		{"In 1912, the liner Aurora, built by Harland and Wolff, sailed from Liverpool.",
			"When did the liner Aurora sail from Liverpool?"},
		{"The liner Aurora, built by the Belfast yard, sailed from Liverpool in 1912.",
			"When did the liner Aurora sail from Liverpool?"},
		{"The Tamar Bridge, designed by a Danish engineer, was opened in 1931.",
			"When was the Tamar Bridge opened?"},
		{"The rail union called off the strike on Friday, 5 July as talks resumed.",
			"When did the rail union call off the strike?"},
		{"The ferry service across the Tay reopened on Monday (March 4).",
			"When did the ferry service across the Tay reopen?"},
		// An adverb between "will be" and its participle stays with it.
		{"The new Tay bridge will be formally opened in May.",
			"When will the new Tay bridge be formally opened?"},
		// "By 1912" is a state reached, no event.
		{"By 1912, the liner Aurora, built by Harland and Wolff, sailed from Liverpool every week.", ""},
		// A report's verb after the aside is not the date's event.
		{"The report, published by the council, said the Tamar Bridge opened in 1931.", ""},
	})
}

// TestAsideNotSubject: the relative reading never takes a participle
// aside for the subject of the verb after it (the base asked "When was
// built by Harland and Wolff sailed from Liverpool?").
func TestAsideNotSubject(t *testing.T) {
	for _, text := range []string{
		"The liner, built in Belfast and fitted out in Glasgow, sailed from Liverpool in 1912.",
		"The liner Aurora, built by Harland and Wolff for the White Star company, sailed from Liverpool in 1912.",
	} {
		w := articleWriter(text+" The crossing took nine days.", "")
		w.write()
		for _, f := range w.facts {
			if f.Kind != Date {
				continue
			}
			if c, ok := w.relativeDateClause(f); ok {
				t.Errorf("%q: relative reading %q %q", text, joinTokens(c.subject), joinTokens(c.verb))
			}
		}
	}
}

// whenCase is a text and the "When" question it must offer, or "" when
// it may offer none.
type whenCase struct{ text, want string }

// checkWhenOffered checks each case's text, tail after it: the question
// wanted is offered, or no "When" question at all.
func checkWhenOffered(t *testing.T, tail string, cases []whenCase) {
	t.Helper()
	for _, tc := range cases {
		got := whenOffered(t, tc.text+tail)
		if tc.want == "" {
			if len(got) > 0 {
				t.Errorf("%q: offered %q, want no When question", tc.text, got)
			}
			continue
		}
		if _, ok := got[tc.want]; !ok {
			t.Errorf("%q: offered %q, want %q", tc.text, got, tc.want)
		}
	}
}
