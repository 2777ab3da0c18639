package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// now is the app's clock: the browser's time, moved by
// window.factquizClockOffsetMS milliseconds when a browser test sets it
// (to see reviews fall due without waiting days). Nothing in the app
// sets it.
func now() time.Time {
	t := time.Now()
	if app.IsServer {
		return t
	}
	if off := app.Window().Get("factquizClockOffsetMS"); off.Type() == app.TypeNumber {
		t = t.Add(time.Duration(off.Float()) * time.Millisecond)
	}
	return t
}
