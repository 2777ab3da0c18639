package ui

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// errNotInBrowser is returned when a browser-only call runs while the
// server prerenders a page.
var errNotInBrowser = errors.New("not in a browser")

// fetchText gets url with the browser's own fetch, as text (UTF-8). It
// blocks, so call it from ctx.Async, never from the UI goroutine. The wasm
// uses fetch rather than net/http, whose client would add megabytes to
// app.wasm.
func fetchText(url string) (string, error) {
	b, err := fetchBody(url, "text")
	return string(b), err
}

// fetchBytes gets url as bytes, undecoded: question files are read by
// quiz/format, which decodes UTF-16 and Windows-1252 as `check` does
// (the browser's text() would turn them into replacement characters).
func fetchBytes(url string) ([]byte, error) {
	return fetchBody(url, "arrayBuffer")
}

// fetchBody fetches url and reads its body with the Response method
// "text" or "arrayBuffer".
func fetchBody(url, read string) ([]byte, error) {
	if app.IsServer {
		return nil, errNotInBrowser
	}
	type result struct {
		body []byte
		err  error
	}
	done := make(chan result, 1)
	var funcs []app.Func
	funcOf := func(f func(app.Value) any) app.Func {
		fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
			var v app.Value = app.Null()
			if len(args) > 0 {
				v = args[0]
			}
			return f(v)
		})
		funcs = append(funcs, fn)
		return fn
	}
	defer func() {
		for _, fn := range funcs {
			fn.Release()
		}
	}()

	onResponse := funcOf(func(resp app.Value) any {
		if !resp.Get("ok").Bool() {
			done <- result{err: fmt.Errorf("%s: %d %s", url, resp.Get("status").Int(), resp.Get("statusText").String())}
			return nil
		}
		return resp.Call(read)
	})
	onBody := funcOf(func(body app.Value) any {
		switch {
		case body.Type() == app.TypeString:
			done <- result{body: []byte(body.String())}
		case body.Truthy():
			view := app.Window().Get("Uint8Array").New(body)
			b := make([]byte, view.Get("length").Int())
			app.CopyBytesToGo(b, view)
			done <- result{body: b}
		}
		return nil
	})
	onError := funcOf(func(err app.Value) any {
		msg := "network error"
		if err.Truthy() {
			msg = err.Call("toString").String()
		}
		done <- result{err: fmt.Errorf("%s: %s", url, msg)}
		return nil
	})
	app.Window().Call("fetch", url).
		Call("then", onResponse).
		Call("then", onBody).
		Call("catch", onError)
	r := <-done
	return r.body, r.err
}
