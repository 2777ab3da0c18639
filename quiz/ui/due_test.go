package ui

import (
	"testing"
	"time"

	"factquiz/quiz/review"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

func TestUntilWords(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		in   time.Duration
		want string
	}{
		{-time.Hour, "now"},
		{10 * time.Second, "now"},
		{40 * time.Second, "in 1 minute"},
		{10 * time.Minute, "in 10 minutes"},
		{59 * time.Minute, "in 59 minutes"},
		{time.Hour, "in 1 hour"},
		{3*time.Hour + 10*time.Minute, "in 3 hours"},
		{35 * time.Hour, "in 35 hours"},
		{4 * 24 * time.Hour, "in 4 days"},
		{44 * 24 * time.Hour, "in 44 days"},
		{61 * 24 * time.Hour, "in 2 months"},
		{800 * 24 * time.Hour, "in 2 years"},
	}
	for _, tt := range tests {
		if got := untilWords(now.Add(tt.in), now); got != tt.want {
			t.Errorf("untilWords(now+%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNextReviewText(t *testing.T) {
	now := time.Date(2026, 12, 1, 11, 0, 0, 0, time.UTC) // a Tuesday
	card := func(due time.Time, retired bool) review.Card {
		c := review.Card{QuizID: "q", QuestionID: due.String(), FSRS: fsrs.Card{Due: due}}
		if retired {
			c.Retired = now
		}
		return c
	}
	tests := []struct {
		name  string
		cards []review.Card
		want  string
		ok    bool
	}{
		{"no cards", nil, "", false},
		{"only due ones", []review.Card{card(now.Add(-time.Hour), false)}, "", false},
		{"the nearest of two", []review.Card{card(now.Add(50*time.Hour), false), card(now.Add(3*time.Hour), false)}, "in 3 hours (Tuesday 14:00)", true},
		{"a retired card is never due", []review.Card{card(now.Add(time.Hour), true), card(now.Add(30*24*time.Hour), false)}, "in 30 days (31 Dec 2026)", true},
	}
	for _, tt := range tests {
		got, ok := nextReviewText(tt.cards, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: nextReviewText = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
