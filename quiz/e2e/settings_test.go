package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// settingsKey is where the store keeps the learner's settings.
const settingsKey = "factquiz/settings/learner"

// storedSettings decodes the settings record of the page's storage; ok is
// false when there is none.
func (p *learnerTab) storedSettings() (s map[string]any, ok bool) {
	p.t.Helper()
	raw, ok := p.storage()[settingsKey]
	if !ok {
		return nil, false
	}
	var rec struct {
		V        int            `json:"v"`
		Settings map[string]any `json:"settings"`
	}
	if err := json.Unmarshal([]byte(raw), &rec); err != nil || rec.V != 1 || rec.Settings == nil {
		p.t.Fatalf("the settings record %s is not {\"v\":1,\"settings\":…}: %q (%v)", settingsKey, raw, err)
	}
	return rec.Settings, true
}

// setField sets the value of the field with the given id as typing would
// (input and change events).
func (p *learnerTab) setField(id, value string) {
	p.t.Helper()
	p.eval(fmt.Sprintf(`(() => {
		const e = document.getElementById(%q);
		e.focus();
		e.value = %q;
		e.dispatchEvent(new Event("input", {bubbles: true}));
		e.dispatchEvent(new Event("change", {bubbles: true}));
		return "";
	})()`, id, value))
}

func (p *learnerTab) value(id string) string {
	p.t.Helper()
	return p.eval(fmt.Sprintf(`document.getElementById(%q).value`, id))
}

// navigateInApp follows a link to path inside the running app (go-app
// handles the click), as the learner does from the app bar.
func (p *learnerTab) navigateInApp(path string) {
	p.t.Helper()
	p.eval(fmt.Sprintf(`(() => {
		const a = document.createElement("a");
		a.href = %q;
		a.textContent = "go";
		document.getElementById("main").appendChild(a);
		a.click();
		return "";
	})()`, path))
}

// auditAt runs the accessibility audit with the window width set to a
// phone's (390 px) and a laptop's (1280 px), in light and dark mode.
func (p *learnerTab) auditAt(where string) {
	p.t.Helper()
	defer p.colorScheme("light")
	for _, w := range []int64{390, 1280} {
		do(p.t, p.ctx, 10*time.Second, chromedp.EmulateViewport(w, 900))
		p.colorScheme("dark")
		noAxeViolations(p.t, p.ctx, fmt.Sprintf("%s at %d px, dark mode", where, w))
		p.colorScheme("light")
		p.audit(fmt.Sprintf("%s at %d px", where, w))
		if w == 390 {
			overflow := eval[bool](p.t, p.ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`)
			if overflow {
				p.t.Errorf("%s at 390 px: the page is wider than the screen (%s px)", where,
					p.eval(`String(document.documentElement.scrollWidth)`))
			}
			small := eval[[]string](p.t, p.ctx, `[...document.querySelectorAll("#main button, #main .button, #main input[type=range], #main input[type=number], #main input[type=checkbox]")]
				.filter(e => e.offsetParent !== null)
				.map(e => { const l = e.type === "checkbox" ? e.closest("label") || e : e; const r = l.getBoundingClientRect(); return [e.id || e.textContent.trim() || e.type, r.height]; })
				.filter(([, h]) => h < 44).map(([n, h]) => n + ": " + h + " px")`)
			for _, s := range small {
				p.t.Errorf("%s at 390 px: a target under 44 px high: %s", where, s)
			}
		}
	}
}

// TestSettingsReviewSettings: the learner reaches Settings from another
// page (the focus lands on its heading), changes the desired retention,
// the longest wait and the in-quiz requeueing, and finds them after a
// reload; input that is not valid is refused with a message and changes
// nothing. axe finds no serious violation on a phone or a laptop.
func TestSettingsReviewSettings(t *testing.T) {
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "learner")
	p.open(srv.URL + "/")
	p.navigateInApp("/settings")
	p.untilText("#settings-title", "Settings")
	p.until(`document.activeElement && document.activeElement.id === "settings-title"`, "the focus on the page's heading")
	if got := p.eval(`document.title`); !strings.Contains(got, "Settings") {
		t.Errorf("page title %q, want it to name Settings", got)
	}

	// The defaults, with the value shown and explained.
	if got := p.value("settings-retention"); got != "90" {
		t.Errorf("retention field %q, want 90 (the default)", got)
	}
	p.untilText("#settings-retention-value", "90%")
	p.untilText("#settings-retention-help", "90 times in 100")
	if got := p.value("settings-max-interval"); got != "36500" {
		t.Errorf("longest wait %q, want 36500 (the default)", got)
	}
	if !eval[bool](t, ctx, `document.getElementById("settings-requeue").checked`) {
		t.Errorf("'Bring missed questions back' is off by default")
	}
	if _, ok := p.storedSettings(); ok {
		t.Errorf("settings were stored before the learner saved any")
	}
	p.auditAt("settings")

	// Change and save; the slider shows its value as it moves.
	p.setField("settings-retention", "85")
	p.untilText("#settings-retention-value", "85%")
	p.untilText("#settings-retention-help", "85 times in 100")
	p.setField("settings-max-interval", "365")
	p.click("settings-requeue")
	p.click("settings-save")
	p.untilText("#settings-status", "Saved: reviews aim at 85% retention, the longest wait is 365 days, missed questions do not come back")
	s, ok := p.storedSettings()
	if !ok || s["retention"] != 0.85 || s["maxIntervalDays"] != 365.0 || s["noRequeue"] != true {
		t.Errorf("stored settings %v, want retention 0.85, maxIntervalDays 365, noRequeue true", s)
	}

	// After a reload the page shows them.
	p.reload()
	p.untilText("#settings-retention-value", "85%")
	if got := p.value("settings-retention"); got != "85" {
		t.Errorf("after a reload the retention is %q, want 85", got)
	}
	if got := p.value("settings-max-interval"); got != "365" {
		t.Errorf("after a reload the longest wait is %q, want 365", got)
	}
	if eval[bool](t, ctx, `document.getElementById("settings-requeue").checked`) {
		t.Errorf("after a reload 'Bring missed questions back' is on, want off")
	}

	// Input that is not valid: a message, the focus on the field, nothing
	// stored changes.
	before := p.storage()
	for _, tc := range []struct{ value, want string }{
		{"0", "The longest wait must be between 1 and 36500 days (about 100 years): 0 is not."},
		{"", "Enter the longest wait between two reviews"},
		{"99999", "99999 is not"},
	} {
		p.setField("settings-max-interval", tc.value)
		p.setField("settings-retention", "95")
		p.click("settings-save")
		p.untilText("#settings-error", tc.want)
		p.until(`document.activeElement && document.activeElement.id === "settings-max-interval"`, "the focus on the field in error")
		if got := p.eval(`document.getElementById("settings-max-interval").getAttribute("aria-invalid")`); got != "true" {
			t.Errorf("the field in error has aria-invalid=%q", got)
		}
		if after := p.storage(); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("invalid input %q changed the storage:\nbefore %v\nafter  %v", tc.value, before, after)
		}
	}
	p.auditAt("settings with an error")

	// Put right, it saves and the message goes.
	p.setField("settings-max-interval", "180")
	p.click("settings-save")
	p.untilText("#settings-status", "Saved: reviews aim at 95% retention, the longest wait is 180 days")
	if p.exists("#settings-error") {
		t.Errorf("the error message stays after a good save")
	}
	if s, _ := p.storedSettings(); s["retention"] != 0.95 || s["maxIntervalDays"] != 180.0 {
		t.Errorf("stored settings %v, want retention 0.95 and 180 days", s)
	}
	noConsoleErrors(t, ctx)
}

// TestSettingsStorageStatus: the page says whether the browser keeps the
// data for sure, as navigator.storage.persisted() says, how much space
// is used, and asks the browser to keep it on request. Where the browser
// has no navigator.storage, or its calls throw, it says so instead of
// waiting for ever.
func TestSettingsStorageStatus(t *testing.T) {
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "learner")
	p.open(srv.URL + "/settings")
	p.until(`(() => { const e = document.getElementById("storage-persist"); return e && e.textContent.includes("Kept for sure"); })()`, "the persistence status")
	persisted := eval[bool](t, ctx, `navigator.storage.persisted()`)
	want := "Kept for sure: no."
	if persisted {
		want = "Kept for sure: yes."
	}
	p.untilText("#storage-persist", want)
	usage := eval[float64](t, ctx, `navigator.storage.estimate().then(e => e.usage)`)
	p.untilText("#storage-space", "Space used by this site (the app included):")
	p.untilText("#storage-space", "available")
	if usage == 0 && !strings.Contains(p.text("#storage-space"), "0 bytes") {
		t.Errorf("the browser says 0 bytes are used; the page says %q", p.text("#storage-space"))
	}
	p.untilText("#storage-records", "of local storage")
	if !persisted {
		p.click("storage-persist-ask")
		p.until(`document.getElementById("storage-message").textContent.trim() !== ""`, "an answer to the request")
		now := eval[bool](t, ctx, `navigator.storage.persisted()`)
		msg := p.text("#storage-message")
		if now && !strings.Contains(msg, "Done: the browser will keep") || !now && !strings.Contains(msg, "did not agree") {
			t.Errorf("persisted() is %v after asking; the page says %q", now, msg)
		}
	}
	p.auditAt("settings, storage")
	noConsoleErrors(t, ctx)

	// Local storage full: the page says so (and still offers the backup).
	p.eval(`(() => {
		for (const size of [1 << 20, 1 << 14, 1 << 8, 1]) {
			const v = "x".repeat(size);
			try { for (let i = 0; ; i++) localStorage.setItem("filler/" + size + "/" + i, v); } catch (e) {}
		}
		return "";
	})()`)
	p.reload()
	p.untilText("#storage-persist", "Local storage for this site is full")
	if !p.exists("#backup-download") {
		t.Errorf("no Download button when the storage is full")
	}
	p.eval(`(Object.keys(localStorage).filter(k => k.startsWith("filler/")).forEach(k => localStorage.removeItem(k)), "")`)

	// A browser without navigator.storage.
	noStorage, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `Object.defineProperty(Navigator.prototype, "storage", {get() { return undefined; }, configurable: true});`})
	if err != nil {
		t.Fatal(err)
	}
	p.reload()
	p.untilText("#storage-persist", "Kept for sure: unknown (this browser does not say how it keeps data)")
	if p.exists("#storage-persist-ask") {
		t.Errorf("the button to ask the browser shows where the browser cannot be asked")
	}
	if _, err := chromedp.Call(ctx, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: noStorage.Identifier}); err != nil {
		t.Fatal(err)
	}

	// A browser whose calls throw or fail.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		StorageManager.prototype.persisted = function () { throw new DOMException("The operation is insecure.", "SecurityError"); };
		StorageManager.prototype.estimate = function () { return Promise.reject(new DOMException("denied", "SecurityError")); };`}); err != nil {
		t.Fatal(err)
	}
	p.reload()
	p.untilText("#storage-persist", "Kept for sure: unknown")
	p.untilText("#storage-persist", "SecurityError")
	p.untilText("#storage-space", "Space used: this browser does not say.")
	clearConsole(ctx) // the rejected promises are logged by the browser
}

// TestSettingsStorageRefused: a browser that refuses local storage
// (reading it throws a SecurityError) still runs the app, and Settings
// says that nothing is kept; a quiz can still be taken.
func TestSettingsStorageRefused(t *testing.T) {
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `Object.defineProperty(window, "localStorage", {get() { throw new DOMException("The operation is insecure.", "SecurityError"); }, configurable: true});`}); err != nil {
		t.Fatal(err)
	}
	p := newLearnerTab(t, ctx, "learner")
	p.open(srv.URL + "/settings")
	p.untilText("#storage-persist", "This browser does not let Factquiz save anything (it said: SecurityError)")
	p.click("settings-save")
	p.untilText("#settings-status", "Saved")
	// A quiz can still be taken for this visit.
	p.startQuiz(srv.URL, loadQuiz(t, "testdata/short.yaml"))
	noConsoleErrors(t, ctx)
}
