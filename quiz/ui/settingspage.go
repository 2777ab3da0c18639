package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// SettingsPage holds the learner's settings: how reviews are scheduled,
// how this browser keeps Factquiz's data (persistent storage, space), and
// the backups (Download and Restore), with a reminder when a backup is
// due.
type SettingsPage struct {
	app.Compo

	// changes counts what happened on the page (a download, a restore, a
	// new reading of the storage), so that the reminder looks again.
	changes int
	// settingsRev counts what may have changed the stored settings (a
	// restore, another tab), so that the form shows them again.
	settingsRev int

	stopListening func()
	self          app.Context
	mounted       bool
}

func (p *SettingsPage) OnMount(ctx app.Context) {
	p.self, p.mounted = ctx, true
	// Another tab may play, review or restore a backup meanwhile.
	p.stopListening = listenStorage(ctx, func(app.Context) { p.changes++; p.settingsRev++ })
}

func (p *SettingsPage) OnDismount() {
	p.mounted = false
	if p.stopListening != nil {
		p.stopListening()
	}
}

// OnNav moves the focus to the page's heading, so that a screen reader
// starts reading the new page there, or to the heading of the section a
// link named (/settings#backup, from the reminder on the home page).
func (p *SettingsPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Settings · Factquiz")
	target := "settings-title"
	switch f := ctx.Page().URL().Fragment; f {
	case "backup", "storage", "review-settings":
		target = f + "-title"
	}
	if p.mounted {
		ctx = p.self
	}
	ctx.Defer(func(app.Context) { focusElement(target) })
}

func (p *SettingsPage) changed(ctx app.Context) { p.changes++ }

func (p *SettingsPage) Render() app.UI {
	return page("settings",
		app.H1().ID("settings-title").TabIndex(-1).Text("Settings"),
		app.P().Class("lead").Text("How your reviews are planned, and how your results are kept in this browser."),
		&BackupReminder{Refresh: p.changes},
		&ReviewSettingsForm{Refresh: p.settingsRev},
		&StorageStatus{OnChange: func(ctx app.Context, _ storageState) { p.changed(ctx) }},
		&BackupPanel{OnChange: p.changed, OnRestored: func(app.Context) { p.settingsRev++ }},
	)
}
