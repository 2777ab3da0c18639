package ui

import (
	"fmt"

	"factquiz/quiz"
	"factquiz/quiz/attempt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Results is the end of an attempt: score, percentage, time taken, the
// missed questions with the learner's answer and the right one, and the
// ways to go on.
type Results struct {
	app.Compo

	Quiz      *quiz.Quiz
	Attempt   *attempt.Attempt
	SaveFail  bool
	OnRetry   func(app.Context)
	OnRestart func(app.Context)
	OnSave    func(app.Context)
}

func (r *Results) Render() app.UI {
	s := r.Attempt.Summary(r.Quiz)
	return app.Section().Class("results").Aria("labelledby", "results-title").Body(
		app.H1().ID("results-title").TabIndex(-1).Text("Results: "+r.Quiz.Title),
		app.P().ID("score").Class("score").Text(fmt.Sprintf("%s out of %d", formatScore(s.Score), s.Max)),
		app.P().ID("percent").Class("percent").Text(fmt.Sprintf("%d%%", s.Percent)),
		app.P().ID("duration").Text("Time taken: "+duration(s.Duration)),
		app.If(r.SaveFail, func() app.UI {
			return app.Button().ID("save-again").Class("button primary").Text("Try saving again").
				OnClick(func(ctx app.Context, e app.Event) { r.OnSave(ctx) })
		}),
		app.Div().Class("actions").Body(
			app.If(len(s.Missed) > 0, func() app.UI {
				return app.Button().ID("retry-missed").Class("button primary").
					Text("Retry the " + plural(len(s.Missed), "missed question", "missed questions")).
					OnClick(func(ctx app.Context, e app.Event) { r.OnRetry(ctx) })
			}),
			app.Button().ID("restart").Class("button").Text("Start again").
				OnClick(func(ctx app.Context, e app.Event) { r.OnRestart(ctx) }),
			app.A().Class("button").Href("/").Text("All quizzes"),
		),
		app.If(len(s.Missed) > 0, func() app.UI {
			return app.Section().Class("missed").Aria("labelledby", "missed-title").Body(
				app.H2().ID("missed-title").Text("Missed questions"),
				app.Ol().Body(
					app.Range(s.Missed).Slice(func(i int) app.UI {
						m := s.Missed[i]
						return app.Li().Class("missed-question").Body(
							app.P().Class("prompt").Text(m.Question.Prompt),
							app.P().Body(app.Strong().Text("Your answer: "), app.Text(orNone(m.Given))),
							app.P().Body(app.Strong().Text("The answer: "), app.Text(m.Correct)),
							app.If(m.Question.Evidence != "", func() app.UI {
								return app.Blockquote().Class("evidence").Text(m.Question.Evidence)
							}),
						)
					}),
				),
			)
		}).Else(func() app.UI {
			return app.P().Class("all-right").Text("You answered every question right.")
		}),
	)
}

// formatScore writes 7 or 7.5: partial credit can make halves.
func formatScore(v float64) string {
	return quiz.FormatNumber(float64(int(v*10+0.5)) / 10)
}

func orNone(s string) string {
	if s == "" {
		return "(no answer)"
	}
	return s
}
