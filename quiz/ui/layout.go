package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// page lays out every page the same way: a skip link, the app bar, the
// storage notices, then the page's own content in <main>.
func page(name string, content ...app.UI) app.UI {
	return app.Div().Class("page", "page-"+name).Body(
		app.A().Class("skip-link").Href("#main").Text("Skip to content"),
		&AppBar{},
		app.Main().ID("main").TabIndex(-1).Body(
			&StorageNotices{},
			app.Div().Class("content").Body(content...),
		),
	)
}
