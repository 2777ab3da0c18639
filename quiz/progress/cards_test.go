package progress

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

func TestCardStates(t *testing.T) {
	retired := card("valley", "old", "", fsrs.Review, utc)
	retired.Retired = utc
	tests := []struct {
		name  string
		cards []review.Card
		want  string
	}{
		{"no card", nil, "New 0, Learning 0, Review 0, Relearning 0"},
		{"each state counted, retired cards not", []review.Card{
			card("valley", "a", "", fsrs.Review, utc),
			card("valley", "b", "", fsrs.Learning, utc),
			card("rivers", "a", "", fsrs.Review, utc),
			card("valley", "c", "", fsrs.Relearning, utc),
			card("valley", "d", "", fsrs.New, utc),
			card("valley", "e", "", fsrs.Review, utc),
			retired,
			card("valley", "f", "", fsrs.State(9), utc),
		}, "New 1, Learning 1, Review 3, Relearning 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var parts []string
			for _, s := range CardStates(tt.cards) {
				parts = append(parts, fmt.Sprintf("%s %d", s.Label, s.N))
			}
			if got := strings.Join(parts, ", "); got != tt.want {
				t.Errorf("CardStates:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("time zone %s: %v", name, err)
	}
	return loc
}

func TestDuePerDay(t *testing.T) {
	tokyo := time.FixedZone("UTC+9", 9*3600)
	at := func(s string) time.Time {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	retired := card("valley", "old", "", fsrs.Review, at("2026-11-03T10:00:00Z"))
	retired.Retired = utc
	tests := []struct {
		name  string
		now   time.Time
		loc   *time.Location
		cards []review.Card
		// want lists the days with cards as "day:count", day 0 being today.
		want   string
		later  int
		dueNow int
	}{
		{"no card", utc, time.UTC, nil, "", 0, 0},
		{"overdue cards count today; the 30th day is the last", utc, time.UTC, []review.Card{
			card("valley", "a", "", fsrs.Review, at("2026-11-20T08:00:00Z")),
			card("valley", "b", "", fsrs.Review, at("2026-12-02T23:59:59Z")),
			card("valley", "c", "", fsrs.Learning, at("2026-12-03T00:00:00Z")),
			card("valley", "d", "", fsrs.Review, at("2026-12-31T23:00:00Z")),
			card("valley", "e", "", fsrs.Review, at("2027-01-01T00:00:00Z")),
			card("valley", "f", "", fsrs.Review, at("2027-06-01T00:00:00Z")),
			retired,
		}, "0:2 1:1 29:1", 2, 1},
		{"days are the learner's: 20:00 UTC is tomorrow in Tokyo", utc.Add(-2 * time.Hour), tokyo, []review.Card{
			card("valley", "a", "", fsrs.Review, at("2026-12-02T14:59:00Z")), // 23:59 in Tokyo, today
			card("valley", "b", "", fsrs.Review, at("2026-12-02T20:00:00Z")), // 05:00 on the 3rd in Tokyo
		}, "0:1 1:1", 0, 0},
		{"a day with a clock change is one day", time.Date(2027, 3, 27, 12, 0, 0, 0, mustZone(t, "Europe/Paris")), mustZone(t, "Europe/Paris"), []review.Card{
			card("valley", "a", "", fsrs.Review, at("2027-03-28T21:30:00Z")), // 23:30 summer time on the 28th
			card("valley", "b", "", fsrs.Review, at("2027-03-28T22:30:00Z")), // 00:30 on the 29th
		}, "1:1 2:1", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			days, later := DuePerDay(tt.cards, tt.now, tt.loc, DueDays)
			if got := DueNow(tt.cards, tt.now); got != tt.dueNow {
				t.Errorf("DueNow = %d, want %d", got, tt.dueNow)
			}
			if len(days) != DueDays {
				t.Fatalf("%d days, want %d", len(days), DueDays)
			}
			var parts []string
			today := Day(tt.now, tt.loc)
			for i, d := range days {
				if want := today.AddDate(0, 0, i); !d.Day.Equal(want) {
					t.Errorf("day %d starts %s, want %s", i, d.Day, want)
				}
				if d.N > 0 {
					parts = append(parts, fmt.Sprintf("%d:%d", i, d.N))
				}
			}
			if got := strings.Join(parts, " "); got != tt.want {
				t.Errorf("due per day: got %q, want %q", got, tt.want)
			}
			if later != tt.later {
				t.Errorf("due later: got %d, want %d", later, tt.later)
			}
		})
	}
}

func TestStreakAndReviewsToday(t *testing.T) {
	q := valley()
	newYork := mustZone(t, "America/New_York")
	// utc is 10:00 in New York on 2 December.
	h := func(days ...int) History {
		var logs []review.Log
		for _, d := range days {
			logs = append(logs, reviewLog("valley", "signed", review.ModeReview, true, utc.AddDate(0, 0, d)))
		}
		return History{Logs: logs}
	}
	tests := []struct {
		name    string
		history func(t *testing.T) History
		now     time.Time
		loc     *time.Location
		streak  int
		today   int
	}{
		{"nothing done", func(*testing.T) History { return History{} }, utc, time.UTC, 0, 0},
		{"today and the two days before", func(*testing.T) History { return h(0, -1, -2, -4) }, utc, time.UTC, 3, 1},
		{"nothing yet today: the streak of yesterday lasts", func(*testing.T) History { return h(-1, -2) }, utc, time.UTC, 2, 0},
		{"a whole day missed ends it", func(*testing.T) History { return h(-2, -3) }, utc, time.UTC, 0, 0},
		{"quizzes, retries and practice count for the streak, not as reviews", func(t *testing.T) History {
			return History{
				Attempts: []*attempt.Attempt{
					played(t, q, nil, review.ModeQuiz, false, utc.Add(-time.Hour), "signed"),
					played(t, q, []string{"mayor"}, review.ModeRetry, false, utc.AddDate(0, 0, -1), "mayor"),
				},
				Logs: []review.Log{
					reviewLog("valley", "where", review.ModePractice, true, utc.AddDate(0, 0, -2)),
					reviewLog("valley", "where", review.ModeQuiz, true, utc.Add(-time.Hour)),
				},
			}
		}, utc, time.UTC, 3, 0},
		{"days in the learner's zone", func(*testing.T) History {
			return History{Logs: []review.Log{
				// 3 December 02:00 UTC is still 2 December in New York.
				reviewLog("valley", "a", review.ModeReview, true, time.Date(2026, 12, 3, 2, 0, 0, 0, time.UTC)),
				// 2 December 03:00 UTC is 1 December in New York.
				reviewLog("valley", "b", review.ModeReview, false, time.Date(2026, 12, 2, 3, 0, 0, 0, time.UTC)),
				reviewLog("valley", "c", review.ModeReview, true, time.Date(2026, 12, 2, 14, 0, 0, 0, time.UTC)),
			}}
		}, time.Date(2026, 12, 3, 3, 0, 0, 0, time.UTC), newYork, 2, 2},
		{"skipped questions are no answer", func(t *testing.T) History {
			a := attempt.NewMode(q, nil, review.ModeQuiz, true, utc.Add(-time.Hour), 1)
			for !a.Done() && len(a.Answers) < 5 {
				a.Next(utc.Add(-time.Hour))
			}
			a.Finished = utc
			return History{Attempts: []*attempt.Attempt{a}}
		}, utc, time.UTC, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hist := tt.history(t)
			if got := Streak(hist, tt.now, tt.loc); got != tt.streak {
				t.Errorf("Streak = %d, want %d", got, tt.streak)
			}
			if got := ReviewsToday(hist.Logs, tt.now, tt.loc); got != tt.today {
				t.Errorf("ReviewsToday = %d, want %d", got, tt.today)
			}
		})
	}
}

func TestBuildForQuiz(t *testing.T) {
	q := valley()
	other := &quiz.Quiz{ID: "rivers", Title: "Rivers", Questions: []quiz.Question{choice("long", "count")}}
	h := History{
		Quizzes: []*quiz.Quiz{q, other},
		Attempts: []*attempt.Attempt{
			played(t, q, nil, review.ModeQuiz, false, utc.Add(-2*time.Hour), "signed", "mayor", "villages"),
			played(t, other, nil, review.ModeQuiz, false, utc.Add(-3*time.Hour), "long"),
		},
		Cards: []review.Card{
			card("valley", "signed", "date", fsrs.Review, utc.AddDate(0, 0, 2)),
			card("valley", "mayor", "leader", fsrs.Learning, utc.AddDate(0, 0, 1)),
			card("rivers", "long", "count", fsrs.Review, utc.AddDate(0, 0, 5)),
		},
		Logs: []review.Log{
			reviewLog("valley", "signed", review.ModeReview, true, utc.Add(-time.Hour)),
			reviewLog("rivers", "long", review.ModeReview, true, utc.Add(-time.Hour)),
			reviewLog("rivers", "long", review.ModeReview, true, utc.AddDate(0, 0, -1)),
		},
	}
	tests := []struct {
		quizID  string
		series  int
		answers int
		cards   int
		streak  int
		today   int
		kinds   string
	}{
		{"", 2, 9, 3, 2, 2, "Dates 2/2 100%, Leaders 1/1 100%, Counts 4/4 100%, Places 0/1 0%, Hand-written 0/1 0%"},
		{"valley", 1, 6, 2, 1, 1, "Dates 2/2 100%, Leaders 1/1 100%, Counts 1/1 100%, Places 0/1 0%, Hand-written 0/1 0%"},
		{"rivers", 1, 3, 1, 2, 1, "Counts 3/3 100%"},
		{"nothing", 0, 0, 0, 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run("quiz "+tt.quizID, func(t *testing.T) {
			r := Build(h.ForQuiz(tt.quizID), utc, time.UTC)
			cards := 0
			for _, s := range r.States {
				cards += s.N
			}
			due := 0
			for _, d := range r.Due {
				due += d.N
			}
			if len(r.Scores) != tt.series || r.Answers != tt.answers || cards != tt.cards || due+r.DueLater != tt.cards ||
				r.Streak != tt.streak || r.ReviewsToday != tt.today || accText(r.ByKind) != tt.kinds {
				t.Errorf("Build: %d series, %d answers, %d cards (%d due within %d days, %d later), streak %d, %d reviews today, kinds %s;\nwant %d series, %d answers, %d cards, streak %d, %d today, kinds %s",
					len(r.Scores), r.Answers, cards, due, DueDays, r.DueLater, r.Streak, r.ReviewsToday, accText(r.ByKind),
					tt.series, tt.answers, tt.cards, tt.streak, tt.today, tt.kinds)
			}
		})
	}
}
