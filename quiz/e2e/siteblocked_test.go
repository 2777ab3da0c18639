package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factquiz/quiz/store"

	"github.com/chromedp/chromedp"
)

// TestQuizWithSiteDataBlocked: with Chromium's own "Don't allow sites to
// save data" (the profile's content setting, as chrome://settings writes
// it; nothing in the page is replaced), the browser refuses local storage
// and the app still runs. It says once, on the first page, that nothing
// will be kept; a dismissed notice stays away on the next pages; a whole
// quiz is taken, twice, and the second results compare with the first,
// kept in memory. The same profile reopened with site data allowed keeps
// what it is given, as a learner who changed the setting would see.
func TestQuizWithSiteDataBlocked(t *testing.T) {
	srv := startServer(t, questionsDir(t, "short.yaml"))
	q := loadQuiz(t, "testdata/short.yaml")
	profile := t.TempDir()

	setSiteData(t, profile, false)
	ctx, closeBrowser := newBrowserIn(t, profile)
	p := newLearnerTab(t, ctx, "blocked")
	p.open(srv.URL + "/")
	// The refusal is the browser's own: web/boot.js saw reading
	// localStorage throw, and nothing in this test made it throw.
	if got := p.eval(`String(window.factquizStorageBlocked)`); got != "SecurityError" {
		t.Fatalf("web/boot.js saw %q when it read localStorage, want a SecurityError: the setting did not take", got)
	}
	p.untilText("#storage-notices", "does not let Factquiz save anything")
	if got := p.text("#storage-notices"); !strings.Contains(got, "offline") {
		t.Errorf("the notice %q does not say that the app cannot work offline", got)
	}
	if n := strings.Count(p.text("body"), "does not let Factquiz save anything"); n != 1 {
		t.Errorf("the notice is said %d times on the home page, want once", n)
	}
	p.audit("home page with site data blocked")
	do(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS("#storage-notices button")))
	p.until(`document.getElementById("storage-notices").textContent.trim() === ""`, "the notice to go")

	// In the app (no reload: a reload would forget everything), the
	// quiz's page does not say it again.
	do(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`a[href$="/quiz/`+q.ID+`"]`)))
	p.untilText("#quiz-title", q.Title)
	if got := p.text("#storage-notices"); got != "" {
		t.Errorf("the quiz's page says again %q", got)
	}
	p.click("start")
	p.playRight(q)
	p.untilText("#percent", "100%")
	if p.exists("#save-again") {
		t.Error("the results offer to save again, as if saving had failed: the attempt is kept in memory")
	}
	p.click("restart")
	p.untilText("#progress-text", "1 of ")
	p.playRight(q)
	p.until(`!!document.getElementById("comparison")`, "the second results compared with the first")
	if got := p.text("#storage-notices"); got != "" {
		t.Errorf("the results say again %q", got)
	}
	// The one error is go-app's: the browser refuses the service worker
	// too (the notice says the app does not work offline then).
	for _, e := range consoleErrors(ctx) {
		if !strings.Contains(e, "service worker registration failed") || !strings.Contains(e, "denied permission") {
			t.Errorf("console error: %s", e)
		}
	}
	closeBrowser()

	// Site data allowed again: the same profile keeps what it is given.
	setSiteData(t, profile, true)
	ctx, _ = newBrowserIn(t, profile)
	p = newLearnerTab(t, ctx, "allowed")
	p.startQuiz(srv.URL, q)
	if got := p.text("#storage-notices"); got != "" {
		t.Errorf("with site data allowed, the page says %q", got)
	}
	p.playRight(q)
	p.untilText("#percent", "100%")
	kept := 0
	for k := range p.storage() {
		if strings.HasPrefix(k, store.Prefix) {
			kept++
		}
	}
	if kept == 0 {
		t.Error("with site data allowed again, nothing was kept in local storage")
	}
	p.reload()
	p.untilText("#quiz-title", q.Title)
	p.until(`!!document.getElementById("history-title")`, "the attempt kept after a reload")
	noConsoleErrors(t, ctx)
}

// setSiteData writes Chromium's "sites can save data" setting into the
// profile's preferences, as the browser's own settings page does: the
// cookies content setting, 1 to allow and 2 to block.
func setSiteData(t *testing.T, profile string, allowed bool) {
	t.Helper()
	path := filepath.Join(profile, "Default", "Preferences")
	prefs := map[string]any{}
	if data, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(data, &prefs); err != nil {
			t.Fatalf("the profile's preferences: %v", err)
		}
	}
	setting := 2
	if allowed {
		setting = 1
	}
	profileObj, _ := prefs["profile"].(map[string]any)
	if profileObj == nil {
		profileObj = map[string]any{}
	}
	values, _ := profileObj["default_content_setting_values"].(map[string]any)
	if values == nil {
		values = map[string]any{}
	}
	values["cookies"] = setting
	profileObj["default_content_setting_values"] = values
	prefs["profile"] = profileObj
	data, err := json.Marshal(prefs)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
