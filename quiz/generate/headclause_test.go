package generate

import (
	"strings"
	"testing"
)

// TestParticipleInHead: a relative clause after a noun phrase that holds
// a participle and words after it may be its last noun's: its date is
// not asked of the whole phrase. A phrase with a preposition but no
// participle, or an adjective after an article or "newly", is the head.
func TestParticipleInHead(t *testing.T) {
	const tail = " The harbour wall was rebuilt in 1898. The bridge was finished in 1904. The railway reached the valley in 1911."
	checkWhenOffered(t, tail, []whenCase{
		{"The war in Tigray, which broke out in November 2020, has killed thousands.",
			"When did the war in Tigray break out?"},
		{"The newly elected council, which met in May 2020, cut the budget.",
			"When did the newly elected council meet?"},
		{"Rovers sold the Leith stadium, which was built in 1998.",
			"When was the Leith stadium built?"},
	})
	for _, s := range []string{
		"The final drew 41,000 people, the largest crowd ever seen at the Leith stadium, which opened in 1998.",
		"The final drew 41,000 people, the largest crowd seen at the Leith stadium, which opened in 1998.",
	} {
		for p, a := range whenOffered(t, s+tail) {
			if a == "1998" {
				t.Errorf("%q: offered %q", s, p)
			}
		}
	}
}

// TestPronounInSubject: a subject with a personal pronoun past its first
// word reads a clause of its own as the noun phrase's: no question.
func TestPronounInSubject(t *testing.T) {
	const tail = " The harbour wall was rebuilt in 1898. The bridge was finished in 1904. The railway reached the valley in 1911."
	for _, s := range []string{
		"The final drew 41,000 people, the largest crowd once it reopened in 1998.",
	} {
		for p, a := range whenOffered(t, s+tail) {
			if a == "1998" {
				t.Errorf("%q: offered %q", s, p)
			}
		}
	}
	// The rule's own cases.
	for _, tc := range []struct {
		subject string
		want    bool
	}{
		{"the largest crowd once it", true},
		{"the club after they", true},
		{"It", false},
		{"the Leith stadium", false},
	} {
		var toks []token
		for _, w := range strings.Fields(tc.subject) {
			toks = append(toks, token{text: w})
		}
		if got := pronounInSubject(toks); got != tc.want {
			t.Errorf("pronounInSubject(%q) = %v, want %v", tc.subject, got, tc.want)
		}
	}
}
