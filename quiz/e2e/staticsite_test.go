package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// transfers counts, per URL path, the responses a host sent and the body
// bytes in them: what the page and its service worker downloaded together.
type transfers struct {
	mu     sync.Mutex
	bodies map[string]int64 // body bytes sent
	full   map[string]int   // 200 responses
	not    map[string]int   // 304 responses
}

func newTransfers() *transfers {
	return &transfers{bodies: map[string]int64{}, full: map[string]int{}, not: map[string]int{}}
}

// wrap counts what h sends.
func (c *transfers) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &countingWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(cw, r)
		c.mu.Lock()
		defer c.mu.Unlock()
		c.bodies[r.URL.Path] += cw.n
		switch cw.status {
		case http.StatusOK:
			c.full[r.URL.Path]++
		case http.StatusNotModified:
			c.not[r.URL.Path]++
		}
	})
}

// of is the bytes, full answers and 304s sent for path.
func (c *transfers) of(path string) (bytes int64, full, notModified int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bodies[path], c.full[path], c.not[path]
}

// total is every body byte sent.
func (c *transfers) total() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	var n int64
	for _, b := range c.bodies {
		n += b
	}
	return n
}

func (c *transfers) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var lines []string
	for p, b := range c.bodies {
		lines = append(lines, p+": "+strconv.FormatInt(b, 10)+" bytes, "+strconv.Itoa(c.full[p])+" x 200, "+strconv.Itoa(c.not[p])+" x 304")
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

type countingWriter struct {
	http.ResponseWriter
	status int
	n      int64
}

func (w *countingWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *countingWriter) Write(p []byte) (int, error) {
	n, err := w.ResponseWriter.Write(p)
	w.n += int64(n)
	return n, err
}

// writeStaticSite runs `factquiz static` into a temporary folder, with
// the given extra flags, and returns the folder.
func writeStaticSite(t testing.TB, questions string, flags ...string) string {
	t.Helper()
	dist := filepath.Join(t.TempDir(), "dist")
	args := append([]string{"static", "-o", dist, "-web", webDir, "-questions", questions}, flags...)
	out, err := exec.Command(binPath, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("factquiz %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return dist
}

// TestStaticSiteFirstVisitDownloadsAppOnce: on a first visit the page
// downloads app.wasm and the service worker caches it; the worker's copy
// must come from the browser's HTTP cache (a 304 at most), so that the
// visit transfers app.wasm once, from `factquiz serve` (brotli) and from
// a plain static host alike.
func TestStaticSiteFirstVisitDownloadsAppOnce(t *testing.T) {
	questions := copyQuestions(t, "karabakh.yaml")

	for _, host := range []struct {
		name string
		// start returns the URL of a host counted by c and the size of
		// one copy of app.wasm as it sends it.
		start func(t *testing.T, c *transfers) (string, int64)
	}{
		{"factquiz serve", func(t *testing.T, c *transfers) (string, int64) {
			s := startServer(t, questions)
			target, err := url.Parse(s.URL)
			if err != nil {
				t.Fatal(err)
			}
			proxy := httptest.NewServer(c.wrap(httputil.NewSingleHostReverseProxy(target)))
			t.Cleanup(proxy.Close)
			return proxy.URL, fileSize(t, filepath.Join(webDir, "app.wasm.br"))
		}},
		{"plain static host", func(t *testing.T, c *transfers) (string, int64) {
			dist := writeStaticSite(t, questions)
			host := httptest.NewServer(c.wrap(http.FileServer(http.Dir(dist))))
			t.Cleanup(host.Close)
			return host.URL, fileSize(t, filepath.Join(dist, "web", "app.wasm"))
		}},
	} {
		t.Run(host.name, func(t *testing.T) {
			c := newTransfers()
			base, wasmSize := host.start(t, c)
			ctx := newBrowser(t)
			navigate(t, ctx, base+"/")
			waitApp(t, ctx)
			waitController(t, ctx)
			waitCached(t, ctx, "/web/app.wasm")

			pageBytes := eval[int64](t, ctx, `performance.getEntriesByType("resource")
				.filter(e => new URL(e.name).pathname === "/web/app.wasm")
				.reduce((n, e) => n + e.transferSize, 0)`)
			wasmBytes, full, notModified := c.of("/web/app.wasm")
			t.Logf("first visit: %d bytes in all; app.wasm: %d bytes (%d x 200, %d x 304), one copy %d bytes, the page's transferSize %d",
				c.total(), wasmBytes, full, notModified, wasmSize, pageBytes)
			if full != 1 || wasmBytes != wasmSize {
				t.Errorf("app.wasm was sent %d times (%d bytes; one copy is %d bytes): want once\n%s", full, wasmBytes, wasmSize, c)
			}
			noConsoleErrors(t, ctx)
		})
	}
}

// waitCached waits until the service worker's cache holds path.
func waitCached(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	eval[bool](t, ctx, `(async () => {
		for (;;) {
			for (const k of await caches.keys()) {
				const c = await caches.open(k);
				if ((await c.keys()).some(r => new URL(r.url).pathname === `+strconv.Quote(path)+`)) return true;
			}
			await new Promise(r => setTimeout(r, 100));
		}
	})()`)
}

func fileSize(t testing.TB, name string) int64 {
	t.Helper()
	info, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return info.Size()
}

// plainHost serves dist as a plain static host does, at prefix ("" or
// "/quiz"): Go's file server, no Factquiz code, no headers of ours, no
// compression; a folder's index.html for its path (after a redirect to
// the path with a trailing slash).
func plainHost(t testing.TB, dist, prefix string) *httptest.Server {
	t.Helper()
	var h http.Handler = http.FileServer(http.Dir(dist))
	if prefix != "" {
		mux := http.NewServeMux()
		mux.Handle(prefix+"/", http.StripPrefix(prefix, h))
		h = mux
	}
	host := httptest.NewServer(h)
	t.Cleanup(host.Close)
	return host
}

// goOffline cuts the tab and its service worker off the network.
func goOffline(t testing.TB, ctx context.Context) {
	t.Helper()
	yes := true
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	_, byRule := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: &yes,
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	})
	var state error
	if byRule == nil {
		_, state = chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1})
	}
	if byRule == nil && state == nil {
		return
	}
	// Debian's Chromium 148 refuses the newer commands' parameters
	// ("Invalid parameters"): the command they replace, which the cdproto
	// version pinned here no longer lists, does the same for the page.
	t.Logf("emulateNetworkConditionsByRule or overrideNetworkState refused (%v, %v): using emulateNetworkConditions", byRule, state)
	if _, err := chromedp.Call(ctx, emulateNetworkConditions, legacyNetworkConditions{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
}

// legacyNetworkConditions are the parameters of Network.emulateNetworkConditions.
type legacyNetworkConditions struct {
	Offline            bool    `json:"offline"`
	Latency            float64 `json:"latency"`
	DownloadThroughput float64 `json:"downloadThroughput"`
	UploadThroughput   float64 `json:"uploadThroughput"`
}

var emulateNetworkConditions = cdp.Command[legacyNetworkConditions, cdp.Empty]{Method: "Network.emulateNetworkConditions"}

// TestStaticSiteOnAPlainHost: `factquiz static` at a domain's root and
// under /quiz, served by Go's file server: a quiz opens by its direct
// link and is taken, every link stays under the prefix, the app is
// installable, and offline a quiz page never opened before loads, reloads
// and is taken.
func TestStaticSiteOnAPlainHost(t *testing.T) {
	questions := copyQuestions(t, "karabakh.yaml", "capitals.aiken")
	karabakh := loadQuiz(t, filepath.Join(questions, "karabakh.yaml"))
	capitals := loadQuiz(t, filepath.Join(questions, "capitals.aiken"))
	for _, prefix := range []string{"", "/quiz"} {
		t.Run("prefix="+prefix, func(t *testing.T) {
			dist := writeStaticSite(t, questions, "-prefix", prefix)
			host := plainHost(t, dist, prefix)
			base := host.URL + prefix
			ctx := newBrowser(t)
			p := newLearnerTab(t, ctx, "static site")

			p.startQuiz(base, karabakh)
			if got, want := eval[string](t, ctx, `location.pathname`), prefix+"/quiz/"+karabakh.ID; got != want {
				t.Errorf("the direct link shows %s, want %s", got, want)
			}
			p.playRight(karabakh)
			for _, page := range []string{"/", "/quiz/" + karabakh.ID} {
				p.open(base + page)
				for _, href := range eval[[]string](t, ctx, `[...document.querySelectorAll("a[href]")].map(a => a.getAttribute("href"))`) {
					if strings.HasPrefix(href, "/") && !strings.HasPrefix(href, prefix+"/") {
						t.Errorf("%s links to %s, outside %s/", page, href, prefix)
					}
				}
			}
			waitController(t, ctx)
			waitCached(t, ctx, prefix+"/web/app.wasm")
			res, err := chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range res.InstallabilityErrors {
				t.Errorf("not installable: %s %v", e.ErrorID, e.ErrorArguments)
			}
			noConsoleErrors(t, ctx)

			// DevTools' offline mode does not reach the worker's own
			// fetches here: the host goes away too.
			goOffline(t, ctx)
			host.Close()
			// A path no cache holds (the worker may match cached files
			// without their query): the worker passes it to the network.
			if got := eval[bool](t, ctx, `fetch("`+prefix+`/web/offline-check-no-such-file.txt").then(() => true, () => false)`); got {
				t.Fatal("the page still reaches the network")
			}
			p.open(base + "/quiz/" + capitals.ID)
			p.reload()
			p.startQuiz(base, capitals)
			p.playRight(capitals)
			p.open(base + "/review")
			if got, want := eval[string](t, ctx, `location.pathname`), prefix+"/review"; got != want {
				t.Errorf("offline /review shows %s", got)
			}
		})
	}
}

// TestStaticSiteUpdateFetchesChangedWasm: after a new app.wasm is
// deployed, the next version's worker caches the new file, not the copy
// in the browser's HTTP cache.
func TestStaticSiteUpdateFetchesChangedWasm(t *testing.T) {
	questions := copyQuestions(t, "karabakh.yaml")
	dist := writeStaticSite(t, questions)
	c := newTransfers()
	host := httptest.NewServer(c.wrap(http.FileServer(http.Dir(dist))))
	t.Cleanup(host.Close)
	ctx := newBrowser(t)
	navigate(t, ctx, host.URL+"/")
	waitApp(t, ctx)
	waitController(t, ctx)
	waitCached(t, ctx, "/web/app.wasm")

	// The same app with a custom section added: another file, still valid.
	web2 := t.TempDir()
	entries, err := os.ReadDir(webDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "app.wasm.") {
			continue // a plain host sends app.wasm itself
		}
		data, err := os.ReadFile(filepath.Join(webDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == "app.wasm" {
			name := "factquiz-update-test"
			payload := strings.Repeat("x", 100)
			data = append(data, 0, byte(1+len(name)+len(payload)), byte(len(name)))
			data = append(append(data, name...), payload...)
		}
		if err := os.WriteFile(filepath.Join(web2, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(binPath, "static", "-o", dist, "-web", web2, "-questions", questions).CombinedOutput()
	if err != nil {
		t.Fatalf("static: %v\n%s", err, out)
	}
	newSize := fileSize(t, filepath.Join(dist, "web", "app.wasm"))
	var ix struct{ Version string }
	data, err := os.ReadFile(filepath.Join(dist, "questions", "index.json"))
	if err == nil {
		err = json.Unmarshal(data, &ix)
	}
	if err != nil {
		t.Fatal(err)
	}
	_, fullBefore, _ := c.of("/web/app.wasm")

	// The update check is asked again every few seconds until the new
	// cache holds app.wasm, as a browser checks again on each navigation:
	// one check can be lost under load (app.js drops it while its
	// registration promise is pending), and a repeated check of a worker
	// already installing fetches nothing, which the count below verifies.
	js := fmt.Sprintf(`caches.open("app-%s").then(c => c.match("/web/app.wasm")).then(r => r ? r.arrayBuffer().then(b => b.byteLength) : 0)`, ix.Version)
	deadline := time.Now().Add(60 * time.Second)
	var got int64
	var lastCheck time.Time
	for time.Now().Before(deadline) {
		if time.Since(lastCheck) > 5*time.Second {
			eval[chromedp.Void](t, ctx, `goappTryUpdate()`)
			lastCheck = time.Now()
		}
		if got = eval[int64](t, ctx, js); got != 0 {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if got != newSize {
		t.Errorf("the new version's cache holds app.wasm of %d bytes, want the new file's %d\n%s", got, newSize, c)
	}
	if _, full, _ := c.of("/web/app.wasm"); full != fullBefore+1 {
		t.Errorf("the changed app.wasm was sent %d times, want once\n%s", full-fullBefore, c)
	}
}
