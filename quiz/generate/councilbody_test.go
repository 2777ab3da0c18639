package generate

import (
	"strings"
	"testing"
)

// TestPublicBodyNoCompany: a chairwoman written after a public body's name
// is the body's chair, never offered a company's officers ("Chief
// Financial Officer of the Dale County Council"); after a company's name
// she is still the company's.
func TestPublicBodyNoCompany(t *testing.T) {
	for _, c := range []struct {
		name, chair, body string // body: the leader's country field
		office            string // the office question's answer, "" for none
	}{
		{"county council", "Dale County Council Chairwoman Rosa Lind", "", "Council Chairwoman"},
		{"port authority", "Dale Port Authority Chairwoman Rosa Lind", "", ""},
		{"company", "Dale Foods Chairwoman Rosa Lind", "Dale Foods", ""},
	} {
		text := "Flood emergency declared in river towns\n\n" +
			c.chair + " declared an emergency on Thursday so that the county can call in help from outside the region.\n" +
			"The river rose 11 feet in two days and 240 homes were cleared, officials said.\n" +
			"The water is expected to fall by Sunday.\n"
		res, err := FromText("", text)
		if err != nil && res.Quiz == nil {
			t.Fatal(err)
		}
		for _, f := range res.Facts {
			if f.Kind == Leader && f.Person == "Rosa Lind" && f.Country != c.body {
				t.Errorf("%s: read as %q of %q, want of %q", c.name, f.Office, f.Country, c.body)
			}
		}
		for _, q := range res.Quiz.Questions {
			if c.body == "" && strings.Contains(q.Prompt, "Officer") {
				t.Errorf("%s: a company's officer offered: %q", c.name, q.Prompt)
			}
		}
		texts, asked, _ := officeQuestionChoices(t, text, "Rosa Lind")
		if c.office != "" && (!asked || !containsString(texts, c.office)) {
			t.Errorf("%s: office question %v %q, want one answered %q", c.name, asked, texts, c.office)
		}
	}
}
