package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// backupEvery is how long after the last backup the reminder shows.
const backupEvery = 30 * 24 * time.Hour

// BackupReminder asks the learner to download a backup when the browser
// has not promised to keep Factquiz's data and no backup was made in the
// last 30 days (or ever), once there is something to lose. Short is the
// one-line notice of the home page, with a link to Settings; the long one
// is for the Settings page. It shows nothing otherwise.
type BackupReminder struct {
	app.Compo

	// Short: one line and a link to the Settings page.
	Short bool
	// Refresh: change it to have the reminder look again (after a
	// download or a restore on the same page).
	Refresh int

	state storageState
	read  bool
}

func (r *BackupReminder) OnMount(ctx app.Context) {
	if st, ok := knownStorage(); ok {
		r.state, r.read = st, true
		return
	}
	ctx.Async(func() {
		st := readStorage(false)
		ctx.Dispatch(func(ctx app.Context) { r.state, r.read = st, true })
	})
}

// OnUpdate takes the latest reading (the Settings page may have asked the
// browser again).
func (r *BackupReminder) OnUpdate(ctx app.Context) {
	if st, ok := knownStorage(); ok {
		r.state, r.read = st, true
	}
}

// backupDue tells whether to remind the learner of a backup: the browser
// may delete the data (not persisted, or unknown), there is data to lose,
// and the last backup is older than backupEvery, or there was none.
func backupDue(persisted, hasData bool, last, now time.Time) bool {
	if persisted || !hasData {
		return false
	}
	return last.IsZero() || now.Sub(last) >= backupEvery
}

// learnerHasData tells whether local storage holds anything the learner
// would lose: results, a quiz in progress, review cards, own quizzes.
func learnerHasData() bool {
	s := learnerStore()
	return len(s.AllAttempts()) > 0 || len(s.Cards()) > 0 || len(s.UserQuizzes()) > 0
}

func (r *BackupReminder) Render() app.UI {
	show := false
	var last time.Time
	if r.read && r.state.keeps() {
		last = learnerStore().Settings().LastBackup
		show = backupDue(r.state.Persisted, learnerHasData(), last, now())
	}
	when := "You have never downloaded a backup"
	if !last.IsZero() {
		when = "Your last backup was " + relativeTime(last, now())
	}
	return app.Div().ID("backup-reminder").Class("backup-reminder-slot").Body(
		app.If(show && r.Short, func() app.UI {
			return app.P().Class("reminder short").Body(
				app.Text(when+", and this browser may delete your results. "),
				app.A().Href(appPath("/settings#backup")).Text("Download a backup in Settings"),
			)
		}).ElseIf(show, func() app.UI {
			return app.Div().Class("reminder").Body(
				app.P().Body(
					app.Strong().Text("Time for a backup. "),
					app.Text(when+". This browser has not promised to keep Factquiz's data, so it may delete your results and reviews when space runs short or after weeks without a visit. "),
					app.A().Href("#backup").Text("Download a backup"),
					app.Text(" and keep the file somewhere safe."),
				),
			)
		}),
	)
}
