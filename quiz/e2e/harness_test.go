// Package e2e holds Factquiz's browser tests: the real server and the real
// app.wasm, driven in Debian's Chromium through chromedp.
//
// The harness, shared by every test of the package:
//
//   - TestMain builds app.wasm (GOOS=js GOARCH=wasm, stripped, as `make
//     wasm` does) and the native binary once per run, compresses the wasm
//     with the binary's `compress` command, and copies the statics of web/
//     beside it (webDir).
//   - startServer(t, questionsDir) runs `factquiz serve` on a free port of
//     127.0.0.1 over webDir and the given questions folder; Stop ends it
//     (to test offline), Restart starts it again on the same address.
//   - newBrowser(t) is a chromedp context on a fresh headless Chromium
//     (fresh profile) that records the page's console messages, uncaught
//     exceptions and browser log entries (CSP violations are log errors):
//     consoleErrors(ctx) lists the errors, noConsoleErrors(t, ctx) fails
//     on any.
//   - waitApp(t, ctx) waits until the wasm started (#app-wasm-loader gone).
//   - axe(t, ctx) runs axe-core (pinned in package-lock.json, installed by
//     `make e2e-deps`) on the page and returns its serious and critical
//     violations.
//   - copyQuestions(t, names...) is a temporary questions folder with
//     copies of files of the repository's questions/.
//
// `go test -short` skips the package.
package e2e

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's Chromium; `make chromium` installs it.
const chromiumPath = "/usr/bin/chromium"

var (
	repoRoot string // the module's root folder
	binPath  string // the native factquiz binary
	webDir   string // web/ statics with the freshly built app.wasm(.br,.gz)
	buildErr error  // why the build failed; every test then fails with it
)

// wasmBuildFlags are the Makefile's WASMFLAGS: stripped, and without
// inlining, which makes app.wasm about 8% smaller once compressed at the
// cost of a little CPU time the UI does not miss.
var wasmBuildFlags = []string{"-trimpath", "-gcflags=all=-l", "-ldflags=-s -w"}

// wasmModfile is the go.mod the wasm is built with, written by
// quiz/goappwasm as `make wasm` does: go-app replaced by a copy whose
// server code (net/http, TLS) is tagged !wasm.
var wasmModfile string

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		fmt.Println("e2e: skipped in -short mode")
		os.Exit(0)
	}
	tmp, err := os.MkdirTemp("", "factquiz-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	buildErr = build(tmp)
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

// build writes tmp/factquiz and tmp/web.
func build(tmp string) error {
	root, err := filepath.Abs("../..")
	if err != nil {
		return err
	}
	repoRoot = root
	binPath = filepath.Join(tmp, "factquiz")
	webDir = filepath.Join(tmp, "web")
	if err := os.MkdirAll(webDir, 0o755); err != nil {
		return err
	}
	goBin := "go"
	if p, err := exec.LookPath("go"); err == nil {
		goBin = p
	}
	start := time.Now()
	var wg sync.WaitGroup
	var wasmErr, binErr error
	wasmModfile = filepath.Join(tmp, "wasm.mod")
	wg.Go(func() {
		prepare := exec.Command(goBin, "run", "./quiz/goappwasm", "-modfile", wasmModfile)
		prepare.Dir = repoRoot
		if out, err := prepare.CombinedOutput(); err != nil {
			wasmErr = fmt.Errorf("go run ./quiz/goappwasm: %v\n%s", err, out)
			return
		}
		args := append([]string{"-modfile=" + wasmModfile}, wasmBuildFlags...)
		wasmErr = goBuild(goBin, []string{"GOOS=js", "GOARCH=wasm"}, append(args, "-o", filepath.Join(webDir, "app.wasm"), ".")...)
	})
	wg.Go(func() {
		binErr = goBuild(goBin, nil, "-trimpath", "-o", binPath, ".")
	})
	wg.Wait()
	if err := errors.Join(wasmErr, binErr); err != nil {
		return err
	}
	entries, err := os.ReadDir(filepath.Join(root, "web"))
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(name, "app.wasm") || strings.HasPrefix(name, ".") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, "web", name))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(webDir, name), data, 0o644); err != nil {
			return err
		}
	}
	out, err := exec.Command(binPath, "compress", filepath.Join(webDir, "app.wasm")).CombinedOutput()
	if err != nil {
		return fmt.Errorf("compress: %v\n%s", err, out)
	}
	fmt.Printf("e2e: built app.wasm and the server in %s; %s", time.Since(start).Round(time.Second), out)
	return nil
}

func goBuild(goBin string, env []string, args ...string) error {
	cmd := exec.Command(goBin, append([]string{"build"}, args...)...)
	cmd.Dir = repoRoot
	cmd.Env = append(append(os.Environ(), "GOFLAGS=-buildvcs=false"), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s go build %s: %v\n%s", strings.Join(env, " "), strings.Join(args, " "), err, out)
	}
	return nil
}

// requireBuild fails the test when TestMain could not build the app.
func requireBuild(t testing.TB) {
	t.Helper()
	if buildErr != nil {
		t.Fatalf("building the app failed:\n%v", buildErr)
	}
}

// server is a running `factquiz serve`.
type server struct {
	URL       string // "http://127.0.0.1:port", no trailing slash
	Addr      string
	Questions string // its questions folder

	t   testing.TB
	mu  sync.Mutex
	cmd *exec.Cmd
	out *lockedBuffer
}

// startServer serves webDir and questionsDir on a free port until the test
// ends. The server's output is logged if the test fails.
func startServer(t testing.TB, questionsDir string) *server {
	t.Helper()
	requireBuild(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	s := &server{URL: "http://" + addr, Addr: addr, Questions: questionsDir, t: t, out: &lockedBuffer{}}
	s.start(t)
	t.Cleanup(func() {
		s.Stop()
		if t.Failed() {
			t.Logf("server output:\n%s", s.out.String())
		}
	})
	return s
}

func (s *server) start(t testing.TB) {
	t.Helper()
	cmd := exec.Command(binPath, "serve", "-addr", s.Addr, "-web", webDir, "-questions", s.Questions)
	cmd.Stdout = s.out
	cmd.Stderr = s.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	s.cmd = cmd
	s.mu.Unlock()
	deadline := time.Now().Add(15 * time.Second)
	for {
		res, err := http.Get(s.URL + "/questions/index.json")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return
			}
		}
		if time.Now().After(deadline) {
			s.Stop()
			t.Fatalf("server did not answer on %s: %v\n%s", s.URL, err, s.out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Stop ends the server (SIGINT, then SIGKILL after 10 s). The browser is
// then offline as far as the app is concerned.
func (s *server) Stop() {
	s.mu.Lock()
	cmd := s.cmd
	s.cmd = nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		<-done
	}
}

// Log is what the server printed so far.
func (s *server) Log() string { return s.out.String() }

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// copyQuestions is a temporary questions folder with copies of the named
// files of the repository's questions/.
func copyQuestions(t testing.TB, names ...string) string {
	t.Helper()
	requireBuild(t)
	dir := t.TempDir()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(repoRoot, "questions", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// consoleLog is what a page wrote to its console.
type consoleLog struct {
	mu       sync.Mutex
	messages []string // "type: text (url:line)"
	errors   []string
}

type consoleKey struct{}

// newBrowser starts a headless Chromium with a fresh profile and returns a
// context for one tab; it ends with the test. Everything the page writes to
// the console is recorded (see consoleErrors).
func newBrowser(t testing.TB) context.Context {
	t.Helper()
	ctx, _ := newBrowserIn(t, t.TempDir())
	return ctx
}

// browserOptions are the flags every test's Chromium runs with: headless,
// no sandbox (root in CI), no first-run or background traffic, on the
// profile folder profile.
func browserOptions(profile string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.NoSandbox,
		chromedp.NoFirstRun,
		chromedp.DisableGPU,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
}

// newBrowserIn starts Chromium on the profile folder profile; closing it
// (the returned function, also called at the test's end) lets the same
// profile be opened again, as a learner closing and reopening the browser.
func newBrowserIn(t testing.TB, profile string) (context.Context, func()) {
	t.Helper()
	requireBuild(t)
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Fatalf("%s is missing: run `make chromium` (apt-get install chromium)", chromiumPath)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(profile)...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	closeBrowser := func() {
		cancel()
		cancelAlloc()
	}
	t.Cleanup(closeBrowser)
	cl := &consoleLog{}
	// Listen starts the browser with ctx, which has no deadline, so that
	// later calls may use timeouts without ending the browser.
	err := chromedp.Listen(ctx, func(ev any) {
		var typ, text, where string
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			typ = string(ev.Type)
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, remoteText(a))
			}
			text = strings.Join(parts, " ")
			if st := ev.StackTrace; st != nil && len(st.CallFrames) > 0 {
				where = fmt.Sprintf("%s:%d", st.CallFrames[0].URL, st.CallFrames[0].LineNumber+1)
			}
		case *runtime.EventExceptionThrown:
			typ = "exception"
			d := ev.ExceptionDetails
			text = d.Text
			if d.Exception != nil {
				text += " " + remoteText(d.Exception)
			}
			where = fmt.Sprintf("%s:%d", d.URL, d.LineNumber+1)
		case *log.EventEntryAdded:
			typ = string(ev.Entry.Level)
			text = "[" + string(ev.Entry.Source) + "] " + ev.Entry.Text
			where = ev.Entry.URL
		default:
			return
		}
		m := typ + ": " + text
		if where != "" && where != ":1" {
			m += " (" + where + ")"
		}
		cl.mu.Lock()
		cl.messages = append(cl.messages, m)
		if typ == "error" || typ == "exception" || typ == "assert" {
			cl.errors = append(cl.errors, m)
		}
		cl.mu.Unlock()
	})
	if err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	ctx = context.WithValue(ctx, consoleKey{}, cl)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("browser console:\n%s", strings.Join(consoleMessages(ctx), "\n"))
		}
	})
	return ctx, closeBrowser
}

func remoteText(o *runtime.RemoteObject) string {
	if o == nil {
		return ""
	}
	if len(o.Value) > 0 {
		s := string(o.Value)
		if len(s) >= 2 && s[0] == '"' {
			s = strings.Trim(s, `"`)
		}
		return s
	}
	if o.Description != "" {
		return o.Description
	}
	return string(o.Type)
}

func consoleOf(ctx context.Context) *consoleLog {
	cl, _ := ctx.Value(consoleKey{}).(*consoleLog)
	if cl == nil {
		panic("e2e: not a context of newBrowser")
	}
	return cl
}

// consoleMessages is every console message of the page so far.
func consoleMessages(ctx context.Context) []string {
	cl := consoleOf(ctx)
	cl.mu.Lock()
	defer cl.mu.Unlock()
	return append([]string(nil), cl.messages...)
}

// consoleErrors is every console error, uncaught exception and browser
// log error (CSP violations, failed loads) of the page so far.
func consoleErrors(ctx context.Context) []string {
	cl := consoleOf(ctx)
	cl.mu.Lock()
	defer cl.mu.Unlock()
	return append([]string(nil), cl.errors...)
}

// clearConsole forgets the messages so far.
func clearConsole(ctx context.Context) {
	cl := consoleOf(ctx)
	cl.mu.Lock()
	defer cl.mu.Unlock()
	cl.messages, cl.errors = nil, nil
}

// noConsoleErrors fails the test if the page logged any error.
func noConsoleErrors(t testing.TB, ctx context.Context) {
	t.Helper()
	if errs := consoleErrors(ctx); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// do runs actions with a timeout; it fails the test on error.
func do(t testing.TB, ctx context.Context, timeout time.Duration, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := chromedp.Do(tctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression, awaiting a promise, and decodes
// its value as T; it fails the test on error.
func eval[T any](t testing.TB, ctx context.Context, js string) T {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// waitController waits until the service worker controls the page. When
// it does not, the message gives the disk's free space and the origin's
// quota: Chromium refuses the worker's caches on a nearly full disk (2.6 GB
// free of 252 GB failed every worker test here), and without these figures
// the failure reads as a timeout in the app.
func waitController(t testing.TB, ctx context.Context) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_, err := chromedp.Run(tctx, chromedp.Evaluate[bool](`navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller ? true :
		new Promise(r => navigator.serviceWorker.addEventListener("controllerchange", () => r(true), {once: true})))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("the service worker does not control the page: %v (%s)", err, storageRoom(ctx))
	}
}

// storageRoom describes the room Chromium has for caches: the free space
// of the disk holding its profile and the origin's quota and usage.
func storageRoom(ctx context.Context) string {
	var room []string
	var fs syscall.Statfs_t
	if err := syscall.Statfs(os.TempDir(), &fs); err == nil {
		room = append(room, fmt.Sprintf("%.1f GB free of %.1f GB on %s", float64(fs.Bavail)*float64(fs.Bsize)/1e9, float64(fs.Blocks)*float64(fs.Bsize)/1e9, os.TempDir()))
	}
	qctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	estimate, err := chromedp.Run(qctx, chromedp.Evaluate[string](`navigator.storage.estimate().then(e => "quota " + e.quota + " bytes, used " + e.usage)`, chromedp.EvalAwaitPromise))
	if err == nil {
		room = append(room, estimate)
	}
	return strings.Join(room, "; ")
}

// navigate loads url in the tab and waits for the load event.
func navigate(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	do(t, ctx, 30*time.Second, chromedp.Navigate(url))
}

// waitApp waits until the wasm runs: go-app removes #app-wasm-loader then.
func waitApp(t testing.TB, ctx context.Context) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, chromedp.WaitNotPresent(chromedp.CSS("#app-wasm-loader"))); err != nil {
		label, _ := chromedp.Run(ctx, chromedp.Evaluate[string](
			`(document.getElementById("app-wasm-loader-label") || {}).innerText || location.href`))
		t.Fatalf("the app did not start: %v (loader says %q)", err, label)
	}
}

// violation is one axe-core rule that fails on the page.
type violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"` // CSS selectors of the failing elements
}

func (v violation) String() string {
	return fmt.Sprintf("%s (%s): %s: %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, ", "))
}

var axeSource = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile(filepath.Join(repoRoot, "quiz", "e2e", "node_modules", "axe-core", "axe.min.js"))
	return string(b), err
})

// axe runs axe-core on the current page and returns its serious and
// critical violations.
// screenshot saves the whole page as a PNG named name (".png" added) in
// the temporary folder, to look at, and logs where. A failure to take it
// is logged, not a test failure.
func screenshot(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	path := filepath.Join(os.TempDir(), strings.TrimSuffix(name, ".png")+".png")
	if err := os.WriteFile(path, png, 0o644); err == nil {
		t.Logf("screenshot: %s", path)
	}
}

// noAxeViolations fails the test for every serious or critical violation
// axe-core finds on the page, saying where.
func noAxeViolations(t testing.TB, ctx context.Context, where string) {
	t.Helper()
	for _, v := range axe(t, ctx) {
		t.Errorf("axe on %s: %s", where, v)
	}
}

// axe is the page's serious and critical axe violations.
func axe(t testing.TB, ctx context.Context) []violation {
	t.Helper()
	var worst []violation
	for _, v := range axeAll(t, ctx) {
		if v.Impact == "serious" || v.Impact == "critical" {
			worst = append(worst, v)
		}
	}
	return worst
}

// injectAxe loads axe-core into the page once.
func injectAxe(t testing.TB, ctx context.Context) {
	t.Helper()
	src, err := axeSource()
	if err != nil {
		t.Fatalf("axe-core is not installed (run `make e2e-deps`): %v", err)
	}
	if !eval[bool](t, ctx, `typeof axe === "object"`) {
		tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(tctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
			t.Fatalf("injecting axe-core: %v", err)
		}
	}
}

// httpGet fetches url from the test (not the browser) and returns the
// response and its body.
func httpGet(t testing.TB, url string, headers ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	res, err := tr.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}
