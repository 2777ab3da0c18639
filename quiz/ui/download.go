package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// saveTextAsFile makes the browser save content as a file: a Blob behind
// an <a download> made in script, never a data: URL in the page. Nothing
// is fetched, so the CSP (connect-src 'self') is not involved; the URL is
// released later, as some browsers still read it after the click returns.
func saveTextAsFile(name, mime, content string) (err error) {
	if app.IsServer {
		return errNotInBrowser
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	win := app.Window()
	blob := win.Get("Blob").New([]any{content}, map[string]any{"type": mime + ";charset=utf-8"})
	urls := win.Get("URL")
	href := urls.Call("createObjectURL", blob)
	doc := win.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", name)
	a.Set("hidden", true)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	var revoke app.Func
	revoke = app.FuncOf(func(app.Value, []app.Value) any {
		urls.Call("revokeObjectURL", href)
		revoke.Release()
		return nil
	})
	win.Call("setTimeout", revoke, 30_000)
	return nil
}
