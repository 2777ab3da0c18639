package generate

import (
	"testing"

	"factquiz/quiz"
)

// TestOtherPromptDatesAnswer checks a date question beside another
// question whose prompt dates the same event: a month only the right
// choice holds gives it away; a month two choices hold, or a prompt on
// another event, does not.
func TestOtherPromptDatesAnswer(t *testing.T) {
	q := quiz.Question{Type: quiz.Single, Prompt: "When was the takeover of the ferry company announced by the harbour board?",
		Choices: []quiz.Choice{{Text: "March 2014", Correct: true}, {Text: "May 2014"}, {Text: "October 2014"}, {Text: "January 2015"}}}
	f := Fact{Kind: Date, Text: "March 2014"}
	tests := []struct {
		prompt string
		want   bool
	}{
		{"According to the article, the first price announced by the harbour board in March was about $40 million.", true},
		{"According to the article, the takeover was announced in March.", true},
		// Another event: the learner cannot tie the month to the takeover.
		{"According to the article, the new quay opened in March.", false},
		// A month no choice holds, or a prompt with no date.
		{"According to the article, the first price announced by the harbour board in June was about $40 million.", false},
		{"According to the article, the first price announced by the harbour board was about $40 million.", false},
	}
	for _, tc := range tests {
		if got := promptGivesAway(normalize(tc.prompt), tc.prompt, q, "march 2014", f, nil); got != tc.want {
			t.Errorf("%q gives away %q: got %v, want %v", tc.prompt, q.Prompt, got, tc.want)
		}
	}
	// A month two choices hold points to neither.
	q2 := q
	q2.Choices = []quiz.Choice{{Text: "March 2014", Correct: true}, {Text: "March 2013"}, {Text: "October 2014"}, {Text: "January 2015"}}
	p := "According to the article, the first price announced by the harbour board in March was about $40 million."
	if promptGivesAway(normalize(p), p, q2, "march 2014", f, nil) {
		t.Errorf("%q gives away a March among two", p)
	}
}
