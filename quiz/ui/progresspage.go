package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// ProgressPage shows the learner's progress. Work in progress (issue 8).
type ProgressPage struct{ app.Compo }

func (p *ProgressPage) Render() app.UI { return page("progress", app.H1().Text("ProgressPage")) }
