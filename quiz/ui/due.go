package ui

import (
	"fmt"
	"math"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/review"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dueChanged is the action posted after an answer is recorded: the app
// bar and the home page count the cards due again.
const dueChanged = "factquiz/due-changed"

// dueCount is how many review cards are due now, across all quizzes.
func dueCount() int {
	return len(review.Due(learnerStore().Cards(), now()))
}

// dueTitle is a page title with the number of cards due: "Factquiz (5 due)".
func dueTitle(title string) string {
	if n := dueCount(); n > 0 {
		return fmt.Sprintf("%s (%d due)", title, n)
	}
	return title
}

// scheduler is the review scheduler with the learner's settings.
func scheduler() *review.Scheduler {
	return review.NewScheduler(learnerStore().Settings())
}

// recordAnswer schedules the question's card after an answer checked in
// a quiz, a retry, a practice or a review, and keeps the answer's log.
// took runs from the question shown to Check, at; the attempt records
// the answer at the same time, so that its log is found again after a
// reload (answerLog).
func recordAnswer(quizID string, q quiz.Question, res quiz.Result, mode review.Mode, took time.Duration, at time.Time) (review.Log, error) {
	if mode == "" {
		mode = review.ModeQuiz
	}
	took = max(took, 0)
	return learnerStore().Answer(scheduler(), quizID, q, res, mode, took, at)
}

// answerLog is the review log of the answer to a question checked at
// at, if it was kept: the feedback restored after a reload offers "I
// knew it" and "I guessed" again.
func answerLog(quizID, questionID string, at time.Time) (review.Log, bool) {
	logs := learnerStore().Logs()
	for i := len(logs) - 1; i >= 0; i-- {
		if l := logs[i]; l.QuizID == quizID && l.QuestionID == questionID && l.At.Equal(at) {
			return l, true
		}
	}
	return review.Log{}, false
}

// ratedAnswer is the answer just checked as its review log keeps it, and
// what the learner said of it after the feedback: "" (nothing), "knew"
// or "guessed".
type ratedAnswer struct {
	log   review.Log
	rated string
}

// change re-rates the answer ("I knew it", "I guessed"): the store reads
// its card and log afresh (another tab may have reviewed it since) and
// schedules the card again from where it was before this answer.
func (r *ratedAnswer) change(res quiz.Result, knew bool) error {
	if r.log.ID == "" {
		return nil
	}
	_, l, err := learnerStore().Rerate(scheduler(), r.log.ID, review.Override(res, knew))
	if err != nil {
		return err
	}
	r.log, r.rated = l, "guessed"
	if knew {
		r.rated = "knew"
	}
	return nil
}

// announceDue tells the components that count due cards to count again.
func announceDue(ctx app.Context) { ctx.NewAction(dueChanged) }

// untilWords says how long until t, the way a person would: "in 1
// minute", "in 3 hours", "in 4 days", "in 2 months", "now".
func untilWords(t, now time.Time) string {
	d := t.Sub(now)
	switch {
	case d < 30*time.Second:
		return "now"
	case d < time.Hour:
		return "in " + plural(max(1, int(math.Round(d.Minutes()))), "minute", "minutes")
	case d < 36*time.Hour:
		return "in " + plural(int(math.Round(d.Hours())), "hour", "hours")
	case d < 45*24*time.Hour:
		return "in " + plural(int(math.Round(d.Hours()/24)), "day", "days")
	case d < 365*24*time.Hour:
		return "in " + plural(int(math.Round(d.Hours()/24/30.44)), "month", "months")
	}
	return "in " + plural(int(math.Round(d.Hours()/24/365.25)), "year", "years")
}

// whenWords says when t is, with the day and time when it is close and
// the date when it is far: "Tuesday 14:00", "on 3 Mar 2027".
func whenWords(t, now time.Time) string {
	t = t.In(now.Location())
	if t.Sub(now) < 6*24*time.Hour {
		return t.Format("Monday 15:04")
	}
	return t.Format("2 Jan 2006")
}

// nextReviewText says when the next card falls due: "in 3 hours (Tuesday
// 14:00)"; ok is false when no card will.
func nextReviewText(cards []review.Card, now time.Time) (string, bool) {
	next, ok := review.NextDue(cards, now)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%s (%s)", untilWords(next, now), whenWords(next, now)), true
}

// reviewNotes are what reconciling the cards with the quizzes had to say
// (a question changed, questions removed), kept until the Review page
// shows them: the home page may reconcile first.
var reviewNotes []string

// reconcileCards brings the review cards in line with the quizzes of c
// (review.Reconcile) and saves the cards it changed. Cards of quizzes
// that are gone are retired only when every quiz could be read: a file
// that failed to load may still hold them.
func reconcileCards(c catalog) {
	complete := c.Err == nil
	var quizzes []*quiz.Quiz
	for _, f := range c.Files {
		if f.Quiz == nil || f.Problems.HasErrors() {
			complete = false
		}
		if f.Quiz != nil {
			quizzes = append(quizzes, f.Quiz)
		}
	}
	s := learnerStore()
	changed, notes := review.Reconcile(s.Cards(), quizzes, complete, now())
	for _, card := range changed {
		if err := s.SaveCard(card); err != nil {
			notes = append(notes, "A review card could not be saved: "+err.Error())
			break
		}
	}
	reviewNotes = append(reviewNotes, notes...)
}
