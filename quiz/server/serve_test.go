//go:build !wasm

package server

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"factquiz/quiz/ui"

	"github.com/andybalholm/brotli"
)

var registerRoutes = sync.OnceFunc(ui.Routes)

const secret = "TOP-SECRET-CONTENT"

// fixture is a site over temporary web/ and questions/ folders, with a
// secret file beside them that must never be served, and symlinks to it.
type fixture struct {
	dir, web, questions string
	wasm                []byte
	site                *site
	srv                 *httptest.Server
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	registerRoutes()
	dir := t.TempDir()
	f := &fixture{dir: dir, web: filepath.Join(dir, "web"), questions: filepath.Join(dir, "questions")}
	must(t, os.MkdirAll(f.web, 0o755))
	must(t, os.MkdirAll(filepath.Join(f.questions, "articles"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "secret.txt"), []byte(secret), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(secret), 0o644))

	f.wasm = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("factquiz wasm "), 5000)...)
	must(t, os.WriteFile(filepath.Join(f.web, "app.wasm"), f.wasm, 0o644))
	var out, errb bytes.Buffer
	if code := runCompress([]string{filepath.Join(f.web, "app.wasm")}, &out, &errb); code != 0 {
		t.Fatalf("compress: %d %s", code, errb.String())
	}
	for _, name := range []string{"icon-192.png", "icon-512.png", "icon-maskable-512.png", "icon.svg"} {
		must(t, os.WriteFile(filepath.Join(f.web, name), []byte("icon "+name), 0o644))
	}
	must(t, os.WriteFile(filepath.Join(f.web, "app.css"), []byte("body{}"), 0o644))
	must(t, os.WriteFile(filepath.Join(f.web, ".hidden.css"), []byte(secret), 0o644))
	must(t, os.Symlink(filepath.Join(dir, "secret.txt"), filepath.Join(f.web, "leak.css")))

	f.writeQuestion(t, "karabakh.yaml", "title: Karabakh\nquestions: []\n")
	f.writeQuestion(t, "b-quiz.gift", "::Q1:: 1+1 {=2}\n")
	f.writeQuestion(t, "notes.md", "not a question file")
	f.writeQuestion(t, ".hidden.yaml", secret)
	f.writeQuestion(t, "index.json", `{"not":"this"}`)
	f.writeQuestion(t, "big.yaml", strings.Repeat("x", maxQuestionFileSize+1))
	f.writeQuestion(t, "articles/karabakh.txt", "an article")
	must(t, os.Symlink(filepath.Join(dir, "secret.txt"), filepath.Join(f.questions, "link.yaml")))
	must(t, os.Symlink("karabakh.yaml", filepath.Join(f.questions, "alias.yaml")))

	f.site = newSite(f.web, f.questions, io.Discard)
	// Every request looks at every file, and a rewrite is taken at once:
	// the tests change files and ask at once (TestQuestionIndexSettles
	// tests the delays).
	f.site.checkEvery, f.site.questions.settle = 0, 0
	if _, err := f.site.refresh(); err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(f.site)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) writeQuestion(t *testing.T, name, content string) {
	t.Helper()
	must(t, os.WriteFile(filepath.Join(f.questions, name), []byte(content), 0o644))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// get sends a request through the real server with the given headers.
func (f *fixture) get(t *testing.T, target string, headers ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, f.srv.URL+target, nil)
	must(t, err)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	res, err := tr.RoundTrip(req)
	must(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	must(t, err)
	return res, body
}

// rawGet writes the request line as is, so that the server, not the
// client, decides what an odd path means.
func (f *fixture) rawGet(t *testing.T, target string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(f.srv.URL, "http://"))
	must(t, err)
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n", target)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	must(t, err)
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}

func TestServeRefusesPathsOutsideWebAndQuestions(t *testing.T) {
	f := newFixture(t)
	for _, target := range []string{
		"/web/../go.mod",
		"/web/../secret.txt",
		"/web/..%2fsecret.txt",
		"/web/..%2Fsecret.txt",
		"/web/%2e%2e/secret.txt",
		"/web/%2E%2E%2Fsecret.txt",
		"/web/%252e%252e%252fsecret.txt",
		"/web/%25252e%25252e/secret.txt",
		"/web/..\\secret.txt",
		"/web/..%5csecret.txt",
		"/web/app.css%00",
		"/web/app.css%00.png",
		"/web/./app.css",
		"/web//app.css",
		"/web/leak.css",
		"/web/.hidden.css",
		"/web/",
		"/web",
		"/questions/../secret.txt",
		"/questions/..%2fsecret.txt",
		"/questions/%2e%2e%2fsecret.txt",
		"/questions/%252e%252e%252fsecret.txt",
		"/questions/..\\secret.txt",
		"/questions/link.yaml",
		"/questions/alias.yaml",
		"/questions/.hidden.yaml",
		"/questions/notes.md",
		"/questions/big.yaml",
		"/questions/articles/karabakh.txt",
		"/questions/articles%2fkarabakh.txt",
		"/questions/karabakh.yaml/",
		"/questions/karabakh.yaml%00",
		"/questions/",
		"/questions/index.json/../../secret.txt",
		"/%2e%2e/secret.txt",
		"//secret.txt",
		"/../secret.txt",
		"/go.mod",
		"/secret.txt",
		"/x/../web/app.css",
		"/0123/web/../../go.mod",
	} {
		t.Run(target, func(t *testing.T) {
			code, body := f.rawGet(t, target)
			if code != http.StatusNotFound && code != http.StatusBadRequest {
				t.Errorf("GET %s = %d, want 404", target, code)
			}
			if strings.Contains(body, secret) {
				t.Errorf("GET %s leaked the secret", target)
			}
		})
	}
	// The version prefix go-app accepts must not reach its file server.
	v := f.site.current().version
	if code, body := f.rawGet(t, "/"+v+"/web/../../go.mod"); code != http.StatusNotFound || strings.Contains(body, secret) {
		t.Errorf("version-prefixed traversal = %d", code)
	}
	for _, target := range []string{"/web/app.css", "/questions/karabakh.yaml", "/questions/b-quiz.gift"} {
		if code, _ := f.rawGet(t, target); code != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", target, code)
		}
	}
}

func TestServeQuestionFile(t *testing.T) {
	f := newFixture(t)
	res, body := f.get(t, "/questions/karabakh.yaml")
	if res.StatusCode != 200 || string(body) != "title: Karabakh\nquestions: []\n" {
		t.Fatalf("got %d %q", res.StatusCode, body)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	if res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no nosniff")
	}
	etag := res.Header.Get("ETag")
	if res, _ := f.get(t, "/questions/karabakh.yaml", "If-None-Match", etag); res.StatusCode != http.StatusNotModified {
		t.Errorf("same ETag = %d, want 304", res.StatusCode)
	}
	// Same size, new content: a new ETag, and the old one gets the file.
	f.writeQuestion(t, "karabakh.yaml", "title: Karabakh\nquestions: {}\n")
	res, body = f.get(t, "/questions/karabakh.yaml", "If-None-Match", etag)
	if res.StatusCode != 200 || !strings.Contains(string(body), "{}") || res.Header.Get("ETag") == etag {
		t.Errorf("after a change: %d %q etag %s", res.StatusCode, body, res.Header.Get("ETag"))
	}
}

// decodeBody undoes the Content-Encoding ("br", "gzip" or "") of a body.
func decodeBody(t *testing.T, encoding string, body []byte) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(body)
	switch encoding {
	case "br":
		r = brotli.NewReader(r)
	case "gzip":
		zr, err := gzip.NewReader(r)
		must(t, err)
		r = zr
	}
	raw, err := io.ReadAll(r)
	must(t, err)
	return raw
}

func TestServeWasmCompression(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct{ accept, encoding string }{
		{"gzip, deflate, br, zstd", "br"},
		{"br", "br"},
		{"gzip", "gzip"},
		{"deflate, gzip;q=0.5", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"br;q=0, gzip;q=0", ""},
		{"", ""},
		{"identity", ""},
		{"*", "br"},
		{"*, br;q=0", "gzip"},
	} {
		t.Run(tc.accept, func(t *testing.T) {
			res, body := f.get(t, "/web/app.wasm", "Accept-Encoding", tc.accept)
			if res.StatusCode != 200 {
				t.Fatalf("status %d", res.StatusCode)
			}
			if got := res.Header.Get("Content-Encoding"); got != tc.encoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tc.encoding)
			}
			if res.Header.Get("Content-Type") != "application/wasm" {
				t.Errorf("Content-Type = %q", res.Header.Get("Content-Type"))
			}
			if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
				t.Errorf("Vary = %q", res.Header.Get("Vary"))
			}
			if res.Header.Get("Content-Length") != fmt.Sprint(len(body)) {
				t.Errorf("Content-Length %s for %d bytes", res.Header.Get("Content-Length"), len(body))
			}
			raw := decodeBody(t, tc.encoding, body)
			if !bytes.Equal(raw, f.wasm) {
				t.Errorf("decoded body is not app.wasm (%d bytes)", len(raw))
			}
		})
	}

	// A compressed copy older than app.wasm (a build without compress) is
	// not sent.
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(filepath.Join(f.web, "app.wasm.br"), old, old))
	res, _ := f.get(t, "/web/app.wasm", "Accept-Encoding", "br, gzip")
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("stale .br: Content-Encoding = %q, want gzip", res.Header.Get("Content-Encoding"))
	}

	// go-app's manifest and loader use the uncompressed size.
	if got := f.site.current().handler.WasmContentLength; got != fmt.Sprint(len(f.wasm)) {
		t.Errorf("WasmContentLength = %q, want %d", got, len(f.wasm))
	}
}

func TestServeSecurityHeadersOnEveryResponse(t *testing.T) {
	f := newFixture(t)
	for _, target := range []string{
		"/", "/quiz/karabakh", "/app.js", "/app-worker.js", "/wasm_exec.js", "/manifest.webmanifest",
		"/app.css", "/web/app.css", "/web/app.wasm", "/questions/index.json", "/questions/karabakh.yaml",
		"/nope", "/web/../go.mod", "/robots.txt",
	} {
		res, _ := f.get(t, target)
		h := res.Header
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{
			"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'",
			"img-src 'self' data:", "connect-src 'self'", "worker-src 'self'", "manifest-src 'self'",
			"object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'",
		} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", target, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "'unsafe-eval'") {
			t.Errorf("%s: CSP allows inline code: %q", target, csp)
		}
		for k, v := range map[string]string{
			"X-Content-Type-Options":     "nosniff",
			"Referrer-Policy":            "no-referrer",
			"X-Frame-Options":            "DENY",
			"Cross-Origin-Opener-Policy": "same-origin",
		} {
			if h.Get(k) != v {
				t.Errorf("%s: %s = %q, want %q", target, k, h.Get(k), v)
			}
		}
		if h.Get("Permissions-Policy") == "" {
			t.Errorf("%s: no Permissions-Policy", target)
		}
	}
}

func TestServePageHasNoInlineScriptAndLocalIcons(t *testing.T) {
	f := newFixture(t)
	res, body := f.get(t, "/")
	if res.StatusCode != 200 {
		t.Fatalf("GET / = %d", res.StatusCode)
	}
	page := string(body)
	if strings.Contains(page, "<script>") || strings.Contains(page, " style=") {
		t.Errorf("the page has inline script or style, which the CSP blocks:\n%s", page)
	}
	for _, want := range []string{"Loading Factquiz 0%", `href="/web/app.css"`, `src="/app.js"`, "/web/icon.svg", "<title>Factquiz</title>"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	_, manifest := f.get(t, "/manifest.webmanifest")
	if strings.Contains(string(manifest), "http") {
		t.Errorf("manifest points outside the server: %s", manifest)
	}
	for _, want := range []string{`"name":"Factquiz"`, "/web/icon-192.png", "/web/icon-512.png", "/web/icon-maskable-512.png", "maskable"} {
		if !strings.Contains(string(manifest), want) {
			t.Errorf("manifest lacks %s: %s", want, manifest)
		}
	}
	_, worker := f.get(t, "/app-worker.js")
	for _, want := range []string{"/questions/index.json", "/questions/karabakh.yaml", "/questions/b-quiz.gift", "/web/app.wasm", "/web/icon.svg", "event.waitUntil", f.site.current().version} {
		if !strings.Contains(string(worker), want) {
			t.Errorf("app-worker.js lacks %s", want)
		}
	}
	if strings.Contains(string(worker), "{{.") {
		t.Error("app-worker.js has an unfilled placeholder")
	}
	// The service worker template is not a file of its own.
	for _, target := range []string{"/app-worker.tmpl.js", "/web/app-worker.tmpl.js"} {
		if res, _ := f.get(t, target); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d", target, res.StatusCode)
		}
	}
}

type index struct {
	Version string         `json:"version"`
	Files   []questionFile `json:"files"`
}

func (f *fixture) index(t *testing.T) index {
	t.Helper()
	res, body := f.get(t, "/questions/index.json")
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("index.json: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	var ix index
	must(t, json.Unmarshal(body, &ix))
	return ix
}

func TestServeIndexJSON(t *testing.T) {
	f := newFixture(t)
	ix := f.index(t)
	var names []string
	for _, q := range ix.Files {
		names = append(names, q.Name)
		if len(q.Hash) != 2*indexHashBytes || q.Size <= 0 {
			t.Errorf("%s: hash %q size %d", q.Name, q.Hash, q.Size)
		}
	}
	if got, want := strings.Join(names, " "), "b-quiz.gift karabakh.yaml"; got != want {
		t.Errorf("files = %s, want %s", got, want)
	}
	if ix.Files[1].Size != int64(len("title: Karabakh\nquestions: []\n")) {
		t.Errorf("size = %d", ix.Files[1].Size)
	}
	if ix.Version == "" || ix.Version != f.site.current().version {
		t.Errorf("version %q, site %q", ix.Version, f.site.current().version)
	}
}

func TestServeVersionFollowsWhatIsServed(t *testing.T) {
	f := newFixture(t)
	v1 := f.index(t).Version
	res, _ := f.get(t, "/")
	etag1 := res.Header.Get("ETag")
	if etag1 != `"`+v1+`"` {
		t.Fatalf("page ETag %s, version %s", etag1, v1)
	}
	if res, _ := f.get(t, "/", "If-None-Match", etag1); res.StatusCode != http.StatusNotModified {
		t.Errorf("unchanged: %d, want 304", res.StatusCode)
	}

	// A new question file: a new version at the next page load.
	f.writeQuestion(t, "new-quiz.json", `{"title":"New"}`)
	res, body := f.get(t, "/", "If-None-Match", etag1)
	if res.StatusCode != 200 || len(body) == 0 {
		t.Fatalf("after a new file, old ETag got %d: the browser would keep the old page", res.StatusCode)
	}
	etag2 := res.Header.Get("ETag")
	v2 := f.index(t).Version
	if v2 == v1 || etag2 != `"`+v2+`"` {
		t.Fatalf("version %s -> %s, ETag %s", v1, v2, etag2)
	}
	_, worker := f.get(t, "/app-worker.js", "If-None-Match", etag1)
	if !strings.Contains(string(worker), v2) || !strings.Contains(string(worker), "/questions/new-quiz.json") {
		t.Errorf("the worker of the new version does not cache the new file")
	}
	_, appJS := f.get(t, "/app.js")
	if !strings.Contains(string(appJS), v2) {
		t.Errorf("app.js does not carry the new version")
	}

	// The worker's update check alone (no page load) sees a change too.
	f.writeQuestion(t, "karabakh.yaml", "title: Karabakh\nquestions: {}\n") // same size
	_, worker = f.get(t, "/app-worker.js")
	v3 := f.site.current().version
	if v3 == v2 || !strings.Contains(string(worker), v3) {
		t.Errorf("changed content: version %s -> %s", v2, v3)
	}

	// A new app.wasm is a new version too.
	must(t, os.WriteFile(filepath.Join(f.web, "app.wasm"), append(f.wasm, 0), 0o644))
	v4 := f.index(t).Version
	if v4 == v3 {
		t.Error("a new app.wasm did not change the version")
	}
	// Removing a file changes it again; nothing changed, nothing moves.
	must(t, os.Remove(filepath.Join(f.questions, "new-quiz.json")))
	v5 := f.index(t).Version
	if v5 == v4 || f.index(t).Version != v5 {
		t.Error("version does not follow a removed file, or moves by itself")
	}
}

func TestServeOther(t *testing.T) {
	f := newFixture(t)
	// go-app would fetch /robots.txt from http://<Host header>/web/robots.txt.
	if code, _ := f.rawGet(t, "/robots.txt"); code != http.StatusNotFound {
		t.Errorf("robots.txt without a file = %d", code)
	}
	must(t, os.WriteFile(filepath.Join(f.web, "robots.txt"), []byte("User-agent: *\n"), 0o644))
	if code, body := f.rawGet(t, "/robots.txt"); code != 200 || body != "User-agent: *\n" {
		t.Errorf("robots.txt = %d %q", code, body)
	}
	res, err := http.Post(f.srv.URL+"/questions/karabakh.yaml", "text/plain", strings.NewReader("x"))
	must(t, err)
	res.Body.Close()
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST = %d", res.StatusCode)
	}
	// A missing questions folder is an empty list, not an error.
	s := newSite(f.web, filepath.Join(f.dir, "none"), io.Discard)
	snap, err := s.refresh()
	if err != nil || len(snap.files) != 0 {
		t.Errorf("missing questions: %v %v", snap.files, err)
	}
}

func TestAcceptedEncodings(t *testing.T) {
	for header, want := range map[string]string{
		"gzip, br":                   "br gzip",
		"gzip;q=0.5, br;q=0.1":       "gzip br",
		"br;q=0.1, gzip;q=0.5":       "gzip br",
		"gzip;q=1, br;q=1":           "br gzip",
		"BR;Q=1.0":                   "br",
		"br;q=0":                     "",
		"gzip;q=0.001":               "gzip",
		"*;q=0":                      "",
		"*":                          "br gzip",
		"*;q=0.5, gzip":              "gzip br",
		"deflate":                    "",
		"":                           "",
		" gzip ; q=1 , br;q=0":       "gzip",
		"gzip;q=0.5, identity":       "",
		"gzip;q=0.5, identity;q=0.2": "gzip",
		"gzip;q=2, br;q=0.5":         "gzip br", // out of range: taken as 1
	} {
		if got := strings.Join(acceptedEncodings(header, "br", "gzip"), " "); got != want {
			t.Errorf("%q: %q, want %q", header, got, want)
		}
	}
}

func TestServeWasmHonoursQValues(t *testing.T) {
	f := newFixture(t)
	for header, want := range map[string]string{
		"gzip;q=0.5, br;q=0.1": "gzip",
		"br;q=0.5, gzip;q=0.1": "br",
		"gzip, br":             "br",
		"br;q=0, gzip;q=0":     "",
	} {
		res, _ := f.get(t, "/web/app.wasm", "Accept-Encoding", header)
		if got := res.Header.Get("Content-Encoding"); got != want {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", header, got, want)
		}
	}
}

// TestServeIndexEncodings: index.json is sent in the coding the browser
// prefers (q-values honoured), each decoding to the same list, with one
// ETag for all of them and Content-Length of the bytes sent.
func TestServeIndexEncodings(t *testing.T) {
	f := newFixture(t)
	_, plain := f.get(t, "/questions/index.json")
	wantTag := `"i-` + f.site.current().version + `"`
	for _, tc := range []struct{ accept, encoding string }{
		{"gzip, deflate, br, zstd", "br"},
		{"gzip", "gzip"},
		{"gzip;q=0.5, br;q=0.1", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"br;q=0, gzip;q=0", ""},
		{"deflate", ""},
		{"", ""},
	} {
		t.Run(tc.accept, func(t *testing.T) {
			res, body := f.get(t, "/questions/index.json", "Accept-Encoding", tc.accept)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
			if got := res.Header.Get("Content-Encoding"); got != tc.encoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tc.encoding)
			}
			if got := res.Header.Get("ETag"); got != wantTag {
				t.Errorf("ETag = %q, want %q", got, wantTag)
			}
			if res.Header.Get("Content-Length") != fmt.Sprint(len(body)) {
				t.Errorf("Content-Length %s for %d bytes", res.Header.Get("Content-Length"), len(body))
			}
			got := decodeBody(t, tc.encoding, body)
			if !bytes.Equal(got, plain) {
				t.Errorf("decoded body differs from the plain index:\n%s\n%s", got, plain)
			}
		})
	}
}

func TestServeIfNoneMatchOnQuestionFiles(t *testing.T) {
	f := newFixture(t)
	res, _ := f.get(t, "/questions/karabakh.yaml")
	etag := res.Header.Get("ETag")
	for _, tt := range []struct {
		header string
		want   int
	}{
		{etag, http.StatusNotModified},
		{"W/" + etag, http.StatusNotModified},
		{`"a", ` + etag, http.StatusNotModified},
		{`"a",W/` + etag + `, "b"`, http.StatusNotModified},
		{"*", http.StatusNotModified},
		{`"a", "b"`, http.StatusOK},
		{`W/"q-0000000000000000"`, http.StatusOK},
		{strings.Trim(etag, `"`), http.StatusOK}, // not quoted: no tag
		{"", http.StatusOK},
	} {
		res, body := f.get(t, "/questions/karabakh.yaml", "If-None-Match", tt.header)
		if res.StatusCode != tt.want {
			t.Errorf("If-None-Match %q: %d, want %d", tt.header, res.StatusCode, tt.want)
		}
		if tt.want == http.StatusOK && string(body) != "title: Karabakh\nquestions: []\n" {
			t.Errorf("If-None-Match %q: body %q", tt.header, body)
		}
	}
	// index.json too.
	res, _ = f.get(t, "/questions/index.json")
	if res, _ := f.get(t, "/questions/index.json", "If-None-Match", `"x", W/`+res.Header.Get("ETag")); res.StatusCode != http.StatusNotModified {
		t.Errorf("index.json with its weak ETag in a list: %d, want 304", res.StatusCode)
	}
}

func TestRunServeFlags(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runServe([]string{"-nope"}, &out, &errb); code != 2 {
		t.Errorf("bad flag: %d", code)
	}
	if code := runServe([]string{"extra"}, &out, &errb); code != 2 {
		t.Errorf("extra argument: %d", code)
	}
}

// TestServeConcurrentUpdates: pages, workers and the index are served while
// question files change; run with -race.
func TestServeConcurrentUpdates(t *testing.T) {
	f := newFixture(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 10 {
				target := []string{"/", "/app-worker.js", "/questions/index.json", "/app.js"}[(i+j)%4]
				res, _ := f.get(t, target)
				if res.StatusCode != 200 {
					t.Errorf("GET %s = %d", target, res.StatusCode)
				}
			}
		})
	}
	for i := range 10 {
		f.writeQuestion(t, fmt.Sprintf("q%d.yaml", i), "title: x\n")
	}
	wg.Wait()
	if n := len(f.index(t).Files); n != 12 {
		t.Errorf("%d files listed, want 12", n)
	}
}

// TestPagesSayWhenTheAppIsNotBuilt: with no web/app.wasm (`go run .` in a
// fresh clone), a page says so and how to build it instead of a loader
// that waits forever; once app.wasm is there, the app is served.
func TestPagesSayWhenTheAppIsNotBuilt(t *testing.T) {
	f := newFixture(t)
	wasm := filepath.Join(f.web, "app.wasm")
	must(t, os.Rename(wasm, wasm+".away"))
	for _, page := range []string{"/", "/quiz/karabakh", "/teacher"} {
		res, body := f.get(t, page)
		if res.StatusCode != http.StatusServiceUnavailable || !bytes.Contains(body, []byte("make run")) {
			t.Errorf("%s without app.wasm: %d %q, want 503 saying to run make run", page, res.StatusCode, body)
		}
	}
	must(t, os.Rename(wasm+".away", wasm))
	res, body := f.get(t, "/")
	if res.StatusCode != http.StatusOK || bytes.Contains(body, []byte("not built")) {
		t.Errorf("/ with app.wasm: %d, not-built page shown: %v", res.StatusCode, bytes.Contains(body, []byte("not built")))
	}
}
