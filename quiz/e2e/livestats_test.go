package e2e

import (
	"strings"
	"testing"
	"time"
)

// TestStorageOtherTabUpdatesHome: a result saved in another tab shows on
// this tab's home page without a reload (the browser's storage event).
func TestStorageOtherTabUpdatesHome(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	a := newLearnerTab(t, ctx, "tab A")
	ctxB, errsB := secondTab(t, ctx)
	b := newLearnerTab(t, ctxB, "tab B")

	a.open(srv.URL + "/")
	a.untilText(".card", "not played yet")
	b.open(srv.URL + "/")
	b.untilText(".card", "not played yet")

	// Tab B keeps a finished attempt, two of three right, as the app does.
	key, value, _ := finishedRecord(t, q, 2, time.Now())
	b.setItem(key, value)

	a.untilText(".card", "best 67%")
	if got := a.text(".card"); !strings.Contains(got, "last played just now") {
		t.Errorf("tab A's card after tab B's result: %q, want it to say when it was last played", got)
	}
	noConsoleErrors(t, ctx)
	if errs := errsB(); len(errs) > 0 {
		t.Errorf("console errors in tab B: %q", errs)
	}
}
