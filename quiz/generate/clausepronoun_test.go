package generate

import (
	"strings"
	"testing"
)

// TestOpeningClausePronouns: a sentence whose opening clause and main
// clause both have a pronoun subject ("Even though it has won …, it
// may …") does not read alone; one whose main clause names the pronoun's
// referent does.
func TestOpeningClausePronouns(t *testing.T) {
	refuse := []string{
		"Even though it has won seven of the past nine state elections, it may struggle to do so again, say local analysts.",
		"Although they lost four of their last six games, they still lead the table by three points.",
		"When he took office in 2011, his party held 40 of the 120 seats.",
	}
	accept := []string{
		"Even though it has won seven of the past nine state elections, the Labour Party may struggle to do so again.",
		"Although it is likely that the vote will be close, the council expects a result by Friday.",
		"Although the party has won seven of the past nine state elections, it may struggle to do so again.",
		"When the minister took office in 2011, her party held 40 of the 120 seats.",
	}
	for _, want := range []bool{true, false} {
		list := refuse
		if !want {
			list = accept
		}
		for _, sent := range list {
			toks := tokenize(sent)
			if got := openingClausePronouns(toks, 0); got != want {
				t.Errorf("openingClausePronouns(%q) = %v, want %v", sent, got, want)
			}
		}
	}
	// The statement is not copied from such a sentence.
	text := "The governor called a state election for June 9 on Monday. " +
		"The governing party trails the opposition in the latest polls. " +
		"Even though it has won five of the past eight state elections, it could lose its majority this time, say many observers. " +
		"The vote will decide all 88 seats in the state assembly."
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.Contains(q.Prompt, "even though it has won") || strings.Contains(q.Prompt, "Even though it has won") {
			t.Errorf("statement from a sentence with no referent: %q", q.Prompt)
		}
	}
}
