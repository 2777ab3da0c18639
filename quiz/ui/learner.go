package ui

import (
	"slices"
	"strings"
	"sync"
	"time"

	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// learner holds the learner's data for this page load: one store over
// localStorage, opened once, and what opening it had to tell.
var learner struct {
	once    sync.Once
	store   *store.Store
	notices []store.Notice
	// dismissed are the keys of the notices the learner dismissed: each
	// is said once per visit, whichever page shows it.
	dismissed map[string]bool
}

// storageBlockedKey is the notice's key when the browser refuses to
// store anything.
const storageBlockedKey = "storage-blocked"

// learnerStore opens local storage on first use. Records it cannot read
// are kept aside by store.Open and reported as notices, never a crash.
// When the browser refuses storage (web/boot.js then put an in-memory
// stand-in in its place) the learner is told once that nothing outlives
// the visit.
func learnerStore() *store.Store {
	learner.once.Do(func() {
		learner.store, learner.notices = store.Open(localStorage{}, time.Now())
		if _, blocked := storageBlocked(); blocked {
			learner.notices = append(learner.notices, store.Notice{Key: storageBlockedKey, Message: storageBlockedMessage})
		}
	})
	return learner.store
}

// storageBlockedMessage says what blocked site data means for a learner.
const storageBlockedMessage = "This browser does not let Factquiz save anything (site data is blocked). " +
	"You can take every quiz, but your answers, scores and reviews are forgotten when you leave or reload the page, " +
	"and the app cannot be installed or used offline. " +
	"To keep them, allow this site to save data in the browser's settings."

// refreshLearner re-reads local storage, which another tab may have
// written since, keeping what the new reading has to tell.
func refreshLearner() {
	for _, n := range learnerStore().Reload() {
		// A record that could not be moved aside is found again on every
		// reading: tell the learner once.
		if !slices.ContainsFunc(learner.notices, func(o store.Notice) bool { return o.Key == n.Key }) {
			learner.notices = append(learner.notices, n)
		}
	}
}

// storageNotices are the problems found when local storage was opened,
// but those the learner dismissed.
func storageNotices() []store.Notice {
	learnerStore()
	var shown []store.Notice
	for _, n := range learner.notices {
		if !learner.dismissed[n.Key] {
			shown = append(shown, n)
		}
	}
	return shown
}

// dismissStorageNotices hides the notices shown now for the rest of the
// visit.
func dismissStorageNotices(shown []store.Notice) {
	if learner.dismissed == nil {
		learner.dismissed = map[string]bool{}
	}
	for _, n := range shown {
		learner.dismissed[n.Key] = true
	}
}

// listenStorage calls changed when another tab writes Factquiz's local
// storage (the browser's storage event fires only in the other tabs), after
// re-reading it. It returns the function that stops listening.
func listenStorage(ctx app.Context, changed func(app.Context)) func() {
	if app.IsServer {
		return func() {}
	}
	fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
		key := args[0].Get("key")
		// A null key means localStorage.clear(): everything changed.
		if key.Type() == app.TypeString && !strings.HasPrefix(key.String(), store.Prefix) {
			return nil
		}
		ctx.Dispatch(func(ctx app.Context) {
			refreshLearner()
			changed(ctx)
		})
		return nil
	})
	app.Window().Call("addEventListener", "storage", fn)
	return func() {
		app.Window().Call("removeEventListener", "storage", fn)
		fn.Release()
	}
}
