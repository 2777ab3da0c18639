package generate

import (
	"strings"
	"testing"
)

// TestQuoteCutBeforeAdverb: a quotation is not cut before the phrase
// that separates its verb from the adverb closing the clause ("takes
// Harwick’s position | as … seriously"); with no excerpt left the quiz
// asks the other quotation.
func TestQuoteCutBeforeAdverb(t *testing.T) {
	text := `Province Opens New Office in Harwick

The province will open a regional office in Harwick next spring, bringing 120 public service jobs to the city.

“Today’s decision is further proof that our province takes Harwick’s position as our third-largest city and a trade and tourism hub for the east coast seriously,” said Premier Dana Reeve.

“More good news for Harwick,” said Mayor Tom Vell, who has asked for the office since his election in 2021.

The office will open on Carling Avenue in a building the province bought last year for $18 million.
`
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.Contains(q.Prompt, "position”") {
			t.Errorf("quotation cut before its adverb: %q", q.Prompt)
		}
	}
}
