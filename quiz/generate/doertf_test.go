package generate

import (
	"slices"
	"strings"
	"testing"
)

// doerStatements writes page (a title, a sentence on Ann Lee and one on
// Maria Castell, the only other person) and returns the doer statements
// offered, each with its twin of the other truth.
func doerStatements(t *testing.T, sentence string) []string {
	t.Helper()
	return doerStatementsOn(t, "County tennis finals\n\n"+sentence+"\n\nMaria Castell won the doubles title with her sister.")
}

// doerStatementsOn is doerStatements on a whole page.
func doerStatementsOn(t *testing.T, page string) []string {
	t.Helper()
	text, _, err := checkText(page)
	if err != nil {
		t.Fatal(err)
	}
	w := articleWriter(text, "")
	if w == nil {
		return nil // no fact found
	}
	w.write()
	var out []string
	for i := range w.offered {
		if c := w.offered[i]; strings.HasPrefix(c.idHint, "actor-tf-who") && c.twin == 0 {
			out = append(out, c.q.Prompt)
			if j := w.twinOf(i); j >= 0 {
				out = append(out, w.offered[j].q.Prompt)
			}
		}
	}
	return out
}

// TestDoerStatement checks that a doer with one other person of the page
// to offer is stated true with the doer and false with the other person,
// and that deeds a statement cannot carry safely are not stated.
func TestDoerStatement(t *testing.T) {
	accept := []struct{ sentence, deed string }{
		{"Ann Lee lifted the county tennis trophy with a powerful serve.", "lifted the county tennis trophy with a powerful serve"},
		{"Ann Lee became the only county skipper in history to lose the opening final.", "became the only county skipper in history to lose the opening final"},
		{"On a wet evening, Ann Lee ordered the groundsmen to cover the courts before the final.", "ordered the groundsmen to cover the courts"},
	}
	for _, tc := range accept {
		got := doerStatements(t, tc.sentence)
		want := []string{"According to the article, Ann Lee " + tc.deed + ".", "According to the article, Maria Castell " + tc.deed + "."}
		if len(got) != 2 || !(got[0] == want[0] && got[1] == want[1] || got[0] == want[1] && got[1] == want[0]) {
			t.Errorf("%q: doer statements %q, want %q", tc.sentence, got, want)
		}
	}
	refuse := []string{
		// Her sex the other person may not share.
		"Ann Lee lifted her county tennis trophy with a powerful serve.",
		// Too short to be false of anyone else for certain.
		"Ann Lee left centre court.",
		// Which announcement, a sentence before would tell.
		"Ann Lee made the announcement at a press conference.",
		// Cut before the sentence completes "the first …".
		"Ann Lee became the first county skipper in history to lose the opening final at home.",
		// A thing's caption, not her deed.
		"The racket Ann Lee took to the final of the county tennis cup.",
		// A company read as a person.
		"Ann Lee, the company that built the courts, laid the new grass surface for the final.",
		// The sentence's year is the fact to ask.
		"Ann Lee lifted the county tennis trophy in the spring of 2019.",
	}
	for _, s := range refuse {
		if got := doerStatements(t, s); len(got) != 0 {
			t.Errorf("%q: doer statements %q, want none", s, got)
		}
	}
	// The only other name is a heading's, read from its capitals.
	page := "County tennis finals\n\nAnn Lee lifted the county tennis trophy with a powerful serve.\n\nHer mother watched the Women's Singles Final."
	if got := doerStatementsOn(t, page); len(got) != 0 {
		t.Errorf("%q: doer statements %q, want none", page, got)
	}
	// The other person is one of the doer's kind, who may have shared it.
	page = "County tennis finals\n\nAnn Lee lifted the county tennis trophy with a powerful serve.\n\nShe beat another finalist, Maria Castell, in the semi-final.\n\nMaria Castell won the doubles title with her sister."
	if got := doerStatementsOn(t, page); len(got) != 0 {
		t.Errorf("%q: doer statements %q, want none", page, got)
	}
	// The other person's rank written without a vowel ("Cllr") is no part
	// of the name: without it she is named as a person in full once.
	page = "County tennis finals\n\nAnn Lee lifted the county tennis trophy with a powerful serve.\n\nCurrent mayor, Councillor Maria Castell, said it was a fine day for the town.\n\nUpon hearing the news, Cllr Maria Castell, current Mayor of Harwick, said: “My warmest thanks go out to the players.”"
	want := []string{"According to the article, Ann Lee lifted the county tennis trophy with a powerful serve.", "According to the article, Maria Castell lifted the county tennis trophy with a powerful serve."}
	if got := doerStatementsOn(t, page); len(got) != 2 || !slices.Contains(got, want[0]) || !slices.Contains(got, want[1]) {
		t.Errorf("%q: doer statements %q, want %q", page, got, want)
	}
	// A person among others of a list is named as a person elsewhere.
	page = "County tennis finals\n\nAnn Lee lifted the county tennis trophy with a powerful serve.\n\nShe beat Maria Castell in the semi-final.\n\nShe thanked her mother, Maria Castell and her coach."
	if got := doerStatementsOn(t, page); len(got) != 2 {
		t.Errorf("%q: doer statements %q, want two", page, got)
	}
}

// TestDoerStatementQuality checks that the checker reads a true doer
// statement as stating its fact, and a false one naming another doer of
// the deed as true in the article.
func TestDoerStatementQuality(t *testing.T) {
	page := "County tennis finals\n\nAnn Lee lifted the county tennis trophy with a powerful serve.\n\nMaria Castell won the doubles title with her sister."
	res, err := FromText("", page)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, q := range res.Quiz.Questions {
		if strings.HasPrefix(q.ID, "actor-tf-who") {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d doer statements in the quiz, want 1", n)
	}
	for _, p := range QualityProblems(res.Text, res) {
		t.Errorf("%s: %s", p.QuestionID, p.Message)
	}
	// The fact's text is its clause as written, title and all.
	f := Fact{Kind: Actor, Doer: "Captain Ann Lee", Action: "lifted the county tennis trophy", Text: "Captain Ann Lee, who lifted the county tennis trophy"}
	if !trueStatementHolds(f, "According to the article, Ann Lee lifted the county tennis trophy.") {
		t.Error("true doer statement read as not stating its fact")
	}
	other := Result{Facts: []Fact{f, {Kind: Actor, Doer: "Maria Castell", Action: "lifted the county tennis trophy"}}}
	if !wrongIsRight(other, f, "Maria Castell") {
		t.Error("a false doer statement naming another doer of the deed is not read as true")
	}
}
