package ui

import (
	"strings"

	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BackupPanel lets the learner save everything Factquiz keeps in this
// browser to a file (Download) and bring it back, into this browser or
// another one (Restore): results and reviews live only in local storage,
// which a browser may clear. Restoring reads the file, shows what it will
// change, and changes it only when the learner confirms; a file that is
// damaged or no backup changes nothing and says what is wrong.
type BackupPanel struct {
	app.Compo

	// OnChange is called after a download or a restore, so that the page
	// redraws what depends on them (the reminder, the lists).
	OnChange func(app.Context)
	// OnRestored is called after records were restored.
	OnRestored func(app.Context)

	status string
	failed bool

	plan     *store.ImportPlan // the restore waiting for the learner's word
	planFile string            // the name of its file
	busy     bool              // reading or restoring

	// self is the panel's own context, for deferred focus moves: the
	// button pressed (Restore, Cancel) is gone after the render, and
	// go-app drops a deferred call of a handler whose element is gone.
	self    app.Context
	mounted bool
}

func (b *BackupPanel) OnMount(ctx app.Context) { b.self, b.mounted = ctx, true }
func (b *BackupPanel) OnDismount()             { b.mounted = false }

// focus moves the keyboard focus to the element with the given id once
// the panel is rendered.
func (b *BackupPanel) focus(ctx app.Context, id string) {
	if b.mounted {
		ctx = b.self
	}
	ctx.Defer(func(app.Context) { focusElement(id) })
}

func (b *BackupPanel) changed(ctx app.Context) {
	if b.OnChange != nil {
		b.OnChange(ctx)
	}
}

func (b *BackupPanel) download(ctx app.Context) {
	b.plan = nil
	data, err := learnerStore().Export()
	if err != nil {
		b.status, b.failed = "The backup could not be made: "+err.Error(), true
		return
	}
	at := now()
	name := "factquiz-backup-" + at.Format("2006-01-02") + ".json"
	if err := saveTextAsFile(name, "application/json", string(data)); err != nil {
		b.status, b.failed = "The backup could not be saved as a file: "+err.Error(), true
		return
	}
	b.status, b.failed = "Downloading "+name+". Keep it somewhere safe; “Restore from a backup” brings it back.", false
	s := learnerStore().Settings()
	s.LastBackup = at.UTC()
	if err := learnerStore().SaveSettings(s); err != nil {
		b.status += " (The date of this backup could not be noted: " + err.Error() + ")"
	}
	b.changed(ctx)
}

// choose reads the chosen file and shows what restoring it would change.
func (b *BackupPanel) choose(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Get("length").Int() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	ctx.JSSrc().Set("value", "") // the same file can be chosen again
	if b.busy {
		return
	}
	b.plan = nil
	if size := file.Get("size"); size.Type() == app.TypeNumber {
		if err := store.CheckBackupSize(int64(size.Float())); err != nil {
			b.status, b.failed = "Nothing was restored: "+err.Error()+".", true
			return
		}
	}
	b.busy = true
	b.status, b.failed = "Reading "+name+"…", false
	ctx.Async(func() {
		data, err := readFile(file)
		var plan *store.ImportPlan
		if err == nil {
			plan, err = learnerStore().PlanImport(data)
		}
		ctx.Dispatch(func(ctx app.Context) {
			b.busy = false
			switch {
			case err != nil:
				b.status, b.failed = "Nothing was restored: "+sentence(err.Error()), true
			case plan.Add.Total() == 0:
				msg := "Everything in this backup is already here: nothing to add."
				for _, sk := range plan.Skipped {
					msg += " " + sentence("One "+sk.What+" cannot be restored: "+sk.Why)
				}
				b.status, b.failed = msg, len(plan.Skipped) > 0
			default:
				b.plan, b.planFile = plan, name
				b.status, b.failed = "", false
				b.focus(ctx, "backup-plan-title")
			}
		})
	})
}

// apply restores the plan the learner confirmed.
func (b *BackupPanel) apply(ctx app.Context) {
	plan := b.plan
	if plan == nil || b.busy {
		return
	}
	b.busy = true
	sum, err := learnerStore().ApplyImport(plan)
	b.busy, b.plan = false, nil
	refreshLearner()
	done := sentence(strings.Join(sum.Lines(), "; "))
	if err != nil {
		b.status, b.failed = "The backup was not fully restored: "+sentence(err.Error())+" "+done, true
	} else {
		b.status, b.failed = "Restored from the backup: "+done, false
	}
	b.focus(ctx, "backup-status")
	if b.OnRestored != nil {
		b.OnRestored(ctx)
	}
	b.changed(ctx)
}

func (b *BackupPanel) cancel(ctx app.Context) {
	b.plan = nil
	b.status, b.failed = "Nothing was restored.", false
	b.focus(ctx, "backup-restore")
}

func (b *BackupPanel) Render() app.UI {
	statusClass := "muted"
	if b.failed {
		statusClass = "alert"
	}
	return app.Section().ID("backup").Class("backup settings-section").Aria("labelledby", "backup-title").Body(
		app.H2().ID("backup-title").TabIndex(-1).Text("Backup"),
		app.P().Text("Your results, reviews and own quizzes are kept only in this browser. Download a backup file to keep them safe or to move them to another browser; restoring one adds what is missing here and keeps what is already here."),
		app.Div().Class("actions").Body(
			app.Button().ID("backup-download").Class("button").Type("button").Text("Download a backup").
				OnClick(func(ctx app.Context, e app.Event) { b.download(ctx) }),
			// The input stays in the tab order, hidden behind its label,
			// which shows its focus (see .file-input in app.css).
			app.Input().Type("file").ID("backup-restore").Class("file-input visually-hidden").Accept(".json,application/json").
				OnChange(b.choose),
			app.Label().For("backup-restore").Class("button").Text("Restore from a backup…"),
		),
		app.If(b.plan != nil, func() app.UI {
			lines := b.plan.Lines()
			made := "What restoring it will change:"
			if !b.plan.Exported.IsZero() {
				made = "Made on " + b.plan.Exported.Local().Format("2 Jan 2006 at 15:04") + ". What restoring it will change:"
			}
			return app.Div().ID("backup-plan").Class("backup-plan").Body(
				app.H3().ID("backup-plan-title").TabIndex(-1).Text("Restoring "+b.planFile),
				app.P().Text(made),
				app.Ul().Body(
					app.Range(lines).Slice(func(i int) app.UI { return app.Li().Text(lines[i]) }),
				),
				app.P().Text("Nothing changes until you press Restore."),
				app.Div().Class("actions").Body(
					app.Button().ID("backup-apply").Class("button primary").Type("button").Text("Restore").
						OnClick(func(ctx app.Context, e app.Event) { b.apply(ctx) }),
					app.Button().ID("backup-cancel").Class("button").Type("button").Text("Cancel").
						OnClick(func(ctx app.Context, e app.Event) { b.cancel(ctx) }),
				),
			)
		}),
		app.P().ID("backup-status").Class(statusClass).TabIndex(-1).Attr("role", "status").Aria("live", "polite").Text(b.status),
	)
}
