package ui

import (
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"
)

func TestScoreComparison(t *testing.T) {
	q := &quiz.Quiz{ID: "k", Title: "K", Questions: []quiz.Question{
		{ID: "a", Type: quiz.TrueFalse, Prompt: "A?", Truth: true},
		{ID: "b", Type: quiz.TrueFalse, Prompt: "B?", Truth: true},
	}}
	t0 := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	// played finishes a full attempt (or a retry) with `right` right answers.
	played := func(id string, right int, mode review.Mode, at time.Time) *attempt.Attempt {
		a := attempt.NewMode(q, nil, mode, false, at, 1)
		a.ID = id
		for i := range q.Questions {
			v := i < right
			if _, err := a.Check(q, quiz.Response{Bool: &v}, at.Add(time.Duration(i+1)*time.Second)); err != nil {
				t.Fatal(err)
			}
			a.Next(at.Add(time.Duration(i+1) * time.Second))
		}
		return a
	}
	first := played("1", 1, review.ModeQuiz, t0)
	second := played("2", 2, review.ModeQuiz, t0.Add(time.Hour))
	third := played("3", 1, review.ModeQuiz, t0.Add(2*time.Hour))
	retry := played("r", 2, review.ModeRetry, t0.Add(3*time.Hour))
	tests := []struct {
		name     string
		a        *attempt.Attempt
		all      []*attempt.Attempt
		want     string
		wantBest bool
	}{
		{"first attempt", first, []*attempt.Attempt{first}, "", false},
		{"better: a new best", second, []*attempt.Attempt{first, second}, "100%, up from 50% last time; your best before was 50%.", true},
		{"worse", third, []*attempt.Attempt{first, second, third}, "50%, down from 100% last time; your best before was 100%.", false},
		{"a retry is not compared", retry, []*attempt.Attempt{first, second, retry}, "", false},
	}
	for _, tt := range tests {
		got, best := scoreComparison(tt.a, tt.all)
		if got != tt.want || best != tt.wantBest {
			t.Errorf("%s: %q, new best %v; want %q, %v", tt.name, got, best, tt.want, tt.wantBest)
		}
	}
}
