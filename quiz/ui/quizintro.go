package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuizIntro is a quiz's first screen: what it is about, where its facts
// come from, how many questions it has, the Start button, "Practise
// mistakes" when some answers were wrong, and the learner's past attempts.
type QuizIntro struct {
	app.Compo

	File quizFile
	// Mistakes is how many questions "Practise mistakes" would play.
	Mistakes   int
	OnStart    func(app.Context)
	OnPractise func(app.Context)
}

func (i *QuizIntro) Render() app.UI {
	q := i.File.Quiz
	return app.Section().Class("intro").Aria("labelledby", "quiz-title").Body(
		app.H1().ID("quiz-title").TabIndex(-1).Text(q.Title),
		app.If(q.Description != "", func() app.UI { return app.P().Class("lead").Text(q.Description) }),
		app.If(q.Source != "", func() app.UI {
			return app.P().Class("muted").Body(app.Strong().Text("Source: "), app.Text(q.Source))
		}),
		app.P().Text(plural(len(q.Questions), "question", "questions")+", one at a time, with the answer and its evidence after each."),
		app.If(len(i.File.Problems.Warnings()) > 0, func() app.UI {
			return &ProblemList{Title: "Some parts of this file were skipped", Problems: i.File.Problems.Warnings()}
		}),
		app.Div().Class("actions").Body(
			app.Button().ID("start").Class("button primary").Text("Start the quiz").
				OnClick(func(ctx app.Context, e app.Event) { i.OnStart(ctx) }),
			app.If(i.Mistakes > 0 && i.OnPractise != nil, func() app.UI {
				return app.Button().ID("practise").Class("button").
					Text("Practise mistakes (" + plural(i.Mistakes, "question", "questions") + ")").
					OnClick(func(ctx app.Context, e app.Event) { i.OnPractise(ctx) })
			}),
		),
		&AttemptHistory{QuizID: i.File.ID, Quiz: q},
	)
}
