package generate

import (
	"strings"
	"testing"
)

// TestSubjectlessExcerpt: a "who said" never quotes a piece that opens on
// its verb with its subject left before it ("and | confirmed the plan");
// a piece with its own subject, and a quotation that opens on its verb,
// are quoted.
func TestSubjectlessExcerpt(t *testing.T) {
	for _, c := range []struct {
		quotation, notStart, want string
	}{
		{"We held a long and frank meeting on the shore of the lake and confirmed the plan for closer trade between our three countries",
			"confirmed", "We held a long and frank meeting on the shore"},
		{"The ministers spoke for most of the afternoon about the harbour and agreed a timetable for the new ferry service next spring",
			"agreed", "The ministers spoke for most of the afternoon about the harbour"},
		{"The board met for three hours on the matter of the bridge, and the council will decide on the money next month",
			"", "The board met for three hours on the matter of the bridge"},
	} {
		toks := tokenize(c.quotation)
		got := quoteExcerpt(c.quotation, toks, "Nobody Here")
		if c.notStart != "" && strings.HasPrefix(got, c.notStart) {
			t.Errorf("%q: excerpt %q opens on the verb of a subject left before it", c.quotation, got)
		}
		if got != c.want {
			t.Errorf("%q: excerpt %q, want %q", c.quotation, got, c.want)
		}
	}
	for _, c := range []struct {
		quotation string
		k         int
		want      bool
	}{
		{"We met and confirmed the plan", 3, true},
		{"We met and were glad of it", 3, true},
		{"We counted the confirmed cases", 3, false},
		{"We met and the board agreed", 3, false},
	} {
		toks := tokenize(c.quotation)
		if got := subjectlessPiece(toks[c.k:], toks); got != c.want {
			t.Errorf("subjectlessPiece(%q from %q) = %v, want %v", c.quotation, toks[c.k].text, got, c.want)
		}
	}
}
