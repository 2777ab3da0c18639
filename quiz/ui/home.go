package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Home lists every quiz as a card.
type Home struct {
	app.Compo
}

func (h *Home) Render() app.UI {
	return app.Main().ID("main").Body(
		app.H1().Text("Factquiz"),
	)
}
