package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestOfficeTwice: a long "Minister for …" title right before a name is
// one of the person's offices; a person the page gives two offices is
// asked no "What office does X hold?", and no wrong choice is close to
// the other office.
func TestOfficeTwice(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Minister for Further and Higher Education, Research and Science Ella Hartigan TD is urging adults to ask for help.",
			[]string{"Minister for Further and Higher Education, Research and Science"}},
		{"The Minister for Justice, Ella Hartigan TD, has announced a new campaign.", []string{"Minister for Justice"}},
		{"Former Minister for Health Ella Hartigan TD has announced a new campaign.", nil},
		{"The Minister for Justice met Ella Hartigan on Monday.", nil},
		{"Ella Hartigan, the Minister for Justice, has announced a new campaign.", nil},
	} {
		got := ministerTitlesBefore(splitSentences(c.text, tokenize(c.text)), "Ella Hartigan")
		if !slices.Equal(got, c.want) {
			t.Errorf("ministerTitlesBefore(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	text := "Adult reading help\n\n" +
		"Minister for Further and Higher Education, Research, Innovation and Science Ella Hartigan TD is urging adults to ask for help with reading and sums in the New Year.\n" +
		"The Minister for Justice, Ella Hartigan TD, has announced that a campaign on abuse at home is being run again and will last over the Christmas holiday period.\n" +
		"The campaign was first run in 2020 and reached 40,000 homes, the department said.\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.HasPrefix(q.Prompt, "What office does Ella Hartigan") {
			t.Errorf("office question of a minister with two offices: %q", q.Prompt)
		}
		if strings.Contains(q.Prompt, "Ella Hartigan") {
			for _, ch := range q.Choices {
				if !ch.Correct && ch.Text == "Minister for Education" {
					t.Errorf("%q offers her other office %q as wrong", q.Prompt, ch.Text)
				}
			}
		}
	}
}
