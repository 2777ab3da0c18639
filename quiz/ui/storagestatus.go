package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// StorageStatus shows how this browser keeps Factquiz's data: whether it
// promised to keep it (persistent storage), how much space is used and
// available, and a button that asks it to keep the data. Where the
// browser cannot say, or refuses local storage altogether, it says so in
// plain words instead of waiting for ever.
type StorageStatus struct {
	app.Compo

	// OnChange is called with each new reading, so that the page can
	// update what depends on it (the backup reminder).
	OnChange func(app.Context, storageState)

	state   storageState
	read    bool // state holds a reading
	asking  bool // a request is under way
	asked   bool // the learner pressed "Ask the browser…"
	message string

	// self is the component's own context, for deferred focus moves (the
	// button pressed is gone once the browser agreed).
	self    app.Context
	mounted bool
}

func (s *StorageStatus) OnDismount() { s.mounted = false }

func (s *StorageStatus) OnMount(ctx app.Context) {
	s.self, s.mounted = ctx, true
	if st, ok := knownStorage(); ok {
		s.state, s.read = st, true
	}
	s.check(ctx, false)
}

// check reads the storage again, first asking the browser to keep the
// data when persist is true.
func (s *StorageStatus) check(ctx app.Context, persist bool) {
	if app.IsServer || s.asking {
		return
	}
	s.asking = true
	ctx.Async(func() {
		st := readStorage(persist)
		ctx.Dispatch(func(ctx app.Context) {
			s.state, s.read, s.asking = st, true, false
			if persist {
				s.asked = true
				switch {
				case st.Persisted:
					s.message = "Done: the browser will keep Factquiz's data."
					// The button is gone: the focus goes to the answer.
					if s.mounted {
						s.self.Defer(func(app.Context) { focusElement("storage-message") })
					}
				case st.PersistKnown:
					s.message = "The browser did not agree this time. Browsers decide by themselves: installing Factquiz or using it often helps. Meanwhile, download a backup from time to time."
				default:
					s.message = "The browser did not answer: " + st.Problem + "."
				}
			}
			if s.OnChange != nil {
				s.OnChange(ctx, st)
			}
		})
	})
}

func (s *StorageStatus) Render() app.UI {
	st := s.state
	return app.Section().ID("storage").Class("settings-section").Aria("labelledby", "storage-title").Body(
		app.H2().ID("storage-title").TabIndex(-1).Text("Storage on this device"),
		app.If(!s.read, func() app.UI {
			return app.P().ID("storage-persist").Class("muted").Text("Asking the browser how it keeps your data…")
		}).ElseIf(st.LocalStorage == errStorageFull, func() app.UI {
			return app.P().ID("storage-persist").Class("alert").Attr("role", "alert").Text(
				"Local storage for this site is full (browsers allow about 5 MiB): new results cannot be saved. " +
					"Download a backup, then delete own quizzes you no longer need.")
		}).ElseIf(st.LocalStorage != nil, func() app.UI {
			return app.P().ID("storage-persist").Class("alert").Attr("role", "alert").Text(
				"This browser does not let Factquiz save anything (it said: " + st.LocalStorage.Error() + "). " +
					"This happens in a private window or when the browser's settings block site data. " +
					"Your results will be lost when this tab closes: allow this site to save data, or use a normal window.")
		}).ElseIf(!st.API || !st.PersistKnown, func() app.UI {
			why := st.Problem
			if why == "" {
				why = "this browser does not say"
			}
			return app.P().ID("storage-persist").Text(
				"Kept for sure: unknown (" + why + "). Download a backup from time to time to be safe.")
		}).ElseIf(st.Persisted, func() app.UI {
			return app.P().ID("storage-persist").Body(
				app.Strong().Text("Kept for sure: yes. "),
				app.Text("The browser promised not to delete Factquiz's data when the device runs short of space. Clearing the browser's data by hand still deletes it."),
			)
		}).Else(func() app.UI {
			return app.P().ID("storage-persist").Body(
				app.Strong().Text("Kept for sure: no. "),
				app.Text("The browser may delete Factquiz's data when the device runs short of space, or after weeks without a visit (Safari). Ask it to keep the data, and download a backup from time to time."),
			)
		}),
		app.If(s.read && st.EstimateKnown, func() app.UI {
			return app.P().ID("storage-space").Text(spaceText(st.Usage, st.Quota))
		}).ElseIf(s.read && st.API, func() app.UI {
			return app.P().ID("storage-space").Class("muted").Text("Space used: this browser does not say.")
		}),
		app.If(s.read && st.keeps(), func() app.UI {
			return app.P().ID("storage-records").Text(recordsText(st.Records))
		}),
		app.If(s.read && st.API && st.PersistKnown && !st.Persisted && st.keeps(), func() app.UI {
			return app.Div().Class("actions").Body(
				app.Button().ID("storage-persist-ask").Class("button").Type("button").Aria("disabled", s.asking).
					Text("Ask the browser to keep my data").
					OnClick(func(ctx app.Context, e app.Event) { s.check(ctx, true) }),
			)
		}),
		app.P().ID("storage-message").Class("muted").TabIndex(-1).Attr("role", "status").Aria("live", "polite").Text(s.message),
	)
}

// spaceText says how much space the site uses out of what the browser
// allows: "Space used: 12.3 KiB of about 1.2 GiB available to this site."
func spaceText(usage, quota float64) string {
	if quota <= 0 {
		return fmt.Sprintf("Space used by this site (the app included): %s.", bytesText(usage))
	}
	return fmt.Sprintf("Space used by this site (the app included): %s of about %s available.", bytesText(usage), bytesText(quota))
}

// recordsText says how much of local storage Factquiz's records take;
// browsers give local storage about 5 MiB per site, whatever the space
// above says.
func recordsText(n float64) string {
	return fmt.Sprintf("Your results, reviews and quizzes: %s of local storage, where browsers allow about 5 MiB.", bytesText(n))
}

// bytesText writes a size in bytes, KiB, MiB or GiB, one decimal.
func bytesText(n float64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", n/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", n/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", n/(1<<10))
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", int(n))
}
