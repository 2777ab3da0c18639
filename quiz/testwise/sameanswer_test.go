package testwise

import (
	"math"
	"testing"

	"factquiz/quiz"
)

// TestSameAnswer counts quizzes where answering every statement alike
// scores above chance, and quizzes where it does not.
func TestSameAnswer(t *testing.T) {
	tf := func(truths ...bool) []quiz.Question {
		var qs []quiz.Question
		for _, v := range truths {
			qs = append(qs, quiz.Question{Type: quiz.TrueFalse, Truth: v, Prompt: "The talks lasted 16 hours."})
		}
		return qs
	}
	single := quiz.Question{Type: quiz.Single, Choices: []quiz.Choice{{Text: "2019", Correct: true}, {Text: "2020"}}}
	tests := []struct {
		name       string
		qs         []quiz.Question
		hits, n    int
		gain       float64
		wantString string
	}{
		{"mostly true", tf(true, true, true, false), 3, 4, 25, "3/4 right (75%, 3 true), chance 50%, gain +25.0 points"},
		{"mostly false", tf(false, false, true, false, false), 4, 5, 30, "4/5 right (80%, 1 true), chance 50%, gain +30.0 points"},
		{"even", tf(true, false, false, true), 2, 4, 0, "2/4 right (50%, 2 true), chance 50%, gain +0.0 points"},
		{"other questions ignored", append(tf(true), single, single), 1, 1, 50, "1/1 right (100%, 1 true), chance 50%, gain +50.0 points"},
		{"none", []quiz.Question{single}, 0, 0, 0, "no true-or-false question"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s SameAnswer
			for _, q := range tc.qs {
				s.Add(q)
			}
			if s.Hits() != tc.hits || s.Questions != tc.n || math.Abs(s.Gain()-tc.gain) > 1e-9 || s.String() != tc.wantString {
				t.Errorf("got %d/%d gain %v %q, want %d/%d gain %v %q", s.Hits(), s.Questions, s.Gain(), s.String(), tc.hits, tc.n, tc.gain, tc.wantString)
			}
		})
	}
}
