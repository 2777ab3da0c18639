package generate

import (
	"strings"
	"testing"
)

// TestQuoteAlone: the quotation of a page's only speaker is stated, true;
// not when a pronoun speaks it beside another's name, when the words shown
// have no verb, when the speaker is a body, or when the words shown are
// a piece of the quotation (one stopping before its object).
func TestQuoteAlone(t *testing.T) {
	for _, c := range []struct {
		name, sentence, words string
		stated                bool
	}{
		{"only speaker",
			`"I have never seen the harbour so full of boats in all my years here," Owen Pryce said on Monday.`,
			"I have never seen the harbour so full of boats", true},
		{"a pronoun speaks, the name is another's",
			`"Nobody in the valley ever rowed quite like him," he told the radio, while his brother, Owen Pryce, called him a legend.`,
			"Nobody in the valley ever rowed quite like him", false},
		{"no verb in the words",
			`"There is also, as part of the deal, a repair grant to all harbours and slipways in the county for the next five years," Owen Pryce said.`,
			"a repair grant to all harbours", false},
		{"a body's name read short",
			`"The wall is a rapidly changing site and more details will follow later today," the county's Office of Harbour Services said.`,
			"rapidly changing site", false},
		{"cut before its object",
			`Owen Pryce said: "This is good news and shows how the harbour board is delivering what the town asked for in these hard times."`,
			"is delivering", false},
	} {
		text := "Merrow harbour wall reopens\n\nThe Merrow harbour wall reopened on Monday after eleven months of repairs.\n\n" + c.sentence
		res, err := FromText("", text)
		if err != nil {
			t.Fatal(err)
		}
		stated := false
		var ps []string
		for _, q := range res.Quiz.Questions {
			ps = append(ps, q.Prompt)
			if strings.HasPrefix(q.Prompt, "According to the article, ") && strings.Contains(q.Prompt, "“") && strings.Contains(q.Prompt, c.words) {
				stated = true
			}
		}
		if stated != c.stated {
			t.Errorf("%s: stated %v, want %v; prompts: %q", c.name, stated, c.stated, ps)
		}
	}
}
