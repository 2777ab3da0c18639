package format

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestCheckQuiz: a quiz from elsewhere than a file gets the file's
// checks, each problem naming its question by number.
func TestCheckQuiz(t *testing.T) {
	ok := quiz.Question{ID: "q1", Type: quiz.TrueFalse, Prompt: "Water is wet.", Truth: true}
	tests := []struct {
		name string
		bad  *quiz.Question
		want string // "" for no problem
	}{
		{"fine", nil, ""},
		{"choices empty", &quiz.Question{ID: "q2", Type: quiz.Single, Prompt: "Which?"}, "question 2: choice question has no right answer"},
		{"one choice", &quiz.Question{ID: "q2", Type: quiz.Single, Prompt: "Which?", Choices: []quiz.Choice{{Text: "a", Correct: true}}}, "question 2: choice question needs at least 2 choices"},
		{"pairs empty", &quiz.Question{ID: "q2", Type: quiz.Matching, Prompt: "Match"}, "question 2: matching question needs at least 2 pairs"},
		{"distractors kept", &quiz.Question{ID: "q2", Type: quiz.Matching, Prompt: "Match", Pairs: []quiz.Pair{{Item: "a", Match: "b"}, {Item: "c", Match: "d"}, {Match: "e"}}}, ""},
		{"only one item beside distractors", &quiz.Question{ID: "q2", Type: quiz.Matching, Prompt: "Match", Pairs: []quiz.Pair{{Item: "a", Match: "b"}, {Match: "d"}, {Match: "e"}}},
			"question 2: matching question needs at least 2 items with their match (an extra match without an item does not count)"},
		{"no prompt", &quiz.Question{ID: "q2", Type: quiz.TrueFalse}, "question 2: question has an empty prompt"},
		{"unknown type", &quiz.Question{ID: "q2", Type: "essay", Prompt: "Write"}, `question 2: unknown type "essay"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := &quiz.Quiz{Title: "T", Questions: []quiz.Question{ok}}
			if tt.bad != nil {
				q.Questions = append(q.Questions, *tt.bad)
			}
			ps := CheckQuiz(q)
			switch {
			case tt.want == "" && len(ps) != 0:
				t.Errorf("problems %v, want none", ps)
			case tt.want != "" && (len(ps) == 0 || !strings.HasPrefix(ps[0].Msg, tt.want)):
				t.Errorf("problems %v, want the first to start %q", ps, tt.want)
			}
			for _, p := range ps {
				if p.Line != 0 || p.File != "" || p.Warning {
					t.Errorf("problem %+v has a position, a file or is a warning", p)
				}
			}
		})
	}
}
