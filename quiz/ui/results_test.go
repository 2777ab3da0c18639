package ui

import (
	"testing"
	"time"

	"factquiz/quiz/attempt"
	"factquiz/quiz/review"
)

func TestComeBack(t *testing.T) {
	tests := []struct {
		order   []string
		current int
		want    int
	}{
		{[]string{"a", "b", "c"}, 3, 0},
		{[]string{"a", "b", "a", "c", "a"}, 5, 2},
		{[]string{"a", "b", "a", "c", "a"}, 3, 1}, // not reached yet: not counted
	}
	for _, tt := range tests {
		a := &attempt.Attempt{Order: tt.order, Current: tt.current}
		if got := comeBack(a); got != tt.want {
			t.Errorf("comeBack(%v at %d) = %d, want %d", tt.order, tt.current, got, tt.want)
		}
	}
}

func TestAttemptKind(t *testing.T) {
	done := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	mk := func(mode review.Mode, order ...string) *attempt.Attempt {
		return &attempt.Attempt{Mode: mode, Order: order, Current: len(order), Finished: done}
	}
	tests := []struct {
		name string
		a    *attempt.Attempt
		want string
	}{
		{"a full quiz", mk(review.ModeQuiz, "a", "b", "c"), "full quiz"},
		{"a retry", mk(review.ModeRetry, "b"), "retry"},
		{"a practice", mk(review.ModePractice, "a", "c"), "practice"},
		{"an old record with every question", mk("", "a", "b", "c"), "full quiz"},
		{"an old retry of fewer questions", mk("", "b", "c"), "retry"},
		{"a full quiz whose missed question came back", mk(review.ModeQuiz, "a", "b", "c", "a"), "full quiz"},
	}
	for _, tt := range tests {
		if got := attemptKind(tt.a, 3); got != tt.want {
			t.Errorf("%s: attemptKind = %q, want %q", tt.name, got, tt.want)
		}
	}
}
