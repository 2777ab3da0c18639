package ui

import (
	"errors"
	"fmt"
	"strings"

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
			// Nothing was written. QuotaExceededError (Firefox:
			// NS_ERROR_DOM_QUOTA_REACHED) means full storage; anything
			// else (a SecurityError when site data is blocked, a
			// read-only storage) is no reason to delete results.
			err = localStorageError(r)
		}
	}()
	s.ls().Call("setItem", key, value)
	return nil
}

// localStorageError is the error of a setItem that threw r.
func localStorageError(r any) error {
	if strings.Contains(strings.ToLower(fmt.Sprint(r)), "quota") {
		return fmt.Errorf("%w (%v)", store.ErrQuotaFull, r)
	}
	return fmt.Errorf("%w (%v)", errCannotSave, r)
}

// errCannotSave is a refusal to save that is not a full storage.
var errCannotSave = errors.New("this browser does not let the app save")

func (s localStorage) Remove(key string) {
	if app.IsServer {
		return
	}
	s.ls().Call("removeItem", key)
}
