package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// staticHost serves a folder as a plain static host does (GitHub Pages,
// a CDN): files as they are, "/x" from x.html, no compression, no
// headers of ours.
func staticHost(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean(r.URL.Path)
		if p != "/" && path.Ext(p) == "" {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p)+".html")); err == nil {
				r2 := *r
				u := *r.URL
				u.Path = p + ".html"
				r2.URL = &u
				http.ServeFile(w, &r2, filepath.Join(dir, filepath.FromSlash(p)+".html"))
				return
			}
		}
		files.ServeHTTP(w, r)
	})
}

// TestStaticExportRunsOnAPlainHost: `factquiz static` writes a folder that
// a plain static host serves as the whole app, installable and offline.
func TestStaticExportRunsOnAPlainHost(t *testing.T) {
	questions := copyQuestions(t, "karabakh.yaml")
	dist := filepath.Join(t.TempDir(), "dist")
	out, err := exec.Command(binPath, "static", "-o", dist, "-web", webDir, "-questions", questions).CombinedOutput()
	if err != nil {
		t.Fatalf("static: %v\n%s", err, out)
	}
	host := httptest.NewServer(staticHost(dist))
	defer host.Close()

	ctx := newBrowser(t)
	navigate(t, ctx, host.URL+"/")
	waitApp(t, ctx)
	waitController(t, ctx)
	if got := eval[bool](t, ctx, `fetch("/questions/index.json").then(r => r.json()).then(ix => ix.files.some(f => f.name === "karabakh.yaml"))`); !got {
		t.Error("index.json of the static site does not list karabakh.yaml")
	}
	navigate(t, ctx, host.URL+"/quiz/karabakh")
	waitApp(t, ctx)
	waitText(t, ctx, karabakhTitle)
	noConsoleErrors(t, ctx)

	host.Close()
	for _, p := range []string{"/", "/quiz/karabakh"} {
		navigate(t, ctx, host.URL+p)
		if href := eval[string](t, ctx, `location.href`); !strings.HasPrefix(href, host.URL) {
			t.Fatalf("offline %s: the browser shows %s", p, href)
		}
		waitApp(t, ctx)
	}
	waitText(t, ctx, karabakhTitle)
}
