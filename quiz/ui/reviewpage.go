package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// ReviewPage shows the cards due for review. Work in progress (issue 8).
type ReviewPage struct{ app.Compo }

func (p *ReviewPage) Render() app.UI { return page("review", app.H1().Text("ReviewPage")) }
