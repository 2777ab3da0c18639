package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWorkerCachesEveryQuestionFileBeforeActivating: the service worker's
// install fetches the question files a few at a time, after the app's own
// files (app-worker.tmpl.js), and is still done with every one of them
// before the worker takes over the page: once the server is gone, the
// last of 40 files still loads.
func TestWorkerCachesEveryQuestionFileBeforeActivating(t *testing.T) {
	questions := copyQuestions(t, "karabakh.yaml")
	var names []string
	for i := 1; i <= 40; i++ {
		name := fmt.Sprintf("unit-%04d.yaml", i)
		names = append(names, name)
		if err := os.WriteFile(filepath.Join(questions, name), []byte(unitQuiz(i, 3)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := startServer(t, questions)
	ctx := newBrowser(t)
	navigate(t, ctx, s.URL+"/quiz/karabakh")
	waitApp(t, ctx)
	waitController(t, ctx)

	version := indexVersion(t, s)
	entries := cached(t, ctx)
	for _, name := range append([]string{"karabakh.yaml", "index.json"}, names...) {
		if !slices.Contains(entries, "app-"+version+" /questions/"+name) {
			t.Errorf("once the worker is active, cache app-%s lacks /questions/%s", version, name)
		}
	}

	s.Stop()
	last := "/questions/" + names[len(names)-1]
	got := eval[string](t, ctx, `fetch(`+"`"+last+"`"+`).then(r => r.ok ? r.text() : "HTTP " + r.status, e => "failed: " + e)`)
	if !strings.Contains(got, "Unit 40 of the course") {
		t.Errorf("offline, %s gives %q", last, got)
	}
}
