package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// SettingsPage shows the learner's settings. Work in progress (issue 8).
type SettingsPage struct{ app.Compo }

func (p *SettingsPage) Render() app.UI { return page("settings", app.H1().Text("SettingsPage")) }
