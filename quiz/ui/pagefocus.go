package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// pageFocus moves the keyboard focus for a page once it is rendered. It
// defers on the page's own context: go-app drops a deferred call whose
// source element is gone by then, and the button pressed (Start, Check,
// See results) is often replaced by the render. Pages embed it and call
// mount and dismount from OnMount and OnDismount.
type pageFocus struct {
	self    app.Context
	mounted bool
}

func (f *pageFocus) mount(ctx app.Context) { f.self, f.mounted = ctx, true }

func (f *pageFocus) dismount() { f.mounted = false }

// focus moves the focus to the element with the given id after the render.
func (f *pageFocus) focus(ctx app.Context, id string) {
	if f.mounted {
		ctx = f.self
	}
	ctx.Defer(func(app.Context) { focusElement(id) })
}
