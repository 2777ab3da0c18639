package ui

import (
	"fmt"
	"slices"
	"time"

	"factquiz/quiz/review"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Home lists every quiz as a card: title, question count, best and last
// scores, an attempt in progress, and the reviews due; a file with errors
// shows its problems instead. Above them it says how many questions are
// due for review, or when the next one will be.
type Home struct {
	app.Compo

	catalog catalog
	loaded  bool

	stopListening func()
}

// OnMount keeps the cards' scores current while another tab plays.
func (h *Home) OnMount(ctx app.Context) {
	h.stopListening = listenStorage(ctx, func(ctx app.Context) { h.setTitle(ctx) })
	ctx.Handle(dueChanged, func(ctx app.Context, _ app.Action) { h.setTitle(ctx) })
}

func (h *Home) OnDismount() {
	if h.stopListening != nil {
		h.stopListening()
	}
}

func (h *Home) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Factquiz")
	h.load(ctx)
}

// OnAppUpdate reloads the list: a new question file comes with a new version.
func (h *Home) OnAppUpdate(ctx app.Context) { h.load(ctx) }

func (h *Home) load(ctx app.Context) {
	if app.IsServer {
		return
	}
	h.setTitle(ctx)
	ctx.Async(func() {
		// The cards come from index.json alone (title, question count,
		// problems): no question file is fetched for them. The review
		// cards are reconciled with the files on the Review and Progress
		// pages, which read them.
		c := listCatalog()
		ctx.Dispatch(func(ctx app.Context) {
			h.catalog, h.loaded = c, true
			h.setTitle(ctx)
		})
		// A file with errors shows the checker's messages on its card:
		// only those files are fetched, after the cards are up.
		broken := func(f quizFile) bool { return f.Listed != nil && f.Listed.Errors > 0 }
		if !slices.ContainsFunc(c.Files, broken) {
			return
		}
		c.read(broken)
		ctx.Dispatch(func(ctx app.Context) { h.catalog = c })
	})
}

// setTitle puts the number of reviews due in the page's title.
func (h *Home) setTitle(ctx app.Context) {
	if app.IsServer {
		return
	}
	ctx.Page().SetTitle(dueTitle("Factquiz"))
}

func (h *Home) Render() app.UI {
	var due []review.Card
	var byQuiz map[string]int
	var notes map[string]string
	if h.loaded {
		saved := map[string]time.Time{}
		for _, u := range learnerStore().UserQuizzes() {
			saved[u.ID] = u.Saved
		}
		notes = cardNotes(h.catalog.Files, saved)
		due = review.Due(learnerStore().Cards(), now())
		byQuiz = map[string]int{}
		for _, c := range due {
			byQuiz[c.QuizID]++
		}
	}
	return page("home",
		app.H1().ID("home-title").TabIndex(-1).Text("Your quizzes"),
		app.P().Class("lead").Text("Answer one question at a time and see at once why an answer is right. Each question comes back for review when you are about to forget it. Your scores stay in this browser, even offline."),
		app.If(!h.loaded, func() app.UI {
			return app.P().Class("muted").Attr("role", "status").Text("Loading quizzes…")
		}),
		app.If(h.loaded, func() app.UI { return h.renderDue(len(due)) }),
		// Backups are on the Settings page; here only the reminder.
		&BackupReminder{Short: true},
		app.If(h.catalog.Err != nil, func() app.UI {
			return app.P().Class("alert").Attr("role", "alert").Text(fmt.Sprint(h.catalog.Err))
		}),
		app.Ul().Class("cards").Aria("label", "Quizzes").Body(
			app.Range(h.catalog.Files).Slice(func(i int) app.UI {
				f := h.catalog.Files[i]
				return app.Li().Body(&QuizCard{File: f, Stats: learnerStore().Stats(f.ID), Due: byQuiz[f.ID], Note: notes[f.ID]})
			}),
		),
		app.If(h.loaded && len(h.catalog.Files) == 0 && h.catalog.Err == nil, func() app.UI {
			return app.P().Text("There are no quizzes yet: make one from an article or open a question file.")
		}),
	)
}

// renderDue says how many questions are due for review, with the way to
// the Review page, or when the next one falls due.
func (h *Home) renderDue(n int) app.UI {
	if n > 0 {
		return app.Div().ID("review-due").Class("review-due").Body(
			app.P().ID("due-count").Text(plural(n, "question is", "questions are")+" due for review."),
			app.A().ID("review-now").Class("button primary").Href(appPath("/review")).Text("Review now"),
		)
	}
	next, ok := nextReviewText(learnerStore().Cards(), now())
	if !ok {
		return app.Div().ID("review-due")
	}
	return app.Div().ID("review-due").Class("review-due quiet").Body(
		app.P().ID("due-count").Text("Nothing to review now. Next review: " + next + "."),
	)
}
