package generate

import (
	"testing"

	"factquiz/quiz"
)

// TestTitleCountsOther checks a headline's number against a count: it
// gives the count away when it may count the same thing, not when a
// plural noun after it (past a modifier) counts another thing.
func TestTitleCountsOther(t *testing.T) {
	years := Fact{Kind: Count, Number: 2, Noun: "years"}
	people := Fact{Kind: Count, Number: 172, Noun: "people"}
	tests := []struct {
		name, title string
		f           Fact
		q           quiz.Question
		answer      string
		away        bool
	}{
		{"another noun after a modifier, a statement", "Two ex-police officers in Tarrow jailed after sabotaging inquiries", years,
			quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, Brandt was jailed for three years."}, "false", false},
		{"another noun after a modifier, a fill-in", "Two ex-police officers in Tarrow jailed after sabotaging inquiries", years,
			quiz.Question{Type: quiz.Number, Prompt: "Fill in the number: Brandt was jailed for _____ years."}, "2", false},
		{"another plural noun, a statement", "Two councillors in Tarrow jailed for fraud", years,
			quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, Brandt was jailed for three years."}, "false", false},
		// Refused: the headline's number may be the count's.
		{"the same noun", "Tarrow councillor jailed for two years", years,
			quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, Brandt was jailed for three years."}, "false", true},
		{"a number before a verb", "Two jailed after Tarrow fraud inquiry", years,
			quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, Brandt was jailed for three years."}, "false", true},
		{"a bare toll", "At least 172 dead in Tarrow floods", people,
			quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, at least 150 people died in the floods."}, "false", true},
		{"a modifier before the same noun", "Tarrow mayor gets two more years", years,
			quiz.Question{Type: quiz.Number, Prompt: "Fill in the number: Brandt was jailed for _____ years."}, "2", true},
	}
	for _, tc := range tests {
		if got := titleGivesAway(tc.title, tc.q, tc.answer, tc.f); got != tc.away {
			t.Errorf("%s: %q gives away %q: %v, want %v", tc.name, tc.title, tc.q.Prompt, got, tc.away)
		}
	}
}
