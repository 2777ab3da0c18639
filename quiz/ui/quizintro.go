package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuizIntro is a quiz's first screen: what it is about, where its facts
// come from, how many questions it has, the Start button and the
// learner's past attempts.
type QuizIntro struct {
	app.Compo

	File    quizFile
	OnStart func(app.Context)
}

func (i *QuizIntro) Render() app.UI {
	q := i.File.Quiz
	return app.Section().Class("intro").Aria("labelledby", "quiz-title").Body(
		app.H1().ID("quiz-title").Text(q.Title),
		app.If(q.Description != "", func() app.UI { return app.P().Class("lead").Text(q.Description) }),
		app.If(q.Source != "", func() app.UI {
			return app.P().Class("muted").Body(app.Strong().Text("Source: "), app.Text(q.Source))
		}),
		app.P().Text(plural(len(q.Questions), "question", "questions")+", one at a time, with the answer and its evidence after each."),
		app.If(len(i.File.Problems.Warnings()) > 0, func() app.UI {
			return &ProblemList{Title: "Some parts of this file were skipped", Problems: i.File.Problems.Warnings()}
		}),
		app.Button().ID("start").Class("button primary").Text("Start the quiz").
			OnClick(func(ctx app.Context, e app.Event) { i.OnStart(ctx) }),
		&AttemptHistory{QuizID: i.File.ID},
	)
}
