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
}

// learnerStore opens local storage on first use. Records it cannot read
// are kept aside by store.Open and reported as notices, never a crash.
func learnerStore() *store.Store {
	learner.once.Do(func() {
		learner.store, learner.notices = store.Open(localStorage{}, time.Now())
	})
	return learner.store
}

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

// storageNotices are the problems found when local storage was opened.
func storageNotices() []store.Notice {
	learnerStore()
	return learner.notices
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
