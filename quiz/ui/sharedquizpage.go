package ui

import (
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/format"
	"factquiz/quiz/share"
	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// SharedQuizPage is /shared#quiz=…: a quiz that came in a link (see
// SharePanel). The fragment is read in the browser only (it never
// reaches a server, and the prerendered page knows nothing of it),
// checked like a question file, and shown with "Take it" and "Keep it".
// Everything from the link is shown as text, never as HTML, and never in
// the page title or an attribute.
type SharedQuizPage struct {
	app.Compo

	read     bool // the fragment was read (false while prerendered)
	quiz     *quiz.Quiz
	problems format.Problems
	id       string // the own quiz this one is, or would be, kept as
	kept     bool   // an own quiz of that ID exists
	status   string
	saveErr  string
}

// sharedQuizID is the own-quiz ID of a shared quiz: by its content, so
// that the same link opened twice is kept once.
func sharedQuizID(q *quiz.Quiz) string { return "user-shared-" + share.Fingerprint(q) }

func (p *SharedQuizPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("A shared quiz · Factquiz")
	if app.IsServer {
		return
	}
	p.read, p.status, p.saveErr = true, "", ""
	if frag := app.Window().URL().Fragment; strings.HasPrefix(frag, share.ResultKey) {
		// A learner's result sent to this address: it is the teachers'
		// page's to read.
		ctx.Navigate(appPath("/teacher") + "#" + frag)
		return
	}
	p.quiz, p.problems = share.Decode(app.Window().URL().Fragment)
	if p.quiz != nil && len(p.quiz.Questions) == 0 {
		p.quiz = nil
	}
	if p.quiz != nil {
		p.id = sharedQuizID(p.quiz)
		_, p.kept = learnerStore().UserQuiz(p.id)
	}
}

// keep saves the quiz among the learner's own, once: the ID comes from
// the content, so keeping it again finds it there.
func (p *SharedQuizPage) keep(ctx app.Context, take bool) {
	if p.quiz == nil {
		return
	}
	if _, ok := learnerStore().UserQuiz(p.id); !ok {
		u := store.UserQuiz{ID: p.id, Quiz: *p.quiz, FileName: share.FileName, Format: string(format.Native)}
		if _, err := learnerStore().SaveUserQuiz(u); err != nil {
			msg := err.Error()
			p.saveErr = strings.ToUpper(msg[:1]) + msg[1:] + ". Nothing was changed; the link still holds the quiz."
			p.status = ""
			return
		}
		p.status = "Kept “" + p.quiz.Title + "” among your own quizzes."
	} else {
		p.status = "“" + p.quiz.Title + "” is already among your own quizzes: it was not kept twice."
	}
	p.kept, p.saveErr = true, ""
	if take {
		ctx.Navigate(quizPath(p.id))
	}
}

func (p *SharedQuizPage) Render() app.UI {
	switch {
	case !p.read:
		return page("shared",
			app.H1().ID("shared-title").Text("A shared quiz"),
			app.P().Class("muted").Text("Opening the quiz in this link…"),
		)
	case p.quiz == nil:
		return page("shared",
			app.H1().ID("shared-title").Text("This link does not open a quiz"),
			app.P().Class("lead").Text("Nothing was kept or changed. Ask whoever sent it for the link again, or for the quiz as a file (open it on the Open a file page)."),
			&ProblemList{Title: "What is wrong with the link", Problems: p.problems},
			app.P().Body(app.A().Href(appPath("/")).Text("Back to the quizzes")),
		)
	}
	q := p.quiz
	return page("shared",
		app.P().Class("muted").Text("A quiz shared with a link"),
		app.H1().ID("shared-title").Text(q.Title),
		app.If(q.Description != "", func() app.UI { return app.P().Class("lead").Text(learnerDescription(q.Description)) }),
		app.P().ID("shared-count").Text(plural(len(q.Questions), "question", "questions")),
		app.If(q.Source != "", func() app.UI {
			return app.P().ID("shared-source").Class("muted").Body(app.Strong().Text("Source: "), app.Text(learnerSource(q.Source, q.Title)))
		}),
		app.If(len(p.problems) > 0, func() app.UI {
			return &ProblemList{Title: "Some parts of this quiz were skipped", Problems: p.problems}
		}),
		app.If(p.saveErr != "", func() app.UI {
			return app.P().ID("shared-save-error").Class("alert").Attr("role", "alert").Text(p.saveErr)
		}),
		app.Div().Class("actions").Body(
			app.Button().ID("shared-take").Class("button primary").Type("button").Text("Take it").
				OnClick(func(ctx app.Context, e app.Event) { p.keep(ctx, true) }),
			app.Button().ID("shared-keep").Class("button").Type("button").Text("Keep it").
				OnClick(func(ctx app.Context, e app.Event) { p.keep(ctx, false) }),
		),
		app.P().Class("muted").Text("Take it and Keep it both keep the quiz in this browser, among your own quizzes, so that your answers are saved; the same link kept twice is kept once."),
		app.P().ID("shared-status").Class("muted").Attr("role", "status").Aria("live", "polite").Text(p.status),
	)
}
