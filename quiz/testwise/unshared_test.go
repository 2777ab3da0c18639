package testwise

import (
	"math"
	"slices"
	"testing"

	"factquiz/quiz"
)

// TestUnshared plays the cross-question strategy on quizzes whose
// same-form questions repeat their wrong choices, and on quizzes where
// they do not.
func TestUnshared(t *testing.T) {
	office := func(right string, wrong ...string) quiz.Question {
		q := quiz.Question{Type: quiz.Single, Prompt: "What office does Mara Lind hold?", Choices: []quiz.Choice{{Text: right, Correct: true}}}
		for _, w := range wrong {
			q.Choices = append(q.Choices, quiz.Choice{Text: w})
		}
		return q
	}
	tf := quiz.Question{Type: quiz.TrueFalse, Truth: true, Prompt: "Mara Lind is the Mayor."}
	tests := []struct {
		name  string
		qs    []quiz.Question
		picks []int // of the first question
		hits  float64
		n     int
	}{
		{"same three wrong offices", []quiz.Question{
			office("Prime Minister", "Foreign Minister", "Finance Minister", "Interior Minister"),
			office("Chief Minister", "Foreign Minister", "Finance Minister", "Interior Minister"),
		}, []int{0}, 2, 2},
		{"wrong offices varied", []quiz.Question{
			office("Prime Minister", "Foreign Minister", "Finance Minister", "Interior Minister"),
			office("Chief Minister", "Health Minister", "Defence Minister", "Trade Minister"),
		}, nil, 0, 0},
		{"one shared among four", []quiz.Question{
			office("Prime Minister", "Foreign Minister", "Finance Minister", "Interior Minister"),
			office("Chief Minister", "Foreign Minister", "Defence Minister", "Trade Minister"),
		}, []int{0, 2, 3}, 2.0 / 3, 2},
		{"the answer offered wrong elsewhere", []quiz.Question{
			office("Prime Minister", "Foreign Minister", "Finance Minister", "Interior Minister"),
			office("Chief Minister", "Prime Minister", "Finance Minister", "Interior Minister"),
		}, []int{1}, 1, 2}, // the first wrongly, the second rightly
		{"alone of its form", []quiz.Question{
			office("Prime Minister", "Foreign Minister", "Finance Minister", "Interior Minister"),
			office("1998", "1996", "2000", "2002"), tf,
		}, nil, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := UnsharedPicks(tc.qs, 0); !slices.Equal(got, tc.picks) {
				t.Errorf("picks %v, want %v", got, tc.picks)
			}
			s := Unshared(tc.qs)
			if math.Abs(s.Hits-tc.hits) > 1e-9 || s.Applied != tc.n {
				t.Errorf("got %.2f/%d, want %.2f/%d", s.Hits, s.Applied, tc.hits, tc.n)
			}
		})
	}
}
