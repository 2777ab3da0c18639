package e2e

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factquiz/quiz/format"
)

// TestQuestionPictures: a GIFT question naming pictures by a path
// relative to its file shows the one beside it in a folder, and not a
// dot-file or a text file renamed .png, which the server refuses.
func TestQuestionPictures(t *testing.T) {
	requireBuild(t)
	dir := t.TempDir()
	img := image.NewPaletted(image.Rect(0, 0, 30, 20), color.Palette{color.White, color.Black})
	img.SetColorIndex(10, 10, 1)
	var picture bytes.Buffer
	if err := png.Encode(&picture, img); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"pics/map.png":     picture.Bytes(),
		"pics/.hidden.png": picture.Bytes(),
		"notes.png":        []byte("a teacher's notes, renamed .png by mistake\n"),
		"pictures.gift": []byte("::Map:: Which lake is marked? " +
			`<img src="pics/map.png" alt="the map"> <img src="pics/.hidden.png" alt="the hidden one"> <img src="notes.png" alt="the renamed notes">` +
			" {=Chad ~Victoria}\n"),
	}
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := startServer(t, dir)

	for _, tc := range []struct {
		path   string
		status int
	}{{"pics/map.png", http.StatusOK}, {"pics/.hidden.png", http.StatusNotFound}, {"notes.png", http.StatusNotFound}} {
		res, _ := httpGet(t, srv.URL+"/questions/"+tc.path)
		if res.StatusCode != tc.status {
			t.Errorf("GET /questions/%s: %d, want %d", tc.path, res.StatusCode, tc.status)
		}
		if tc.status == http.StatusOK && (res.Header.Get("Content-Type") != "image/png" || res.Header.Get("X-Content-Type-Options") != "nosniff") {
			t.Errorf("GET /questions/%s: Content-Type %q, X-Content-Type-Options %q", tc.path, res.Header.Get("Content-Type"), res.Header.Get("X-Content-Type-Options"))
		}
	}

	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	showsPictures := func(where string) {
		t.Helper()
		p.open(srv.URL + "/quiz/" + format.QuizID("pictures.gift"))
		p.click("start")
		p.until(`document.querySelectorAll("#question-prompt img").length === 3`, "the question's three pictures")
		// Each picture once the browser is done with it: loaded or failed.
		p.until(`[...document.querySelectorAll("#question-prompt img")].every(i => i.complete)`, "the pictures to load or fail")
		for _, tc := range []struct {
			alt, src string
			shown    bool
		}{
			{"the map", "/questions/pics/map.png", true},
			{"the hidden one", "/questions/pics/.hidden.png", false},
			{"the renamed notes", "/questions/notes.png", false},
		} {
			got := p.eval(fmt.Sprintf(`(() => { const i = [...document.querySelectorAll("#question-prompt img")].find(i => i.alt === %q); return i ? i.getAttribute("src") + " " + i.naturalWidth : "none"; })()`, tc.alt))
			want := tc.src + " 0"
			if tc.shown {
				want = tc.src + " 30"
			}
			if got != want {
				t.Errorf("%s: picture %q: src and naturalWidth %q, want %q", where, tc.alt, got, want)
			}
		}
	}
	showsPictures("online")
	// The worker cached the picture with the question file at install.
	waitController(t, ctx)
	entries := strings.Join(cached(t, ctx), "\n")
	if !strings.Contains(entries, " /questions/pics/map.png\n") || strings.Contains(entries, "hidden") || strings.Contains(entries, "notes.png") {
		t.Errorf("the worker's cache should hold /questions/pics/map.png and no refused picture; it has:\n%s", entries)
	}
	srv.Stop()
	showsPictures("offline")
}

// TestPictureSentAsTextStillShows: a static host that applies
// `factquiz static`'s _headers sends a picture under /questions/ as
// text/plain with nosniff (docs/serving.md); Chromium still draws it in
// an <img>, and does not draw a text file sent as image/png.
func TestPictureSentAsTextStillShows(t *testing.T) {
	requireBuild(t)
	img := image.NewPaletted(image.Rect(0, 0, 30, 20), color.Palette{color.White, color.Black})
	var picture bytes.Buffer
	if err := png.Encode(&picture, img); err != nil {
		t.Fatal(err)
	}
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, `<!doctype html><title>host</title><img id="as-text" src="/questions/map.png" alt="a"><img id="text-as-png" src="/questions/notes.png" alt="b">`)
		case "/questions/map.png":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(picture.Bytes())
		case "/questions/notes.png":
			w.Header().Set("Content-Type", "image/png")
			io.WriteString(w, "a teacher's notes\n")
		default:
			http.NotFound(w, r)
		}
	}))
	defer host.Close()
	p := newLearnerTab(t, newBrowser(t), "tab")
	navigate(t, p.ctx, host.URL+"/")
	p.until(`[...document.images].every(i => i.complete)`, "the pictures to load or fail")
	if got := p.eval(`document.getElementById("as-text").naturalWidth + " " + document.getElementById("text-as-png").naturalWidth`); got != "30 0" {
		t.Errorf("naturalWidth of a picture sent as text/plain and of a text sent as image/png: %q, want \"30 0\"", got)
	}
}
