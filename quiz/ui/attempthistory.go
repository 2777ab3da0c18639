package ui

import (
	"fmt"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"
	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// AttemptHistory lists the learner's finished attempts at one quiz,
// newest first: when, score, time taken and what kind of session it was
// (a full attempt, a retry, a practice); then the questions the learner
// missed twice or more ("missed 3 times of 4").
type AttemptHistory struct {
	app.Compo

	QuizID string
	Quiz   *quiz.Quiz
}

func (h *AttemptHistory) Render() app.UI {
	attempts := learnerStore().Attempts(h.QuizID)
	if len(attempts) == 0 {
		return app.P().ID("history").Class("muted").Text("You have not finished this quiz yet.")
	}
	t := now()
	longest := store.Longest(attempts, h.QuizID)
	return app.Section().ID("history").Aria("labelledby", "history-title").Body(
		app.H2().ID("history-title").Text("Your attempts"),
		app.Div().Class("table-scroll").Body(
			app.Table().Class("history").Body(
				app.Caption().Class("visually-hidden").Text("Your finished attempts, newest first"),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("When"),
					app.Th().Scope("col").Text("Score"),
					app.Th().Scope("col").Text("Time"),
					app.Th().Scope("col").Text("Kind"),
				)),
				app.TBody().Body(
					app.Range(attempts).Slice(func(i int) app.UI {
						a := attempts[i]
						s := a.Summary(nil)
						return app.Tr().Body(
							app.Td().Body(app.Time().DateTime("%s", a.Finished.Format(time.RFC3339)).Text(relativeTime(a.Finished, t))),
							app.Td().Text(fmt.Sprintf("%s / %d (%d%%)", formatScore(s.Score), s.Max, s.Percent)),
							app.Td().Text(duration(s.Duration)),
							app.Td().Class("kind").Text(attemptKind(a, longest)),
						)
					}),
				),
			),
		),
		h.renderOftenMissed(),
	)
}

// attemptKind says what kind of session an attempt was. A record of the
// 2026-12-02 release has no mode: it was a full quiz when it played as
// many questions as the longest attempt, else a retry (store.Full).
func attemptKind(a *attempt.Attempt, longest int) string {
	switch {
	case a.Mode == review.ModePractice:
		return "practice"
	case store.Full(a, longest):
		return "full quiz"
	}
	return "retry"
}

// oftenMissed is a question missed twice or more.
type oftenMissed struct {
	Prompt        string
	Missed, Asked int
}

// renderOftenMissed lists the questions missed twice or more, in the
// quiz's order, so the learner sees what does not stick.
func (h *AttemptHistory) renderOftenMissed() app.UI {
	if h.Quiz == nil {
		return app.Text("")
	}
	counts := learnerStore().MissCounts(h.QuizID)
	var rows []oftenMissed
	for _, q := range h.Quiz.Questions {
		if c, ok := counts[q.ID]; ok && c.Missed >= 2 {
			rows = append(rows, oftenMissed{Prompt: q.Prompt, Missed: c.Missed, Asked: c.Asked})
		}
	}
	if len(rows) == 0 {
		return app.Text("")
	}
	return app.Section().ID("often-missed").Aria("labelledby", "often-missed-title").Body(
		app.H3().ID("often-missed-title").Text("Questions you missed twice or more"),
		app.Ul().Class("often-missed").Body(
			app.Range(rows).Slice(func(i int) app.UI {
				r := rows[i]
				return app.Li().Body(
					app.Span().Class("prompt").Text(r.Prompt),
					app.Text(" "),
					app.Span().Class("miss-count").Text(fmt.Sprintf("missed %d times of %d", r.Missed, r.Asked)),
				)
			}),
		),
	)
}
