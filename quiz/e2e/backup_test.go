package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/review"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// learnerRecords are the records of a learner who played and reviewed q
// (keys and values as the store writes them): a finished attempt, a
// review card with its log for each question, and settings of their own.
func learnerRecords(t testing.TB, q *quiz.Quiz, at time.Time) map[string]string {
	t.Helper()
	key, value, _ := finishedRecord(t, q, 2, at)
	recs := map[string]string{key: value}
	for i, qu := range q.Questions {
		before := fsrs.NewCard(at)
		c := review.NewCard(q.ID, qu, at)
		c.FSRS = fsrs.Card{Due: at.AddDate(0, 0, 2+i), Stability: 2.3 + float64(i), Difficulty: 5.1, ScheduledDays: uint64(2 + i),
			Reps: 1, State: fsrs.Review, LastReview: at}
		l := review.Log{ID: at.UTC().Format("20060102T150405") + "-" + qu.ID, QuizID: q.ID, QuestionID: qu.ID,
			Mode: review.ModeQuiz, Rating: fsrs.Good, Score: 1, Correct: true, TookMS: 4200 + int64(i), At: at, Before: before}
		recs["factquiz/card/"+q.ID+"/"+qu.ID] = mustJSON(map[string]any{"v": 1, "card": c})
		recs["factquiz/log/"+l.ID] = mustJSON(map[string]any{"v": 1, "log": l})
	}
	s := review.DefaultSettings()
	s.Retention, s.MaxIntervalDays, s.NoRequeue = 0.86, 400, true
	recs[settingsKey] = mustJSON(map[string]any{"v": 1, "settings": s})
	return recs
}

// sameJSON tells whether two JSON texts hold the same values (the store
// may write the fields of a record in another order).
func sameJSON(a, b string) bool {
	var va, vb any
	if json.Unmarshal([]byte(a), &va) != nil || json.Unmarshal([]byte(b), &vb) != nil {
		return a == b
	}
	return reflect.DeepEqual(va, vb)
}

// chooseFile gives the file to the Restore button of the Settings page.
func (p *learnerTab) chooseFile(path string) {
	p.t.Helper()
	do(p.t, p.ctx, 20*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#backup-restore"), []string{path}))
}

// sameStorage fails the test when the storage changed since before.
func (p *learnerTab) sameStorage(before map[string]string, what string) {
	p.t.Helper()
	after := p.storage()
	if !reflect.DeepEqual(before, after) {
		p.t.Errorf("%s changed the storage:\nbefore %v\nafter  %v", what, before, after)
	}
}

// TestBackupDownloadAndRestore: on the Settings page the learner, who
// played and reviewed a quiz and chose settings, is reminded to make a
// backup (unless the browser keeps the data for sure), downloads one (the
// time is noted and the reminder goes), loses the browser's storage, and
// restores the file: the page shows what will change, changes nothing
// before the learner confirms, then everything is back (attempt, cards,
// logs, settings). Restoring again adds nothing; a damaged file or one
// that is not a backup changes nothing and says what is wrong.
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
	p.open(srv.URL + "/settings")
	p.untilText("#settings-title", "Settings")
	seeded := learnerRecords(t, q, time.Now().Add(-3*time.Hour).Truncate(time.Second))
	for k, v := range seeded {
		p.setItem(k, v)
	}
	p.reload()
	p.untilText("#settings-retention-value", "86%")
	for k, v := range seeded {
		if got := p.storage()[k]; !sameJSON(got, v) {
			t.Fatalf("opening the app changed %s:\n%s\nwant\n%s", k, got, v)
		}
	}

	// No backup was ever made: the reminder shows unless the browser
	// promised to keep the data.
	p.until(`(() => { const e = document.getElementById("storage-persist"); return e && e.textContent.includes("Kept for sure"); })()`, "the persistence status")
	persisted := eval[bool](t, ctx, `navigator.storage.persisted()`)
	if persisted {
		if got := p.text("#backup-reminder"); got != "" {
			t.Errorf("the browser keeps the data, yet the page reminds of a backup: %q", got)
		}
	} else {
		p.untilText("#backup-reminder", "Time for a backup. You have never downloaded a backup.")
		// The home page has the short one; its link leads to the backups.
		p.open(srv.URL + "/")
		p.untilText("#backup-reminder", "You have never downloaded a backup, and this browser may delete your results.")
		// The due count and the cards load after the reminder and push it
		// down: click once the page has settled, or the click lands where
		// the link was.
		p.untilText("#due-count", "Next review")
		p.untilText(".cards", "Short quiz")
		do(t, ctx, 20*time.Second, chromedp.Click(chromedp.CSS(`#backup-reminder a[href="/settings#backup"]`)))
		p.untilText("#settings-title", "Settings")
		p.until(`document.activeElement && document.activeElement.id === "backup-title"`, "the focus on the backup section")
	}
	p.auditAt("settings with a backup reminder")

	p.click("backup-download")
	p.untilText("#backup-status", "Downloading factquiz-backup-")
	var backup string
	var data []byte
	for deadline := time.Now().Add(15 * time.Second); backup == ""; time.Sleep(100 * time.Millisecond) {
		names, _ := filepath.Glob(filepath.Join(downloads, "factquiz-backup-*.json"))
		if len(names) == 1 {
			if d, err := os.ReadFile(names[0]); err == nil && json.Valid(d) {
				backup, data = names[0], d
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no backup was downloaded")
		}
	}
	for k := range seeded {
		if !strings.Contains(string(data), `"`+k+`"`) {
			t.Errorf("the backup does not hold %s", k)
		}
	}
	// The time of the backup is noted; the reminder goes.
	if s, ok := p.storedSettings(); !ok || s["lastBackup"] == nil {
		t.Errorf("the time of the backup was not noted in the settings: %v", s)
	} else if at, err := time.Parse(time.RFC3339Nano, s["lastBackup"].(string)); err != nil || time.Since(at).Abs() > time.Minute {
		t.Errorf("lastBackup %v, want about now (%v)", s["lastBackup"], err)
	}
	p.until(`document.getElementById("backup-reminder").textContent.trim() === ""`, "the reminder to go")
	p.open(srv.URL + "/")
	p.untilText(".card", "best 67%")
	if got := p.text("#backup-reminder"); got != "" {
		t.Errorf("after a backup the home page still reminds of one: %q", got)
	}
	p.open(srv.URL + "/settings")

	// The browser loses everything.
	p.eval(`(localStorage.clear(), "")`)
	p.reload()
	p.untilText("#settings-retention-value", "90%")
	empty := p.storage()

	// A damaged backup (cut off) changes nothing and says so.
	damaged := filepath.Join(t.TempDir(), "factquiz-backup-damaged.json")
	if err := os.WriteFile(damaged, data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	p.chooseFile(damaged)
	p.untilText("#backup-status", "Nothing was restored: this backup file is damaged")
	p.sameStorage(empty, "a damaged backup")
	if p.exists("#backup-apply") {
		t.Errorf("a damaged backup offers to restore")
	}
	if got := p.eval(`document.getElementById("backup-status").className`); !strings.Contains(got, "alert") {
		t.Errorf("the message about a damaged backup is not shown as an alert: class %q", got)
	}

	// A file that is not a backup: the same.
	other := filepath.Join(t.TempDir(), "notes.json")
	if err := os.WriteFile(other, []byte(`{"title": "not a backup"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	p.chooseFile(other)
	p.untilText("#backup-status", "Nothing was restored: this file is not a Factquiz backup")
	p.sameStorage(empty, "a file that is not a backup")

	// The real backup: the plan first, nothing changed until Restore.
	p.chooseFile(backup)
	p.untilText("#backup-plan-title", "Restoring "+filepath.Base(backup))
	p.until(`document.activeElement && document.activeElement.id === "backup-plan-title"`, "the focus on the plan")
	plan := p.text("#backup-plan")
	for _, want := range []string{"1 result to add", "3 review cards to add", "3 past reviews to add", "Review settings from the backup"} {
		if !strings.Contains(plan, want) {
			t.Errorf("the plan does not mention %q:\n%s", want, plan)
		}
	}
	p.sameStorage(empty, "showing the plan")
	p.auditAt("settings with a restore plan")

	// Cancel changes nothing either.
	p.click("backup-cancel")
	p.untilText("#backup-status", "Nothing was restored.")
	p.until(`document.activeElement && document.activeElement.id === "backup-restore"`, "the focus back on Restore")
	p.sameStorage(empty, "cancelling the restore")

	p.chooseFile(backup)
	p.untilText("#backup-plan", "What restoring it will change")
	p.click("backup-apply")
	p.untilText("#backup-status", "Restored from the backup: 1 result added; 3 review cards added; 3 past reviews added; Review settings taken from the backup.")
	p.until(`document.activeElement && document.activeElement.id === "backup-status"`, "the focus on what was restored")
	got := p.storage()
	for k, v := range seeded {
		if !sameJSON(got[k], v) {
			t.Errorf("after the restore %s is\n%s\nwant\n%s", k, got[k], v)
		}
	}
	p.untilText("#settings-retention-value", "86%")

	// Restoring twice adds nothing.
	before := p.storage()
	p.chooseFile(backup)
	p.untilText("#backup-status", "already here")
	p.sameStorage(before, "restoring the same backup again")

	// The home page shows the result again.
	p.open(srv.URL + "/")
	p.untilText(".card", "best 67%")
	noConsoleErrors(t, ctx)
}
