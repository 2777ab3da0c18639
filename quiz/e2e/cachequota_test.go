package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// TestQuizWithCacheStorageRefused: with the origin's quota at one byte
// (as a private window or a full disk leaves it; Chromium's own quota,
// set through DevTools), the Cache API refuses every write, so the service
// worker cannot install. The app still runs: a whole quiz is taken, and
// local storage, which the quota does not cover, keeps the attempt.
func TestQuizWithCacheStorageRefused(t *testing.T) {
	srv := startServer(t, questionsDir(t, "short.yaml"))
	q := loadQuiz(t, "testdata/short.yaml")
	ctx := newBrowser(t)
	zero := 1.0
	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: srv.URL, QuotaSize: &zero}); err != nil {
		t.Fatal(err)
	}
	p := newLearnerTab(t, ctx, "quota-0")
	p.open(srv.URL + "/")
	refused := p.eval(`caches.open("probe").then(c => c.put("/probe", new Response("x".repeat(100000)))).then(() => "written", e => e.name)`)
	if refused != "QuotaExceededError" {
		t.Fatalf("a Cache API write gave %q, want QuotaExceededError: the quota did not take", refused)
	}
	p.startQuiz(srv.URL, q)
	p.playRight(q)
	p.untilText("#percent", "100%")
	p.reload()
	p.untilText("#quiz-title", q.Title)
	p.until(`!!document.getElementById("history-title")`, "the attempt kept in local storage")
	// The worker's install failed on its cache, so no worker runs: the
	// app worked without it.
	if got := p.eval(`navigator.serviceWorker.getRegistration().then(r => r && r.active ? "active: " + r.active.state : "none")`); !strings.HasPrefix(got, "none") {
		t.Errorf("service worker %s, want none: the refused cache did not reach the worker", got)
	}
	noConsoleErrors(t, ctx)
}
