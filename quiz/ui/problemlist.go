package ui

import (
	"factquiz/quiz/format"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ProblemList shows what is wrong with a question file, one line per
// problem in the checker's form: file:line:col: message.
type ProblemList struct {
	app.Compo

	Title    string
	Problems format.Problems
}

func (p *ProblemList) Render() app.UI {
	return app.Div().Class("problems").Attr("role", "group").Aria("label", p.Title).Body(
		app.P().Class("problems-title").Text(p.Title),
		app.Ul().Body(
			app.Range(p.Problems).Slice(func(i int) app.UI {
				return app.Li().Body(app.Code().Text(p.Problems[i].Error()))
			}),
		),
	)
}
