package ui

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// errNotInBrowser is returned when a browser-only call runs while the
// server prerenders a page.
var errNotInBrowser = errors.New("not in a browser")

// fetchLimited gets url with the browser's own fetch, as bytes,
// undecoded: question files are read by quiz/format, which decodes UTF-16
// and Windows-1252 as `check` does (the browser's text() would turn them
// into replacement characters). It gives up after timeout (the request is
// aborted) and refuses a body over maxBytes: a question file too slow or
// too big is reported, never waited for. It blocks, so call it from
// ctx.Async, never from the UI goroutine. The wasm uses fetch rather than
// net/http, whose client would add megabytes to app.wasm.
func fetchLimited(url string, timeout time.Duration, maxBytes int) ([]byte, error) {
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

	tooBig := func() error {
		return fmt.Errorf("%s is too big to open here (over %d MiB)", url, maxBytes>>20)
	}
	onResponse := funcOf(func(resp app.Value) any {
		if !resp.Get("ok").Bool() {
			done <- result{err: fmt.Errorf("%s: %d %s", url, resp.Get("status").Int(), resp.Get("statusText").String())}
			return nil
		}
		if maxBytes > 0 {
			if n, err := strconv.Atoi(resp.Get("headers").Call("get", "Content-Length").String()); err == nil && n > maxBytes {
				done <- result{err: tooBig()}
				return nil
			}
		}
		return resp.Call("arrayBuffer")
	})
	onBody := funcOf(func(body app.Value) any {
		if body.Truthy() {
			view := app.Window().Get("Uint8Array").New(body)
			if maxBytes > 0 && view.Get("length").Int() > maxBytes {
				done <- result{err: tooBig()}
				return nil
			}
			b := make([]byte, view.Get("length").Int())
			app.CopyBytesToGo(b, view)
			done <- result{body: b}
			return nil
		}
		// Never left waiting: a body the browser did not give is an error.
		done <- result{err: fmt.Errorf("%s: no body in the response", url)}
		return nil
	})
	onError := funcOf(func(err app.Value) any {
		msg := "network error"
		switch {
		case err.Truthy() && (err.Get("name").String() == "TimeoutError" || err.Get("name").String() == "AbortError"):
			msg = fmt.Sprintf("it took longer than %d seconds; try again later", int(timeout.Seconds()))
		case err.Truthy():
			msg = err.Call("toString").String()
		}
		done <- result{err: fmt.Errorf("%s: %s", url, msg)}
		return nil
	})
	var fetched app.Value
	if abort := app.Window().Get("AbortSignal"); timeout > 0 && abort.Truthy() && abort.Get("timeout").Type() == app.TypeFunction {
		// AbortSignal.timeout aborts the request itself, so that a stalled
		// file stops holding a connection.
		opts := app.Window().Get("Object").New()
		opts.Set("signal", abort.Call("timeout", int(timeout.Milliseconds())))
		fetched = app.Window().Call("fetch", url, opts)
	} else {
		fetched = app.Window().Call("fetch", url)
	}
	fetched.
		Call("then", onResponse).
		Call("then", onBody).
		Call("catch", onError)
	r := <-done
	return r.body, r.err
}
