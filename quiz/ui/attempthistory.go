package ui

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// AttemptHistory lists the learner's finished attempts at one quiz,
// newest first: when, score and time taken.
type AttemptHistory struct {
	app.Compo

	QuizID string
}

func (h *AttemptHistory) Render() app.UI {
	attempts := learnerStore().Attempts(h.QuizID)
	if len(attempts) == 0 {
		return app.P().ID("history").Class("muted").Text("You have not finished this quiz yet.")
	}
	now := time.Now()
	return app.Section().ID("history").Aria("labelledby", "history-title").Body(
		app.H2().ID("history-title").Text("Your attempts"),
		app.Table().Class("history").Body(
			app.Caption().Class("visually-hidden").Text("Your finished attempts, newest first"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("When"),
				app.Th().Scope("col").Text("Score"),
				app.Th().Scope("col").Text("Time"),
			)),
			app.TBody().Body(
				app.Range(attempts).Slice(func(i int) app.UI {
					a := attempts[i]
					s := a.Summary(nil)
					return app.Tr().Body(
						app.Td().Body(app.Time().DateTime("%s", a.Finished.Format(time.RFC3339)).Text(relativeTime(a.Finished, now))),
						app.Td().Text(fmt.Sprintf("%s / %d (%d%%)", formatScore(s.Score), s.Max, s.Percent)),
						app.Td().Text(duration(s.Duration)),
					)
				}),
			),
		),
	)
}
