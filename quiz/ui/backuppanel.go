package ui

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BackupPanel lets the learner save everything Factquiz keeps in this
// browser to a file and bring it back, into this browser or another one:
// results live only in local storage, which a browser may clear.
type BackupPanel struct {
	app.Compo

	// OnRestored is called after records were added, so the page redraws.
	OnRestored func(app.Context)

	status string
	failed bool
}

func (b *BackupPanel) download(ctx app.Context) {
	data, err := learnerStore().Export()
	if err == nil {
		name := "factquiz-backup-" + time.Now().Format("2006-01-02") + ".json"
		if err = saveTextAsFile(name, "application/json", string(data)); err == nil {
			b.status, b.failed = "Downloading "+name+". Keep it somewhere safe; “Restore” brings it back.", false
			return
		}
	}
	b.status, b.failed = "The backup could not be made: "+err.Error(), true
}

func (b *BackupPanel) restore(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Get("length").Int() == 0 {
		return
	}
	file := files.Index(0)
	ctx.JSSrc().Set("value", "") // the same file can be chosen again
	ctx.Async(func() {
		data, err := readFile(file)
		n := 0
		if err == nil {
			n, err = learnerStore().Import(data)
		}
		ctx.Dispatch(func(ctx app.Context) {
			refreshLearner()
			switch {
			case err != nil && n > 0:
				b.status, b.failed = fmt.Sprintf("Restored %s, but: %v.", plural(n, "record", "records"), err), true
			case err != nil:
				b.status, b.failed = "Nothing was restored: "+err.Error()+".", true
			case n == 0:
				b.status, b.failed = "Everything in this backup is already here: nothing to add.", false
			default:
				b.status, b.failed = "Restored "+plural(n, "record", "records")+". Results already here were kept.", false
			}
			if n > 0 && b.OnRestored != nil {
				b.OnRestored(ctx)
			}
		})
	})
}

func (b *BackupPanel) Render() app.UI {
	statusClass := "muted"
	if b.failed {
		statusClass = "alert"
	}
	return app.Section().ID("backup").Class("backup").Aria("labelledby", "backup-title").Body(
		app.H2().ID("backup-title").Text("Backup"),
		app.P().Text("Your results and your own quizzes are kept only in this browser. Save a backup file to keep them safe or to move them to another browser."),
		app.Div().Class("actions").Body(
			app.Button().ID("backup-download").Class("button").Type("button").Text("Download a backup").
				OnClick(func(ctx app.Context, e app.Event) { b.download(ctx) }),
			// The input stays in the tab order, hidden behind its label,
			// which shows its focus (see .file-input in app.css).
			app.Input().Type("file").ID("backup-restore").Class("file-input visually-hidden").Accept(".json,application/json").
				OnChange(b.restore),
			app.Label().For("backup-restore").Class("button").Text("Restore from a backup…"),
		),
		app.P().ID("backup-status").Class(statusClass).Attr("role", "status").Aria("live", "polite").Text(b.status),
	)
}
