package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestBackupDownloadAndRestore: the learner downloads a backup of a
// result, loses the browser's storage, and restores the backup: the
// result is back on the home page. Restoring again adds nothing, and a
// file that is not a backup is refused with a message.
func TestBackupDownloadAndRestore(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads,
	}); err != nil {
		t.Fatal(err)
	}
	p := newLearnerTab(t, ctx, "learner")
	p.open(srv.URL + "/")
	p.untilText(".card", "not played yet")
	key, value, _ := finishedRecord(t, q, 2, time.Now())
	p.setItem(key, value)
	p.reload()
	p.untilText(".card", "best 67%")
	p.audit("home with the backup panel")

	p.click("backup-download")
	p.untilText("#backup-status", "Downloading factquiz-backup-")
	var backup string
	for deadline := time.Now().Add(15 * time.Second); backup == ""; time.Sleep(100 * time.Millisecond) {
		names, _ := filepath.Glob(filepath.Join(downloads, "factquiz-backup-*.json"))
		if len(names) == 1 {
			if data, err := os.ReadFile(names[0]); err == nil && len(data) > 0 {
				backup = names[0]
				if !strings.Contains(string(data), key) {
					t.Fatalf("the backup does not hold the attempt %s:\n%s", key, data)
				}
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no backup was downloaded")
		}
	}

	// The browser loses everything; the backup brings the result back.
	p.eval(`(localStorage.clear(), "")`)
	p.reload()
	p.untilText(".card", "not played yet")
	do(t, ctx, 20*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#backup-restore"), []string{backup}))
	p.untilText("#backup-status", "Restored 1 record.")
	p.untilText(".card", "best 67%")
	if got := p.storage()[key]; got != value {
		t.Errorf("restored record %s = %q, want %q", key, got, value)
	}

	// Restoring twice adds nothing; a file that is not a backup is refused.
	do(t, ctx, 20*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#backup-restore"), []string{backup}))
	p.untilText("#backup-status", "already here")
	other := filepath.Join(t.TempDir(), "notes.json")
	if err := os.WriteFile(other, []byte(`{"title": "not a backup"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, 20*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#backup-restore"), []string{other}))
	p.untilText("#backup-status", "Nothing was restored: this file is not a Factquiz backup.")
	noConsoleErrors(t, ctx)
}
