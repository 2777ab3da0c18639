package e2e

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/share"

	"github.com/chromedp/chromedp"
)

// TestClassResultsFromASharedQuiz: the teacher (profile A) shares the
// Karabakh quiz; a learner (a fresh profile B) opens the link, takes the
// quiz, and makes a result under a name; the teacher pastes it, with chat
// around it, on the teachers' page and sees the learner's row and the
// questions hardest first; the table is kept over a reload; the result
// link itself opens the teachers' page with the result added, also when
// it points at /shared; a forged result with script payloads for a name
// and an answer shows as text. Then the teacher removes one learner's row
// (Undo puts it back, focused where it was), removes it again, and removes
// the whole class after a Yes / Cancel in the page (window.confirm is
// never called): after a reload both are gone from the table and from the
// storage. axe finds nothing on the new screens, and no tap target is
// under 44x44 px.
func TestClassResultsFromASharedQuiz(t *testing.T) {
	q := karabakhQuiz(t)
	s := startServer(t, copyQuestions(t, "karabakh.yaml"))

	teacher := newBrowser(t)
	a := newLearnerTab(t, teacher, "class-teacher")
	a.open(s.URL + "/quiz/karabakh")
	a.click("share")
	a.until(`!!document.getElementById("share-link")`, "the share link")
	link := a.eval(`document.getElementById("share-link").value`)

	learner := newBrowser(t)
	b := newLearnerTab(t, learner, "class-learner")
	b.noRequeue(s.URL) // one pass: each question once
	b.open(link)
	b.click("shared-take")
	b.until(`location.pathname.startsWith("/quiz/user-shared-") && !!document.getElementById("start")`, "the shared quiz's page")
	b.click("start")
	b.untilText("#progress-text", fmt.Sprintf("1 of %d", len(q.Questions)))
	want := 0.0
	for range q.Questions {
		qu := b.current(q)
		give := karabakhPlan[qu.ID]
		want += quiz.Grade(qu, responseTo(t, qu, give)).Score
		b.answer(qu, give)
		b.check()
		b.next()
	}
	b.untilText("#results-title", "Results")
	b.click("send-result")
	b.until(`!!document.getElementById("send-result-name")`, "the name field")
	do(t, learner, 20*time.Second, chromedp.SendKeys(chromedp.ID("send-result-name"), "  Bea   Lindqvist "))
	b.click("send-result-make")
	b.until(`!!document.getElementById("send-result-link") && !!document.getElementById("send-result-qr")`, "the result link and its QR code")
	resultLink := b.eval(`document.getElementById("send-result-link").value`)
	code := b.eval(`document.getElementById("send-result-code").value`)
	if !strings.HasPrefix(resultLink, s.URL+"/teacher#"+share.ResultKey) || !strings.HasPrefix(code, share.CodePrefix) {
		t.Fatalf("result link %q, code %q", resultLink, code)
	}
	t.Logf("result link %d characters, code %d", len(resultLink), len(code))
	r, err := share.DecodeResult(code)
	if err != nil {
		t.Fatalf("the code the app made does not decode: %v", err)
	}
	if r.Name != "Bea Lindqvist" || r.Fingerprint != share.Fingerprint(q) || r.Tenths != int(math.Round(want*10)) || r.Played() != len(q.Questions) {
		t.Errorf("result %+v, want Bea Lindqvist, %s, %v of %d", r, share.Fingerprint(q), want, len(q.Questions))
	}
	if got, _ := share.DecodeResult(resultLink); got.Name != r.Name || got.Tenths != r.Tenths {
		t.Errorf("the link and the code differ: %+v, %+v", got, r)
	}
	b.untilText("#send-result-status", "Your result is ready")
	b.audit("results with Send my result open")
	smallTargets(t, learner, "results with Send my result open")
	noConsoleErrors(t, learner)

	// The teacher pastes it with the chat around it.
	a.open(s.URL + "/teacher")
	a.until(`!!document.getElementById("class-paste")`, "Class results")
	a.audit("teachers' page with Class results")
	chat := "Bea Lindqvist: " + resultLink + " here it is!\nteacher: thanks\n"
	a.eval(fmt.Sprintf(`(() => { const e = document.getElementById("class-paste"); e.value = %q; e.dispatchEvent(new Event("input", {bubbles: true})); return ""; })()`, chat))
	a.click("class-add")
	a.untilText("#class-table", "Bea Lindqvist")
	a.untilText("#class-status", "1 result added for “"+q.Title+"”; the table has 1 learner.")
	row := a.texts("#class-table tbody tr > *")
	wantRow := []string{"Bea Lindqvist", fmt.Sprintf("%s of %d", quiz.FormatNumber(math.Round(want*10)/10), len(q.Questions)), fmt.Sprintf("%d%%", r.Percent()), share.Clock(r.Seconds), "Remove Bea Lindqvist's result"}
	if strings.Join(row, "|") != strings.Join(wantRow, "|") {
		t.Errorf("row %q, want %q", row, wantRow)
	}
	if n := len(a.texts("#class-questions tbody tr")); n != len(q.Questions) {
		t.Errorf("%d question rows, want %d", n, len(q.Questions))
	}
	shares := a.texts("#class-questions tbody .share-right")
	if len(shares) == 0 || shares[0] != "0%" || shares[len(shares)-1] != "100%" {
		t.Errorf("shares right, hardest first: %q", shares)
	}
	if got := strings.Join(a.texts("#class-problems li"), "\n"); !strings.Contains(got, "line 2: no result link or code here") {
		t.Errorf("notes %q", got)
	}
	if got := a.eval(`[...document.querySelectorAll("#class-table th")].map(h => h.getAttribute("scope")).join(",")`); got != "col,col,col,col,col,row" {
		t.Errorf("header scopes %q", got)
	}
	a.audit("Class results with a table")
	smallTargets(t, teacher, "Class results with a table")

	// Kept: after a reload the table is there again.
	a.reload()
	a.untilText("#class-table", "Bea Lindqvist")

	// The result link opened in the app, at /teacher and at /shared.
	for _, l := range []string{resultLink, strings.Replace(resultLink, "/teacher#", "/shared#", 1)} {
		a.open(s.URL + "/")
		a.open(l)
		a.until(`location.pathname === "/teacher"`, "the teachers' page")
		a.untilText("#class-status", "0 results added")
		// Read once: a reload does not add it again.
		if h := a.eval(`location.hash`); h != "" {
			t.Errorf("the result stays in the address: %.40q…", h)
		}
		a.untilText("#class-problems", "Bea Lindqvist's result is already counted")
		if n := len(a.texts("#class-table tbody tr")); n != 1 {
			t.Errorf("%d rows after opening the same result again", n)
		}
	}
	// A forged result whose name and answer are script payloads: text.
	forged := r
	forged.Name = `<img src=x onerror="window.__xss=1">`
	forged.Given = map[int]string{}
	for i, m := range forged.Marks {
		if m == share.Wrong {
			forged.Given[i] = "<script>window.__xss=2</script>"
			break
		}
	}
	forgedCode, err := forged.Code()
	if err != nil {
		t.Fatal(err)
	}
	a.eval(fmt.Sprintf(`(() => { const e = document.getElementById("class-paste"); e.value = %q; e.dispatchEvent(new Event("input", {bubbles: true})); return ""; })()`, forgedCode))
	a.click("class-add")
	a.untilText("#class-table", forged.Name)
	a.noXSS("Class results with a forged result")
	if n := a.eval(`String(Object.keys(localStorage).filter(k => k.startsWith("factquiz/class/")).length)`); n != "1" {
		t.Errorf("%s class records stored, want 1", n)
	}

	// A third learner, then her row removed.
	ana := r
	ana.Name = "Ana Ruiz"
	anaCode, err := ana.Code()
	if err != nil {
		t.Fatal(err)
	}
	a.eval(fmt.Sprintf(`(() => { const e = document.getElementById("class-paste"); e.value = %q; e.dispatchEvent(new Event("input", {bubbles: true})); return ""; })()`, anaCode))
	a.click("class-add")
	a.untilText("#class-status", "the table has 3 learners")
	a.eval(`window.__confirmed = 0; window.confirm = () => { window.__confirmed++; return true; }; ""`)
	anaRemove := a.removeButtonOf("Ana Ruiz")
	if got := a.text("#" + anaRemove); got != "Remove Ana Ruiz's result" {
		t.Errorf("Ana's Remove button is named %q", got)
	}
	a.click(anaRemove)
	a.untilText("#class-status", "Removed Ana Ruiz's result; the table has 2 learners.")
	a.focusOn("class-undo", "the focus on Undo after a row is removed")
	if got := a.text("#class-undo"); got != "Undo: put back Ana Ruiz's result" {
		t.Errorf("Undo is named %q", got)
	}
	if a.classRowNamed("Ana Ruiz") || a.storedClassCodes() != 2 {
		t.Errorf("after Remove: Ana's row shown %v, %d codes stored", a.classRowNamed("Ana Ruiz"), a.storedClassCodes())
	}
	a.audit("Class results with Undo")
	smallTargets(t, teacher, "Class results with Undo")
	a.click("class-undo")
	a.untilText("#class-status", "Put back Ana Ruiz's result; the table has 3 learners.")
	a.focusOn(a.removeButtonOf("Ana Ruiz"), "the focus on Ana's Remove after Undo")
	if n := a.storedClassCodes(); n != 3 {
		t.Errorf("%d codes stored after Undo, want 3", n)
	}
	a.click(a.removeButtonOf("Ana Ruiz"))
	a.untilText("#class-status", "Removed Ana Ruiz's result")
	a.reload()
	a.untilText("#class-table", "Bea Lindqvist")
	if a.classRowNamed("Ana Ruiz") || len(a.texts("#class-table tbody tr")) != 2 || a.storedClassCodes() != 2 {
		t.Errorf("after a reload: rows %q, %d codes stored", a.texts("#class-table tbody th"), a.storedClassCodes())
	}

	// The whole class: Cancel and Escape keep it, Yes removes it.
	a.eval(`window.__confirmed = 0; window.confirm = () => { window.__confirmed++; return true; }; ""`)
	a.click("class-remove-all")
	a.until(`!!document.getElementById("class-remove-confirm")`, "the Yes / Cancel")
	a.focusOn("class-remove-cancel", "the focus on Cancel")
	if got := a.text("#class-remove-question"); got != "Remove the results of 2 learners for “"+q.Title+"” from this browser? Undo is offered just after." {
		t.Errorf("question %q", got)
	}
	a.audit("Class results asking Yes / Cancel")
	smallTargets(t, teacher, "Class results asking Yes / Cancel")
	a.click("class-remove-cancel")
	a.focusOn("class-remove-all", "the focus back on Remove this class's results")
	if a.exists("#class-remove-confirm") || a.storedClassCodes() != 2 {
		t.Errorf("after Cancel: question shown %v, %d codes stored", a.exists("#class-remove-confirm"), a.storedClassCodes())
	}
	a.click("class-remove-all")
	a.focusOn("class-remove-cancel", "the focus on Cancel")
	a.escape()
	a.focusOn("class-remove-all", "the focus back on Remove this class's results after Escape")
	if a.exists("#class-remove-confirm") {
		t.Error("Escape leaves the question open")
	}
	a.click("class-remove-all")
	a.click("class-remove-yes")
	a.untilText("#class-status", "Removed the results of 2 learners for “"+q.Title+"”.")
	a.focusOn("class-undo", "the focus on Undo after the class is removed")
	if a.exists("#class-table") || a.storedClassCodes() != 0 {
		t.Errorf("after Yes: table shown %v, %d codes stored", a.exists("#class-table"), a.storedClassCodes())
	}
	if n := a.eval(`String(window.__confirmed)`); n != "0" {
		t.Errorf("window.confirm was called %s times", n)
	}
	a.audit("Class results after the class is removed")
	a.reload()
	a.until(`!!document.getElementById("class-paste")`, "Class results")
	if a.exists("#class-table") || a.storedClassCodes() != 0 || a.eval(`String(document.getElementById("class-quiz").selectedIndex)`) != "0" {
		t.Errorf("after a reload: table shown %v, %d codes stored, quiz %q", a.exists("#class-table"), a.storedClassCodes(), a.text("#class-quiz option:checked"))
	}
	noConsoleErrors(t, teacher)
}

// removeButtonOf is the id of the Remove button in the Class results row
// of the learner named name.
func (p *learnerTab) removeButtonOf(name string) string {
	p.t.Helper()
	p.until(fmt.Sprintf(`[...document.querySelectorAll("#class-table tbody tr")].some(tr => tr.querySelector("th").textContent === %q)`, name), name+"'s row")
	return p.eval(fmt.Sprintf(`[...document.querySelectorAll("#class-table tbody tr")].find(tr => tr.querySelector("th").textContent === %q).querySelector("button").id`, name))
}

// classRowNamed says whether the Class results table has a row of the
// learner named name.
func (p *learnerTab) classRowNamed(name string) bool {
	p.t.Helper()
	return eval[bool](p.t, p.ctx, fmt.Sprintf(`[...document.querySelectorAll("#class-table tbody th")].some(th => th.textContent === %q)`, name))
}

// storedClassCodes counts the result codes kept in every class record.
func (p *learnerTab) storedClassCodes() int {
	p.t.Helper()
	return eval[int](p.t, p.ctx, `Object.keys(localStorage).filter(k => k.startsWith("factquiz/class/")).
		reduce((n, k) => n + JSON.parse(localStorage.getItem(k)).class.codes.length, 0)`)
}
