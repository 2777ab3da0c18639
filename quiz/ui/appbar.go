package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// AppBar is the header of every page: the app's name, the navigation
// (Quizzes, Review with the number of questions due, Progress, then the
// tools) and the offers to install the app or reload into a new version.
// On a phone it keeps to one row: the icon, Quizzes, Review, Progress and
// a Menu button that shows the rest.
type AppBar struct {
	app.Compo

	updateAvailable bool
	installable     bool
	apple           bool
	showAppleHelp   bool
	menuOpen        bool
	due             int
	section         string // the learner's place the page belongs to, marked aria-current

	stopListening func()
	stopTicking   chan struct{}
}

func (b *AppBar) OnMount(ctx app.Context) {
	b.section = navSection(routePath(ctx))
	b.updateAvailable = ctx.AppUpdateAvailable() && workerUpdated()
	b.installable = ctx.IsAppInstallable()
	b.apple = ctx.IsAppleBrowser() && !isStandalone()
	b.due = dueCount()
	ctx.Handle(dueChanged, func(ctx app.Context, _ app.Action) { b.due = dueCount() })
	b.stopListening = listenStorage(ctx, func(app.Context) { b.due = dueCount() })
	// Cards fall due as time passes: count again every minute.
	stop := make(chan struct{})
	b.stopTicking = stop
	ctx.Async(func() {
		t := time.NewTicker(time.Minute)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				ctx.Dispatch(func(ctx app.Context) {
					if n := dueCount(); n != b.due {
						b.due = n
					} else {
						ctx.PreventUpdate()
					}
				})
			}
		}
	})
}

func (b *AppBar) OnDismount() {
	if b.stopListening != nil {
		b.stopListening()
	}
	if b.stopTicking != nil {
		close(b.stopTicking)
		b.stopTicking = nil
	}
}

// OnNav counts the reviews due again: time passed since the last page.
func (b *AppBar) OnNav(ctx app.Context) {
	b.menuOpen = false
	b.section = navSection(routePath(ctx))
	if !app.IsServer {
		b.due = dueCount()
	}
}

func (b *AppBar) OnAppUpdate(ctx app.Context) {
	b.updateAvailable = ctx.AppUpdateAvailable() && workerUpdated()
}

// workerUpdated reports whether a new service worker replaced the one
// that served this page (counted by web/boot.js). go-app also reports the
// first worker of a first visit as an update, with nothing to reload into.
func workerUpdated() bool {
	if app.IsServer {
		return false
	}
	n := app.Window().Get("factquizWorkerUpdates")
	return n.Type() == app.TypeNumber && n.Int() > 0
}

func (b *AppBar) OnAppInstallChange(ctx app.Context) {
	b.installable = ctx.IsAppInstallable()
}

func (b *AppBar) Render() app.UI {
	class := "appbar"
	if b.menuOpen {
		class += " menu-open"
	}
	return app.Header().Class(class).Body(
		app.A().Class("brand").Href(appPath("/")).Body(
			// Decorative. Not Alt(""): go-app v10.1.11 drops attributes
			// whose value is empty, so the img had no alt at all.
			app.Img().Src("/web/icon.svg").Attr("role", "presentation").Width(28).Height(28),
			app.Span().Text("Factquiz"),
		),
		// The learner's places stay in sight at every width (issue 9):
		// Quizzes, Review and Progress; the rest waits behind Menu on a phone.
		app.Nav().Class("learner-nav").Aria("label", "Main").Body(
			app.Ul().Class("primary-links").Body(
				app.Li().Body(b.placeLink("quizzes", "/").Text("Quizzes")),
				app.Li().Body(b.placeLink("review", "/review").Class("review-link").Body(
					app.Text("Review"),
					app.If(b.due > 0, func() app.UI {
						return app.Span().ID("due-badge").Class("review-badge").Body(
							app.Span().Class("visually-hidden").Text(": "),
							app.Text(strconv.Itoa(b.due)),
							app.Span().Class("visually-hidden").Text(" due"),
						)
					}),
				)),
				app.Li().Body(b.placeLink("progress", "/progress").Text("Progress")),
			),
			app.Button().ID("menu-button").Class("menu-button button").Type("button").
				Aria("expanded", b.menuOpen).Aria("controls", "main-links").Body(
				app.Span().Class("menu-icon").Aria("hidden", true),
				app.Span().Class("visually-hidden").Text("Menu"),
			).
				OnClick(func(ctx app.Context, e app.Event) { b.menuOpen = !b.menuOpen }),
			app.Ul().ID("main-links").Class(b.menuClass()).Body(
				app.Li().Body(app.A().Href(appPath("/new")).Text("New quiz from an article")),
				app.Li().Body(app.A().Href(appPath("/open")).Text("Open a question file")),
				app.Li().Body(app.A().Href(appPath("/teacher")).Text("Teachers")),
				app.Li().Body(app.A().Href(appPath("/settings")).Text("Settings")),
			),
		),
		app.Div().Class("appbar-actions").Body(
			app.If(b.updateAvailable, func() app.UI {
				return app.Div().Class("update").Attr("role", "status").Body(
					app.Span().Text("A new version is ready. "),
					app.Button().ID("reload-update").Class("button primary").Text("New version: reload").OnClick(func(ctx app.Context, e app.Event) {
						ctx.Reload()
					}),
				)
			}),
			// Safari has no install prompt (go-app counts it installable, but
			// its prompt would fail): it gets the steps to follow instead.
			app.If(b.apple, func() app.UI {
				return app.Button().ID("install-apple").Class("button install-button").Aria("expanded", b.showAppleHelp).Aria("controls", "apple-help").Text("Install").OnClick(func(ctx app.Context, e app.Event) {
					b.showAppleHelp = !b.showAppleHelp
				})
			}).ElseIf(b.installable, func() app.UI {
				return app.Button().ID("install").Class("button install-button").Text("Install").OnClick(func(ctx app.Context, e app.Event) {
					ctx.ShowAppInstallPrompt()
				})
			}),
		),
		// Always there (aria-controls must name an element), shown on demand.
		app.P().ID("apple-help").Class("apple-help").Hidden(!b.showAppleHelp).Text("To install Factquiz on an iPhone or iPad: tap Share, then Add to Home Screen. On a Mac in Safari: File, then Add to Dock."),
	)
}

// placeLink is the link to one of the learner's places, marked as the
// current one when the page belongs to it.
func (b *AppBar) placeLink(section, path string) app.HTMLA {
	a := app.A().ID(section + "-link").Href(appPath(path))
	if b.section == section {
		a = a.Aria("current", "page")
	}
	return a
}

// navSection names the learner's place a route belongs to: a quiz's pages
// belong to Quizzes, a quiz's progress to Progress; the tools to none.
func navSection(route string) string {
	switch {
	case route == "/" || route == "" || strings.HasPrefix(route, "/quiz/"):
		return "quizzes"
	case route == "/review":
		return "review"
	case route == "/progress" || strings.HasPrefix(route, "/progress/"):
		return "progress"
	}
	return ""
}

func (b *AppBar) menuClass() string {
	if b.menuOpen {
		return "main-links open"
	}
	return "main-links"
}

// isStandalone reports whether the app already runs installed.
func isStandalone() bool {
	if app.IsServer {
		return false
	}
	mq := app.Window().Call("matchMedia", "(display-mode: standalone)")
	return mq.Truthy() && mq.Get("matches").Bool()
}
