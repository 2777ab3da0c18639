package ui

import (
	"time"

	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// OwnQuizList shows the learner's own quizzes, kept in this browser: the
// files they opened and the quizzes made from articles, each with a link
// to play it and a Delete button; after a deletion, Undo.
type OwnQuizList struct {
	app.Compo

	Quizzes  []store.UserQuiz
	Deleted  *store.UserQuiz
	OnDelete func(ctx app.Context, id string)
	OnUndo   func(ctx app.Context)
}

func (l *OwnQuizList) Render() app.UI {
	return app.Section().ID("own-quizzes").Aria("labelledby", "own-quizzes-title").Body(
		app.H2().ID("own-quizzes-title").TabIndex(-1).Text("Your own quizzes"),
		app.If(l.Deleted != nil, func() app.UI {
			return app.P().Class("deleted").Body(
				app.Text("Deleted “"+l.Deleted.Quiz.Title+"”. "),
				app.Button().ID("undo-delete").Class("button").Type("button").Text("Undo").
					OnClick(func(ctx app.Context, e app.Event) { l.OnUndo(ctx) }),
			)
		}),
		app.If(len(l.Quizzes) == 0, func() app.UI {
			return app.P().Class("muted").Text("None yet. The files you open here are kept in this browser, even offline.")
		}).Else(func() app.UI {
			return app.Ul().Class("own-list").Body(
				app.Range(l.Quizzes).Slice(func(i int) app.UI {
					u := l.Quizzes[i]
					from := "made from an article"
					if u.FileName != "" {
						from = "from " + u.FileName
					}
					return app.Li().Class("own-quiz").Body(
						app.A().Href(quizPath(u.ID)).Text(u.Quiz.Title),
						app.Span().Class("muted").Text(" · "+plural(len(u.Quiz.Questions), "question", "questions")+" · "+from+" · kept "+relativeTime(u.Saved, time.Now())+" "),
						app.Button().Class("button delete-own").Type("button").Body(
							app.Text("Delete"),
							// The quiz's name for screen readers, as text: it
							// comes from a file and stays out of attributes.
							app.Span().Class("visually-hidden").Text(" "+u.Quiz.Title),
						).OnClick(func(ctx app.Context, e app.Event) { l.OnDelete(ctx, u.ID) },
							// go-app keeps a reused button's handler unless its
							// scope changes: without it, Delete would target
							// the quiz that was in this row before.
							app.EventScope(u.ID)),
					)
				}),
			)
		}),
	)
}
