//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
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
		"index.html", "new.html", "open.html", "teacher.html", "quiz/karabakh.html", "quiz/b-quiz.html",
		"app.js", "app-worker.js", "manifest.webmanifest", "wasm_exec.js", "app.css", "_headers",
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
	if strings.Contains(read("quiz/karabakh.html"), "404 page not found") {
		t.Errorf("quiz/karabakh.html is not the quiz page")
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
	if !strings.Contains(read("_headers"), "Content-Security-Policy: "+contentSecurityPolicy) {
		t.Errorf("_headers lacks the CSP")
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
