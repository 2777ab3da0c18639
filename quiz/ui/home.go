package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Home lists every quiz as a card: title, question count, best score and
// when it was last played; a file with errors shows its problems instead.
type Home struct {
	app.Compo

	catalog catalog
	loaded  bool

	stopListening func()
}

// OnMount keeps the cards' scores current while another tab plays.
func (h *Home) OnMount(ctx app.Context) {
	h.stopListening = listenStorage(ctx, func(app.Context) {})
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
	ctx.Async(func() {
		c := loadCatalog()
		ctx.Dispatch(func(ctx app.Context) {
			h.catalog, h.loaded = c, true
		})
	})
}

func (h *Home) Render() app.UI {
	return page("home",
		app.H1().Text("Your quizzes"),
		app.P().Class("lead").Text("Answer one question at a time and see at once why an answer is right. Your scores stay in this browser, even offline."),
		app.If(!h.loaded, func() app.UI {
			return app.P().Class("muted").Attr("role", "status").Text("Loading quizzes…")
		}),
		app.If(h.catalog.Err != nil, func() app.UI {
			return app.P().Class("alert").Attr("role", "alert").Text(fmt.Sprint(h.catalog.Err))
		}),
		app.Ul().Class("cards").Aria("label", "Quizzes").Body(
			app.Range(h.catalog.Files).Slice(func(i int) app.UI {
				f := h.catalog.Files[i]
				return app.Li().Body(&QuizCard{File: f, Stats: learnerStore().Stats(f.ID)})
			}),
		),
		app.If(h.loaded && len(h.catalog.Files) == 0 && h.catalog.Err == nil, func() app.UI {
			return app.P().Text("There are no quizzes yet: make one from an article or open a question file.")
		}),
		&BackupPanel{OnRestored: func(ctx app.Context) { h.load(ctx) }},
	)
}
