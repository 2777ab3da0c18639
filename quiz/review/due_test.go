package review

import (
	"testing"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

func dueCard(quizID, questionID string, due time.Time, retired bool) Card {
	c := Card{QuizID: quizID, QuestionID: questionID, FSRS: fsrs.Card{Due: due, State: fsrs.Review}}
	if retired {
		c.Retired = t0.Add(-day)
	}
	return c
}

func keys(cs []Card) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Key())
	}
	return out
}

func TestDue(t *testing.T) {
	cards := []Card{
		dueCard("b", "q1", t0.Add(time.Hour), false),    // not yet
		dueCard("b", "q2", t0, false),                   // due now, same time as a/q2
		dueCard("a", "q2", t0, false),                   // due now
		dueCard("c", "q1", t0.Add(-2*day), false),       // long overdue
		dueCard("a", "q1", t0.Add(-time.Minute), false), // just due
		dueCard("z", "q9", t0.Add(-3*day), true),        // retired
	}
	tests := []struct {
		name string
		now  time.Time
		want []string
	}{
		{"now", t0, []string{"c/q1", "a/q1", "a/q2", "b/q2"}},
		{"an hour later", t0.Add(time.Hour), []string{"c/q1", "a/q1", "a/q2", "b/q2", "b/q1"}},
		{"three days before", t0.Add(-3 * day), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := keys(Due(cards, tt.now))
			if len(got) != len(tt.want) {
				t.Fatalf("Due = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("Due = %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestNextDue(t *testing.T) {
	cards := []Card{
		dueCard("a", "q1", t0.Add(-time.Hour), false),
		dueCard("a", "q2", t0.Add(3*time.Hour), false),
		dueCard("a", "q3", t0.Add(2*time.Hour), false),
		dueCard("a", "q4", t0.Add(time.Hour), true), // retired
	}
	tests := []struct {
		name  string
		cards []Card
		now   time.Time
		want  time.Time
		ok    bool
	}{
		{"the nearest after now", cards, t0, t0.Add(2 * time.Hour), true},
		{"a card due exactly now is due, not next", cards, t0.Add(2 * time.Hour), t0.Add(3 * time.Hour), true},
		{"all due", cards, t0.Add(4 * time.Hour), time.Time{}, false},
		{"no cards", nil, t0, time.Time{}, false},
		{"only retired ones later", cards[3:], t0, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := NextDue(tt.cards, tt.now)
			if ok != tt.ok || !got.Equal(tt.want) {
				t.Errorf("NextDue = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
