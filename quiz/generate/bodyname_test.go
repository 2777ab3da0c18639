package generate

import (
	"strings"
	"testing"
)

// TestBodyNamedSpeaker: a speaker whose name opens with the company a
// leader of the article heads ("Acme Rail", the company's own account) is
// no wrong choice for who holds an office; a person speaking still is.
func TestBodyNamedSpeaker(t *testing.T) {
	text := headlineLine + "Acme said on Tuesday it would sell 50 trains to Zenith.\n\n" +
		"Zenith Chief Executive Officer Tom Hale said the deal was a good one.\n\n" +
		"Acme CEO Ann Cole said: “We are proud of our team.”\n\n" +
		"“Thank you Zenith for your trust,” Acme Rail said on Twitter.\n\n" +
		"“The trains will run by 2025,” said Rob Lane, a rail analyst.\n"
	w := writeKind(text, Leader, func(w *writer, fi int) bool { return w.who(fi) })
	n := 0
	for _, o := range w.offered {
		if !strings.HasPrefix(o.q.Prompt, "Who is") {
			continue
		}
		n++
		for _, c := range o.q.Choices {
			if c.Text == "Acme Rail" {
				t.Errorf("%q: wrong choice %q is the company", o.q.Prompt, c.Text)
			}
		}
	}
	if n == 0 {
		t.Errorf("no who question")
	}
}

// TestCompanyOfficerStatementHolds: the quality checker reads a true
// statement of a company's officer as leaderTF writes it ("… is the Chief
// Executive Officer of ACB", without "the" before the acronym).
func TestCompanyOfficerStatementHolds(t *testing.T) {
	text := headlineLine + "“We trust the plan,” said ACB Chief Executive Officer Tom Hale.\n"
	sents := splitSentences(text, tokenize(text))
	for _, f := range extract(text, sents) {
		if f.Kind != Leader {
			continue
		}
		if p := "According to the article, " + f.Person + " is the " + f.Office + " of " + f.Country + "."; companyOfficer(f) && !trueStatementHolds(f, p) {
			t.Errorf("%q: true statement not read as stating %s", p, f.Text)
		}
		return
	}
	t.Errorf("no leader found")
}
