//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestRunStatic(t *testing.T) {
	f := newFixture(t)
	out := filepath.Join(t.TempDir(), "dist")
	args := []string{"-o", out, "-web", f.web, "-questions", f.questions}
	var stdout, stderr bytes.Buffer
	if code := runStatic(args, &stdout, &stderr); code != 0 {
		t.Fatalf("static: %d %s", code, stderr.String())
	}
	for _, name := range []string{
		"index.html", "404.html", "new/index.html", "open/index.html", "teacher/index.html", "review/index.html", "shared/index.html",
		"quiz/karabakh/index.html", "quiz/b-quiz/index.html", "progress/karabakh/index.html",
		"app.js", "app-worker.js", "manifest.webmanifest", "wasm_exec.js", "app.css", "_headers", staticNginxFile,
		"web/static-site.js",
		"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/app.css",
		"web/icon.svg", "web/icon-192.png", "web/icon-512.png", "web/icon-maskable-512.png",
		"questions/karabakh.yaml", "questions/b-quiz.gift", "questions/index.json",
	} {
		if info, err := os.Stat(filepath.Join(out, name)); err != nil || info.Size() == 0 {
			t.Errorf("%s: missing or empty (%v)", name, err)
		}
	}
	for _, name := range []string{"web/.hidden.css", "web/leak.css", "questions/link.yaml", "questions/big.yaml", "questions/notes.md", "questions/.hidden.yaml"} {
		if _, err := os.Lstat(filepath.Join(out, name)); err == nil {
			t.Errorf("%s should not be exported", name)
		}
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, name))
		must(t, err)
		return string(b)
	}
	if strings.Contains(read("index.html"), "404 page not found") || !strings.Contains(read("index.html"), "Loading Factquiz") {
		t.Errorf("index.html is not the app's page")
	}
	for _, page := range []string{"quiz/karabakh/index.html", "404.html"} {
		if strings.Contains(read(page), "404 page not found") || !strings.Contains(read(page), `src="/app.js"`) {
			t.Errorf("%s is not a page of the app", page)
		}
	}
	var ix index
	must(t, json.Unmarshal([]byte(read("questions/index.json")), &ix))
	if len(ix.Files) != 2 || ix.Version != f.site.current().version {
		t.Errorf("index.json = %+v, want 2 files and version %s", ix, f.site.current().version)
	}
	worker := read("app-worker.js")
	for _, want := range []string{ix.Version, "/questions/karabakh.yaml", "/questions/index.json", "/web/app.wasm"} {
		if !strings.Contains(worker, want) {
			t.Errorf("app-worker.js lacks %s", want)
		}
	}
	for _, kv := range staticResponseHeaders() {
		if !strings.Contains(read("_headers"), "\n  "+kv[0]+": "+kv[1]+"\n") {
			t.Errorf("_headers lacks %s: %s", kv[0], kv[1])
		}
		if !strings.Contains(read(staticNginxFile), "add_header "+kv[0]+" "+strconv.Quote(kv[1])+" always;") {
			t.Errorf("%s lacks %s: %s", staticNginxFile, kv[0], kv[1])
		}
	}
	if read("web/app.wasm") != string(f.wasm) {
		t.Error("web/app.wasm is not a copy")
	}

	// A second run writes over its own output; another folder is refused.
	if code := runStatic(args, &stdout, &stderr); code != 0 {
		t.Fatalf("second static run: %d %s", code, stderr.String())
	}
	other := t.TempDir()
	must(t, os.WriteFile(filepath.Join(other, "precious.txt"), []byte("x"), 0o644))
	if code := runStatic([]string{"-o", other, "-web", f.web, "-questions", f.questions}, &stdout, &stderr); code == 0 {
		t.Error("static wrote into a folder it did not make")
	}
	if _, err := os.Stat(filepath.Join(other, "precious.txt")); err != nil {
		t.Error("static removed a file it did not write")
	}
}

// TestRunStaticPrefix: under -prefix every URL of the pages, app.js, the
// worker and the manifest is under the prefix, and the pages of the quiz
// routes are still the quiz's (go-app routes after taking the prefix off:
// "/quiz/karabakh" under "/quiz" must not be routed as "/karabakh").
func TestRunStaticPrefix(t *testing.T) {
	f := newFixture(t)
	out := filepath.Join(t.TempDir(), "dist")
	var stdout, stderr bytes.Buffer
	if code := runStatic([]string{"-o", out, "-web", f.web, "-questions", f.questions, "-prefix", "quiz/"}, &stdout, &stderr); code != 0 {
		t.Fatalf("static: %d %s", code, stderr.String())
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, name))
		must(t, err)
		return string(b)
	}
	root, err := runStaticPages(t, f, "")
	must(t, err)
	for _, tc := range []struct{ file, want, wrong string }{
		{"index.html", `src="/quiz/app.js"`, `src="/app.js"`},
		{"index.html", `href="/quiz/review"`, `href="/review"`},
		{"quiz/karabakh/index.html", `href="/quiz/web/app.css"`, `href="/web/app.css"`},
		{"app.js", `"GOAPP_ROOT_PREFIX":"/quiz/"`, `"GOAPP_ROOT_PREFIX":"/"`},
		{"app.js", `"/quiz/web/app.wasm"`, `"/web/app.wasm"`},
		{"app.js", `"/quiz/app-worker.js"`, `"/app-worker.js"`},
		{"app-worker.js", `"/quiz/questions/karabakh.yaml"`, `"/questions/karabakh.yaml"`},
		{"app-worker.js", `"/quiz/"];`, `"/"];`},
		{"manifest.webmanifest", `"scope":"/quiz/"`, `"scope":"/"`},
		{"manifest.webmanifest", `"start_url":"/quiz/"`, `"start_url":"/"`},
		{"web/static-site.js", `var root = "/quiz/";`, `var root = "/";`},
		{"_headers", "/quiz/*\n", "\n/web/app.wasm\n"},
		{staticNginxFile, "location /quiz/ {", "location / {"},
	} {
		got := read(tc.file)
		if !strings.Contains(got, tc.want) || strings.Contains(got, tc.wrong) {
			t.Errorf("%s: want %s and not %s", tc.file, tc.want, tc.wrong)
		}
	}
	// The quiz page under the prefix says what the quiz page at the root
	// says (go-app writes attributes in any order: the text is compared).
	if got, want := pageText(read("quiz/karabakh/index.html")), pageText(root["quiz/karabakh/index.html"]); got != want {
		t.Errorf("quiz/karabakh/index.html under /quiz is not the quiz page:\n%s\nwant\n%s", got, want)
	}

	for _, bad := range []string{"/a b", "/../x", "/a?b", "/é"} {
		var stderr bytes.Buffer
		if code := runStatic([]string{"-o", filepath.Join(t.TempDir(), "d"), "-web", f.web, "-questions", f.questions, "-prefix", bad}, io.Discard, &stderr); code != 2 || !strings.Contains(stderr.String(), "-prefix") {
			t.Errorf("-prefix %q: exit %d, %q", bad, code, stderr.String())
		}
	}
}

// runStaticPages runs static with the prefix and returns its pages.
func runStaticPages(t *testing.T, f *fixture, prefix string) (map[string]string, error) {
	out := filepath.Join(t.TempDir(), "dist")
	var stderr bytes.Buffer
	if code := runStatic([]string{"-o", out, "-web", f.web, "-questions", f.questions, "-prefix", prefix}, io.Discard, &stderr); code != 0 {
		t.Fatalf("static: %d %s", code, stderr.String())
	}
	pages := map[string]string{}
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(out, p)
		pages[filepath.ToSlash(rel)] = string(b)
		return err
	})
	return pages, err
}

// pageText is the text of an HTML page, without its tags.
func pageText(page string) string {
	return strings.Join(strings.Fields(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page, " ")), " ")
}

func TestCleanPrefix(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"", "", ""},
		{"/", "", ""},
		{"quiz", "/quiz", ""},
		{"/quiz/", "/quiz", ""},
		{"/courses/quiz-2.b_c~", "/courses/quiz-2.b_c~", ""},
		{"/a//b", "", "write it as a path"},
		{"/a/../b", "", "write it as a path"},
		{"/a b", "", `' ' cannot be part of it`},
		{"/a%20b", "", `'%' cannot be part of it`},
		{"/quiz?x", "", `'?' cannot be part of it`},
	} {
		got, err := cleanPrefix(tc.in)
		if got != tc.want || (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("cleanPrefix(%q) = %q, %v; want %q, %q", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestPrefixResolver(t *testing.T) {
	for _, tc := range []struct{ prefix, in, want string }{
		{"", "/", "/"},
		{"", "", "/"},
		{"", "/web/app.wasm", "/web/app.wasm"},
		{"", "web/icon.svg", "/web/icon.svg"},
		{"/quiz", "/", "/quiz/"},
		{"/quiz", "", "/quiz/"},
		{"/quiz", "/web/app.wasm", "/quiz/web/app.wasm"},
		{"/quiz", "web/icon.svg", "/quiz/web/icon.svg"},
		{"/quiz", "/quiz/karabakh", "/quiz/quiz/karabakh"},
		{"/quiz", "/questions/a%20b.yaml", "/quiz/questions/a%20b.yaml"},
		{"/quiz", "#main", "#main"},
		{"/quiz", "https://example.org/x", "https://example.org/x"},
		{"/quiz", "//example.org/x", "//example.org/x"},
		{"/quiz", "mailto:a@example.org", "mailto:a@example.org"},
	} {
		if got := (prefixResolver{tc.prefix}).Resolve(tc.in); got != tc.want {
			t.Errorf("prefix %q: Resolve(%q) = %q, want %q", tc.prefix, tc.in, got, tc.want)
		}
	}
}

// TestSecurityHeadersAgree: the server sends the headers that static
// hosts are told to send.
func TestSecurityHeadersAgree(t *testing.T) {
	h := http.Header{}
	setSecurityHeaders(h)
	want := securityHeaders()
	if len(h) != len(want) {
		t.Errorf("the server sets %d headers, securityHeaders lists %d", len(h), len(want))
	}
	for _, kv := range want {
		if got := h.Get(kv[0]); got != kv[1] {
			t.Errorf("%s: the server sends %q, static hosts %q", kv[0], got, kv[1])
		}
	}
}

func TestRunCompress(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "app.wasm")
	data := bytes.Repeat([]byte("some wasm bytes "), 1000)
	must(t, os.WriteFile(name, data, 0o644))
	var out, errb bytes.Buffer
	if code := runCompress([]string{name}, &out, &errb); code != 0 {
		t.Fatalf("compress: %d %s", code, errb.String())
	}
	br, err := os.ReadFile(name + ".br")
	must(t, err)
	got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
	must(t, err)
	if !bytes.Equal(got, data) {
		t.Error("app.wasm.br does not decode to app.wasm")
	}
	gz, err := os.ReadFile(name + ".gz")
	must(t, err)
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	must(t, err)
	got, err = io.ReadAll(zr)
	must(t, err)
	if !bytes.Equal(got, data) {
		t.Error("app.wasm.gz does not decode to app.wasm")
	}
	if len(br) >= len(data) || len(gz) >= len(data) {
		t.Error("not compressed")
	}
	if code := runCompress(nil, &out, &errb); code != 2 {
		t.Errorf("no file: %d", code)
	}
	if code := runCompress([]string{filepath.Join(dir, "missing")}, &out, &errb); code != 1 {
		t.Errorf("missing file: %d", code)
	}
}
