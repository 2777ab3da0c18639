package generate

import (
	"slices"
	"strings"
	"testing"
)

// officeSetArticle names a premier and a mayor by their titles alone,
// each asked "What office does X hold?".
const officeSetArticle = `Province Opens New Office in Harwick

The province will open a regional office in Harwick next spring, bringing 120 public service jobs to the city.

"This office shows that we take Harwick seriously as a hub for the whole east of the province," said Premier Dana Reeve.

"More good news for Harwick," said Mayor Tom Vell, who has asked for the office since his election in 2021.

The office will open on Carling Avenue in a building the province bought last year for $18 million.
`

// TestOfficeSetVaried: two office questions of one quiz with different
// answers never offer the same four offices (Premier, Mayor and the same
// two fillers in both), which would leave each answer one of the two
// offices the article names.
func TestOfficeSetVaried(t *testing.T) {
	res, err := FromText("", officeSetArticle)
	if err != nil {
		t.Fatal(err)
	}
	var sets, shown []string
	for _, q := range res.Quiz.Questions {
		if !strings.HasPrefix(q.Prompt, "What office") {
			continue
		}
		var cs []string
		for _, c := range q.Choices {
			cs = append(cs, c.Text)
		}
		shown = append(shown, q.Prompt+" "+strings.Join(cs, " / "))
		slices.Sort(cs)
		sets = append(sets, strings.Join(cs, "|"))
	}
	if len(sets) < 2 {
		t.Fatalf("want two office questions, got:\n%s", strings.Join(shown, "\n"))
	}
	if sets[0] == sets[1] {
		t.Errorf("two office questions offer the same four offices:\n%s", strings.Join(shown, "\n"))
	}
}
