package progress

import (
	"time"

	"factquiz/quiz/review"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// StateCount is how many active cards are in one FSRS state.
type StateCount struct {
	State fsrs.State
	Label string // "New", "Learning", "Review", "Relearning"
	N     int
}

// states are FSRS's states in the chart's order, with the chart's words.
var states = []StateCount{
	{State: fsrs.New, Label: "New"},
	{State: fsrs.Learning, Label: "Learning"},
	{State: fsrs.Review, Label: "Review"},
	{State: fsrs.Relearning, Label: "Relearning"},
}

// CardStates counts the active (not retired) cards by FSRS state, every
// state listed, in the order new, learning, review, relearning. A card
// in a state FSRS does not define is not counted.
func CardStates(cards []review.Card) []StateCount {
	out := append([]StateCount(nil), states...)
	for _, c := range cards {
		if !c.Retired.IsZero() {
			continue
		}
		for i := range out {
			if out[i].State == c.FSRS.State {
				out[i].N++
			}
		}
	}
	return out
}

// DayCount is a number for one of the learner's days.
type DayCount struct {
	// Day is the day's midnight in the learner's time zone.
	Day time.Time
	N   int
}

// Day is the midnight that starts t's day in loc.
func Day(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
}

// addDays moves a midnight by n calendar days (a day of a clock change
// is 23 or 25 hours long).
func addDays(day time.Time, n int) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day()+n, 0, 0, 0, 0, day.Location())
}

// DuePerDay counts the active cards due on each of the n days from
// today in loc; a card already due counts today. later counts the active
// cards due after those days.
func DuePerDay(cards []review.Card, now time.Time, loc *time.Location, n int) (days []DayCount, later int) {
	today := Day(now, loc)
	days = make([]DayCount, n)
	for i := range days {
		days[i].Day = addDays(today, i)
	}
	end := addDays(today, n)
	for _, c := range cards {
		if !c.Retired.IsZero() {
			continue
		}
		due := c.FSRS.Due
		if !due.Before(end) {
			later++
			continue
		}
		i := 0
		for i+1 < n && !due.Before(days[i+1].Day) {
			i++
		}
		if n > 0 {
			days[i].N++
		}
	}
	return days, later
}

// DueNow counts the active cards due by now.
func DueNow(cards []review.Card, now time.Time) int {
	n := 0
	for _, c := range cards {
		if c.Retired.IsZero() && !c.FSRS.Due.After(now) {
			n++
		}
	}
	return n
}

// ReviewsToday counts the answers given on the Review page today in loc.
func ReviewsToday(logs []review.Log, now time.Time, loc *time.Location) int {
	today, tomorrow := Day(now, loc), addDays(Day(now, loc), 1)
	n := 0
	for _, l := range logs {
		if l.Mode == review.ModeReview && !l.At.Before(today) && l.At.Before(tomorrow) {
			n++
		}
	}
	return n
}

// Streak is the number of days in a row, in loc, on which the learner
// answered at least one question (in a quiz, a retry, practice or a
// review), ending today, or yesterday when nothing was answered yet
// today: the streak lasts until a whole day passes without an answer.
func Streak(h History, now time.Time, loc *time.Location) int {
	active := map[time.Time]bool{}
	mark := func(t time.Time) {
		if !t.IsZero() {
			active[Day(t, loc)] = true
		}
	}
	for _, a := range h.Attempts {
		if a == nil {
			continue
		}
		for _, ans := range a.Answers {
			if !ans.Skipped {
				mark(ans.At)
			}
		}
	}
	for _, l := range h.Logs {
		mark(l.At)
	}
	day := Day(now, loc)
	if !active[day] {
		day = addDays(day, -1)
	}
	n := 0
	for active[day] {
		n++
		day = addDays(day, -1)
	}
	return n
}
