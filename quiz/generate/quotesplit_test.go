package generate

import (
	"strings"
	"testing"
)

// TestSplitQuotation: a quotation split by its attribution is one
// saying: its second part, opening in lower case, is no quotation of its
// own, and the first part is not asked alone when the second completes it
// ("We are ready … to go back"); a first part that is a whole clause
// before "but …" still is. A partial quotation after another verb of the
// sentence ("called him a “colossus”") is not joined to the quotation
// before it.
func TestSplitQuotation(t *testing.T) {
	text := `Harbour deal signed after long talks

The Carlow harbour board and the ferry union signed a new deal on Tuesday after talks that began in 2019.

“The crews have waited a long time,” said board chairman Owen Pryce, “but this deal gives them what they asked for.”

“We are ready,” union leader Ann Rowe said, “to go back to work on Monday morning.”

Mayor Tom Vesey welcomed the agreement.`
	toks := tokenize(text)
	fs, _ := findQuotes(text, splitSentences(text, toks), nil)
	var rowe []string
	for _, f := range fs {
		if f.Speaker == "Ann Rowe" {
			rowe = append(rowe, f.Quotation)
		}
	}
	if len(rowe) != 1 || rowe[0] != "We are ready to go back to work on Monday morning." {
		t.Errorf("Ann Rowe's quotations %q, want the two parts as one", rowe)
	}
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.Contains(q.Prompt, "“to go back") || strings.Contains(q.Prompt, "“We are ready”") {
			t.Errorf("a part of a split quotation asked alone: %q", q.Prompt)
		}
	}

	// Another verb's partial quotation is not a second part.
	text2 := `Former minister Dan Hale dies at 80

Former minister Dan Hale died on Sunday at the age of 80.

“Nobody in the party worked harder than Dan,” his colleague Ruth Ellery told the Carlow Courier, while the party's leader, Owen Pryce, called him a “giant” and “the conscience of the party”.`
	toks2 := tokenize(text2)
	fs2, _ := findQuotes(text2, splitSentences(text2, toks2), nil)
	for _, f := range fs2 {
		if strings.Contains(f.Quotation, "Dan giant") || strings.Contains(f.Quotation, "Dan conscience") {
			t.Errorf("%s's quotation joined to another's: %q", f.Speaker, f.Quotation)
		}
	}
}
