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
// and an answer shows as text. axe finds nothing on the new screens, and
// no tap target is under 44x44 px.
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
	wantRow := []string{"Bea Lindqvist", fmt.Sprintf("%s of %d", quiz.FormatNumber(math.Round(want*10)/10), len(q.Questions)), fmt.Sprintf("%d%%", r.Percent()), share.Clock(r.Seconds)}
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
	if got := a.eval(`[...document.querySelectorAll("#class-table th")].map(h => h.getAttribute("scope")).join(",")`); got != "col,col,col,col,row" {
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
	noConsoleErrors(t, teacher)
}
