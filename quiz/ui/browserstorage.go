package ui

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf16"

	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// What the browser says about the storage of Factquiz's data: whether it
// keeps it when space runs short (navigator.storage.persisted), how much
// is used and available (navigator.storage.estimate), and whether local
// storage can be used at all. Browsers differ: Safari in a private window,
// or with "Don't allow sites to save data" set, throws a SecurityError on
// the mere access to localStorage; an older browser or a page served over
// plain http has no navigator.storage. Every call here catches what the
// browser throws, so the page always says something.

// storageState is one reading of the browser's storage.
type storageState struct {
	// API is false when the browser has no navigator.storage (or it
	// failed): persistence and space are then unknown.
	API bool
	// Persisted is whether the browser promised to keep the data
	// (known only when PersistKnown).
	Persisted, PersistKnown bool
	// Usage and Quota are the estimate in bytes (known only when
	// EstimateKnown).
	Usage, Quota  float64
	EstimateKnown bool
	// Records is the size of Factquiz's records in local storage, in
	// bytes (browsers count two per character).
	Records float64
	// LocalStorage is nil when local storage can be read and written,
	// else what the browser said (its error, "SecurityError: …").
	LocalStorage error
	// Problem says what went wrong asking, in plain words, or "".
	Problem string
}

// keeps tells whether local storage holds what Factquiz saves (it may be
// full).
func (s storageState) keeps() bool {
	return s.LocalStorage == nil || s.LocalStorage == errStorageFull
}

// lastStorage is the latest reading, shared by the Settings page and the
// backup reminder so that a page drawn again does not wait for it.
var lastStorage struct {
	sync.Mutex
	state storageState
	ok    bool
}

func rememberStorage(s storageState) {
	lastStorage.Lock()
	lastStorage.state, lastStorage.ok = s, true
	lastStorage.Unlock()
}

// knownStorage is the latest reading, if there was one.
func knownStorage() (storageState, bool) {
	lastStorage.Lock()
	defer lastStorage.Unlock()
	return lastStorage.state, lastStorage.ok
}

// jsCall calls v[method](args...) and turns what the browser throws into
// an error (syscall/js panics on a throw).
func jsCall(v app.Value, method string, args ...any) (res app.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%v", r)
		}
	}()
	return v.Call(method, args...), nil
}

// jsGet reads v[name] through Reflect.get, so that a getter that throws
// (window.localStorage in Safari's private mode) is an error: a plain
// Get would end the whole app, as syscall/js does not catch it.
func jsGet(v app.Value, name string) (app.Value, error) {
	return jsCall(app.Window().Get("Reflect"), "get", v, name)
}

// await waits for a promise and returns what it resolved to, or why it
// was rejected. It blocks: call it from ctx.Async only.
func await(p app.Value) (app.Value, error) {
	if p == nil || p.Type() != app.TypeObject || p.Get("then").Type() != app.TypeFunction {
		return nil, errors.New("the browser gave no answer")
	}
	type result struct {
		v   app.Value
		err error
	}
	done := make(chan result, 1)
	ok := app.FuncOf(func(_ app.Value, args []app.Value) any {
		var v app.Value = app.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		done <- result{v: v}
		return nil
	})
	defer ok.Release()
	fail := app.FuncOf(func(_ app.Value, args []app.Value) any {
		msg := "the browser refused"
		if len(args) > 0 && args[0].Truthy() {
			if s, err := jsCall(args[0], "toString"); err == nil && s.Type() == app.TypeString {
				msg = s.String()
			}
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	defer fail.Release()
	if _, err := jsCall(p, "then", ok, fail); err != nil {
		return nil, err
	}
	r := <-done
	return r.v, r.err
}

// navigatorStorage is navigator.storage, or an error saying it is missing.
func navigatorStorage() (app.Value, error) {
	nav, err := jsGet(app.Window(), "navigator")
	if err != nil || nav.Type() != app.TypeObject {
		return nil, errors.New("this browser does not say how it keeps data")
	}
	st, err := jsGet(nav, "storage")
	if err != nil || st.Type() != app.TypeObject {
		return nil, errors.New("this browser does not say how it keeps data")
	}
	return st, nil
}

// errStorageFull is what checkLocalStorage says when local storage works
// but has no room left.
var errStorageFull = errors.New("local storage is full")

// storageBlocked reports whether the browser refused local storage, and
// what it said: web/boot.js then put an in-memory stand-in in its place,
// so that the app runs at all, and left the reason in
// window.factquizStorageBlocked.
func storageBlocked() (why string, blocked bool) {
	if app.IsServer {
		return "", false
	}
	v := app.Window().Get("factquizStorageBlocked")
	if v.Type() != app.TypeString {
		return "", false
	}
	return v.String(), true
}

// checkLocalStorage tells whether local storage can be read and written,
// without ever touching it in a way that could end the app.
func checkLocalStorage() error {
	if app.IsServer {
		return errNotInBrowser
	}
	if why, blocked := storageBlocked(); blocked {
		return errors.New(why)
	}
	ls, err := jsGet(app.Window(), "localStorage")
	if err != nil {
		return err
	}
	if ls.Type() != app.TypeObject {
		return errors.New("this browser has no local storage")
	}
	const probe = "factquiz-probe"
	if _, err := jsCall(ls, "setItem", probe, "1"); err != nil {
		if strings.Contains(err.Error(), "Quota") || strings.Contains(err.Error(), "quota") {
			return errStorageFull
		}
		return err
	}
	jsCall(ls, "removeItem", probe)
	return nil
}

// recordsSize is the size of Factquiz's records in local storage: keys
// and values, two bytes per UTF-16 unit as browsers count them. Call it
// only once checkLocalStorage said local storage works.
func recordsSize() float64 {
	var ls localStorage
	n := 0
	for _, k := range ls.Keys() {
		if !strings.HasPrefix(k, store.Prefix) {
			continue
		}
		v, _ := ls.Get(k)
		n += utf16Len(k) + utf16Len(v)
	}
	return float64(2 * n)
}

// utf16Len is the length of s in UTF-16 units, as JavaScript counts.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if l := utf16.RuneLen(r); l > 0 {
			n += l
		} else {
			n++ // an invalid byte becomes U+FFFD
		}
	}
	return n
}

// readStorage asks the browser about its storage. It blocks (promises):
// call it from ctx.Async. When persist is true it first asks the browser
// to keep the data (navigator.storage.persist); some browsers ask the
// learner, others decide by themselves (Chrome: a site installed or often
// used is kept).
func readStorage(persist bool) storageState {
	var s storageState
	if app.IsServer {
		s.LocalStorage = errNotInBrowser
		return s
	}
	s.LocalStorage = checkLocalStorage()
	if s.keeps() {
		s.Records = recordsSize()
	}
	st, err := navigatorStorage()
	if err != nil {
		s.Problem = err.Error()
		rememberStorage(s)
		return s
	}
	s.API = true
	var problems []string
	if persist {
		if _, err := awaitCall(st, "persist"); err != nil {
			problems = append(problems, "asking to keep the data failed: "+err.Error())
		}
	}
	if v, err := awaitCall(st, "persisted"); err == nil && v.Type() == app.TypeBoolean {
		s.Persisted, s.PersistKnown = v.Bool(), true
	} else if err != nil {
		problems = append(problems, "whether the data is kept is unknown: "+err.Error())
	}
	if v, err := awaitCall(st, "estimate"); err == nil && v.Type() == app.TypeObject {
		u, q := v.Get("usage"), v.Get("quota")
		if u.Type() == app.TypeNumber && q.Type() == app.TypeNumber {
			s.Usage, s.Quota, s.EstimateKnown = u.Float(), q.Float(), true
		}
	} else if err != nil {
		problems = append(problems, "the space used is unknown: "+err.Error())
	}
	for i, p := range problems {
		if i > 0 {
			s.Problem += "; "
		}
		s.Problem += p
	}
	rememberStorage(s)
	return s
}

// awaitCall calls a method of obj that returns a promise and waits for it;
// a missing method is an error, not a crash.
func awaitCall(obj app.Value, method string) (app.Value, error) {
	fn, err := jsGet(obj, method)
	if err != nil || fn.Type() != app.TypeFunction {
		return nil, fmt.Errorf("this browser cannot do %s", method)
	}
	p, err := jsCall(obj, method)
	if err != nil {
		return nil, err
	}
	return await(p)
}
