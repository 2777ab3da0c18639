package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// keyPress is a key pressed anywhere on the page, with where it happened.
type keyPress struct {
	Key string
	// InTextField: typing there must not be taken for a shortcut.
	InTextField bool
	// OnButton: Enter on a button or link already activates it.
	OnButton bool
}

// listenKeys calls handle for every key pressed on the page without a
// modifier; when handle uses the key, its default action is prevented.
// It returns the function that stops listening.
func listenKeys(ctx app.Context, handle func(app.Context, keyPress) bool) func() {
	if app.IsServer {
		return func() {}
	}
	fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
		e := args[0]
		if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() || e.Get("isComposing").Bool() {
			return nil
		}
		k := keyPress{Key: e.Get("key").String()}
		if t := e.Get("target"); t.Truthy() && t.Get("tagName").Truthy() {
			tag := strings.ToLower(t.Get("tagName").String())
			typ := ""
			if tt := t.Get("type"); tt.Type() == app.TypeString {
				typ = strings.ToLower(tt.String())
			}
			k.InTextField = tag == "textarea" || tag == "select" || (tag == "input" && typ != "radio" && typ != "checkbox") || t.Get("isContentEditable").Bool()
			k.OnButton = tag == "button" || tag == "a" || tag == "summary"
			if tag == "textarea" && k.Key == "Enter" {
				return nil // a new line, not "check"
			}
		}
		// A digit typed on a text or number question, the focus being
		// elsewhere, goes into its answer field: the field takes the
		// focus now, in the event, and the browser types the digit there.
		if len(k.Key) == 1 && k.Key >= "0" && k.Key <= "9" && !k.InTextField && focusAnswerField() {
			return nil
		}
		// Decide now, in the event, whether the key is ours, so that the
		// browser's default can still be prevented.
		if !(k.Key == "Enter" || (len(k.Key) == 1 && k.Key >= "1" && k.Key <= "9")) {
			return nil
		}
		if k.Key == "Enter" && k.OnButton {
			return nil
		}
		if k.Key != "Enter" && k.InTextField {
			return nil
		}
		e.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) {
			if !handle(ctx, k) {
				ctx.PreventUpdate()
			}
		})
		return nil
	})
	app.Window().Call("addEventListener", "keydown", fn)
	return func() {
		app.Window().Call("removeEventListener", "keydown", fn)
		fn.Release()
	}
}

// focusElement moves keyboard focus to the element with the given id.
func focusElement(id string) {
	if app.IsServer {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

// focusAnswerField focuses the answer field of a text or number question
// when there is one that takes typing, and reports whether it did.
func focusAnswerField() bool {
	el := app.Window().GetElementByID("answer")
	if !el.Truthy() || !strings.EqualFold(el.Get("tagName").String(), "input") || el.Get("readOnly").Bool() || el.Get("disabled").Bool() {
		return false
	}
	if t := el.Get("type"); t.Type() == app.TypeString && (t.String() == "radio" || t.String() == "checkbox") {
		return false
	}
	el.Call("focus")
	// Typed after what is there (the browser clamps to its length).
	el.Call("setSelectionRange", 1<<20, 1<<20)
	return true
}
