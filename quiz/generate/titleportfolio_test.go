package generate

import (
	"testing"

	"factquiz/quiz"
)

// TestTitlePortfolio checks that a headline naming the right office's
// portfolio and no wrong one's gives an office question away, and that
// a headline naming none, or a wrong one's too, or only words every
// choice shares, does not.
func TestTitlePortfolio(t *testing.T) {
	office := func(right string, wrong ...string) quiz.Question {
		q := quiz.Question{Type: quiz.Single, Prompt: "What office does Lan Pham hold, according to the article?"}
		q.Choices = append(q.Choices, quiz.Choice{Text: right, Correct: true})
		for _, w := range wrong {
			q.Choices = append(q.Choices, quiz.Choice{Text: w})
		}
		return q
	}
	health := office("Deputy Minister of Health", "Deputy Minister of Finance", "Deputy Minister of Justice", "Deputy Minister of Education")
	tests := []struct {
		title string
		q     quiz.Question
		want  bool
	}{
		{"Deputy PM urges health ministry to act on flu season", health, true},
		{"Health officials brace for a busy winter", health, true},
		// No portfolio, or a wrong one's as well.
		{"Deputy PM urges ministries to act on flu season", health, false},
		{"Health and finance ministries agree on a budget", health, false},
		{"Justice reform stalls in parliament", health, false},
		// Words every choice shares tell nothing ("Deputy", "Vietnam").
		{"Vietnam deputy ministers meet in Hanoi",
			office("Deputy Foreign Minister of Vietnam", "President of Vietnam", "Deputy Foreign Minister of India", "President of India"), false},
	}
	for _, tc := range tests {
		if got := titlePortfolio(headlineText(tc.title), tc.q); got != tc.want {
			t.Errorf("titlePortfolio(%q) = %v, want %v", tc.title, got, tc.want)
		}
		away := titleGivesAway(tc.title, tc.q, tc.q.Choices[0].Text, Fact{Kind: Leader, Person: "Lan Pham", Office: "Deputy Minister of Health"})
		if tc.q.Choices[0].Text == "Deputy Minister of Health" && away != tc.want {
			t.Errorf("titleGivesAway(%q) = %v, want %v", tc.title, away, tc.want)
		}
	}
}
