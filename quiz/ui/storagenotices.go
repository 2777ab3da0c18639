package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// StorageNotices tells the learner about saved data that could not be read
// (and was kept aside), could not be written, or cannot be kept at all.
// Dismissed, a notice stays hidden on every page of the visit.
type StorageNotices struct {
	app.Compo
}

func (n *StorageNotices) Render() app.UI {
	notices := storageNotices()
	return app.Div().ID("storage-notices").Attr("role", "status").Aria("live", "polite").Body(
		app.If(len(notices) > 0, func() app.UI {
			return app.Div().Class("alert").Body(
				app.Range(notices).Slice(func(i int) app.UI {
					return app.P().Text(notices[i].Message)
				}),
				app.Button().Class("button").Text("Dismiss").OnClick(func(ctx app.Context, e app.Event) {
					dismissStorageNotices(notices)
				}),
			)
		}),
	)
}
