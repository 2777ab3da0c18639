package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// statementFlagged reports whether the checker says message of a true
// sentence statement on sentence of text (a quiz titled title), its date
// fact the first factText of the sentence, stated as statement.
func statementFlagged(t *testing.T, title, text, sentence, factText, statement, message string) bool {
	t.Helper()
	start, at := strings.Index(text, sentence), strings.Index(sentence, factText)
	if start < 0 || at < 0 {
		t.Fatalf("%q not in the text, or %q not in it", sentence, factText)
	}
	f := Fact{Kind: Date, Text: factText, Start: start + at, End: start + at + len(factText), Sentence: sentence, SentenceStart: start}
	q := quiz.Question{ID: "q1", Type: quiz.TrueFalse, Truth: true, Fact: string(Date), Prompt: "According to the article, " + statement,
		Evidence: sentence, Explanation: "The article says so."}
	res := Result{Quiz: &quiz.Quiz{Title: title, Questions: []quiz.Question{q}}, Facts: []Fact{f},
		Items: []Item{{QuestionID: "q1", Fact: 0, Answer: "true"}}}
	for _, p := range QualityProblems(text, res) {
		if strings.Contains(p.Message, message) {
			return true
		}
	}
	return false
}
