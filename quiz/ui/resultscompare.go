package ui

import (
	"fmt"
	"time"

	"factquiz/quiz/attempt"
	"factquiz/quiz/store"
)

// scoreComparison is how a finished full attempt compares with the
// learner's earlier full attempts at the quiz (retries and practice
// aside): "72%, up from 58% last time; best before 79%", and whether it
// is a new best. The first full attempt, or one that is not full, gets
// no comparison.
func scoreComparison(a *attempt.Attempt, all []*attempt.Attempt) (text string, newBest bool) {
	longest := longestOf(all, a)
	if !store.Full(a, longest) {
		return "", false
	}
	var prev *attempt.Attempt
	best := -1
	for _, o := range all {
		if o == nil || o.ID == a.ID || o.QuizID != a.QuizID || !store.Full(o, longest) || !o.Finished.Before(a.Finished) {
			continue
		}
		if prev == nil || o.Finished.After(prev.Finished) {
			prev = o
		}
		best = max(best, o.Percent())
	}
	if prev == nil {
		return "", false
	}
	p, last := a.Percent(), prev.Percent()
	switch {
	case p > last:
		text = fmt.Sprintf("%d%%, up from %d%% last time", p, last)
	case p < last:
		text = fmt.Sprintf("%d%%, down from %d%% last time", p, last)
	default:
		text = fmt.Sprintf("%d%%, the same as last time", p)
	}
	text += fmt.Sprintf("; your best before was %d%%.", best)
	return text, p > best
}

// longestOf is store.Longest over the attempts and a.
func longestOf(all []*attempt.Attempt, a *attempt.Attempt) int {
	return max(store.Longest(all, a.QuizID), a.Questions())
}

// pace is the time per question of an attempt: the average and the
// slowest answer, "" when the attempt has no answers.
func pace(a *attempt.Attempt) string {
	if len(a.Answers) == 0 {
		return ""
	}
	var slowest, total time.Duration
	from := a.Started
	for _, ans := range a.Answers {
		d := ans.At.Sub(from)
		from = ans.At
		if d < 0 {
			continue
		}
		total += d
		slowest = max(slowest, d)
	}
	avg := total / time.Duration(len(a.Answers))
	return "Time per question: " + duration(avg) + " on average, " + duration(slowest) + " at the slowest."
}
