package ui

import (
	"fmt"

	"factquiz/quiz/attempt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuizIntro is a quiz's first screen: what it is about, where its facts
// come from, how many questions it has, the Start button, "Practise
// mistakes" when some answers were wrong, and the learner's past attempts.
// With an attempt in progress it offers Resume and Start over instead.
type QuizIntro struct {
	app.Compo

	File quizFile
	// Mistakes is how many questions "Practise mistakes" would play.
	Mistakes int
	// Pending is the attempt in progress, if any: Resume goes on with it.
	Pending    *attempt.Attempt
	OnResume   func(app.Context)
	OnStart    func(app.Context)
	OnPractise func(app.Context)
}

func (i *QuizIntro) Render() app.UI {
	q := i.File.Quiz
	return app.Section().Class("intro").Aria("labelledby", "quiz-title").Body(
		app.H1().ID("quiz-title").TabIndex(-1).Text(q.Title),
		app.If(q.Description != "", func() app.UI { return app.P().Class("lead").Text(learnerDescription(q.Description)) }),
		app.If(q.Source != "", func() app.UI {
			return app.P().Class("muted").Body(app.Strong().Text("Source: "), app.Text(learnerSource(q.Source, q.Title)))
		}),
		app.P().Text(plural(len(q.Questions), "question", "questions")+", one at a time, with the answer and its evidence after each."),
		app.If(len(i.File.Problems.Warnings()) > 0, func() app.UI {
			return &ProblemList{Title: "Some parts of this file were skipped", Problems: i.File.Problems.Warnings()}
		}),
		app.If(i.Pending != nil, func() app.UI {
			n, total := i.Pending.Reached()
			return app.P().ID("intro-in-progress").Class("in-progress-text").
				Text(fmt.Sprintf("%s: %d of %d", inProgressLabel(i.Pending.Mode), n, total))
		}),
		app.Div().Class("actions").Body(
			app.If(i.Pending != nil, func() app.UI {
				return app.Button().ID("resume").Class("button primary").Type("button").Text("Resume").
					OnClick(func(ctx app.Context, e app.Event) { i.OnResume(ctx) })
			}),
			app.If(i.Pending != nil, func() app.UI {
				return app.Button().ID("start").Class("button").Type("button").Text("Start over").
					OnClick(func(ctx app.Context, e app.Event) { i.OnStart(ctx) })
			}).Else(func() app.UI {
				return app.Button().ID("start").Class("button primary").Type("button").Text("Start the quiz").
					OnClick(func(ctx app.Context, e app.Event) { i.OnStart(ctx) })
			}),
			app.If(i.Mistakes > 0 && i.OnPractise != nil, func() app.UI {
				return app.Button().ID("practise").Class("button").
					Text("Practise mistakes (" + plural(i.Mistakes, "question", "questions") + ")").
					OnClick(func(ctx app.Context, e app.Event) { i.OnPractise(ctx) })
			}),
		),
		&SharePanel{Quiz: q},
		&AttemptHistory{QuizID: i.File.ID, Quiz: q},
	)
}
