package ui

import (
	"fmt"

	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// localStorage is the browser's window.localStorage as a store.KV. It
// stores raw strings (go-app's LocalStorage would JSON-encode them again)
// and turns a QuotaExceededError into an error instead of a panic.
type localStorage struct{}

func (localStorage) ls() app.Value { return app.Window().Get("localStorage") }

func (s localStorage) Keys() []string {
	if app.IsServer {
		return nil
	}
	ls := s.ls()
	n := ls.Get("length").Int()
	keys := make([]string, 0, n)
	for i := 0; i < n; i++ {
		if k := ls.Call("key", i); k.Type() == app.TypeString {
			keys = append(keys, k.String())
		}
	}
	return keys
}

func (s localStorage) Get(key string) (string, bool) {
	if app.IsServer {
		return "", false
	}
	v := s.ls().Call("getItem", key)
	if v.Type() != app.TypeString {
		return "", false
	}
	return v.String(), true
}

func (s localStorage) Set(key, value string) (err error) {
	if app.IsServer {
		return errNotInBrowser
	}
	// syscall/js panics when the called function throws; the browser
	// throws QuotaExceededError when storage is full.
	defer func() {
		if r := recover(); r != nil {
			// The browser throws QuotaExceededError (or a SecurityError
			// when storage is off); either way nothing was written.
			err = fmt.Errorf("%w (%v)", store.ErrQuotaFull, r)
		}
	}()
	s.ls().Call("setItem", key, value)
	return nil
}

func (s localStorage) Remove(key string) {
	if app.IsServer {
		return
	}
	s.ls().Call("removeItem", key)
}
