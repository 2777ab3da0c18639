package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/store"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

func shortQuiz(t testing.TB) *quiz.Quiz {
	t.Helper()
	requireBuild(t)
	return loadQuiz(t, filepath.Join(repoRoot, "quiz", "e2e", "testdata", "short.yaml"))
}

// finishedRecord is a finished attempt at q as the app stores it: its
// key and value. The first `right` questions are answered right, the
// others wrong.
func finishedRecord(t testing.TB, q *quiz.Quiz, right int, finished time.Time) (key, value string, a *attempt.Attempt) {
	t.Helper()
	a = attempt.New(q, nil, finished.Add(-90*time.Second), 7)
	for i, qu := range q.Questions {
		give := rightAnswer(t, qu)
		if i >= right {
			give = wrongAnswer(t, qu)
		}
		if _, err := a.Check(q, responseTo(t, qu, give), finished.Add(-time.Duration(len(q.Questions)-i)*time.Second)); err != nil {
			t.Fatal(err)
		}
		a.Next(finished)
	}
	data, err := json.Marshal(map[string]any{"v": store.Version, "attempt": a})
	if err != nil {
		t.Fatal(err)
	}
	return store.AttemptKey(a.ID), string(data), a
}

// wrongAnswer is an answer to q that earns nothing.
func wrongAnswer(t testing.TB, q quiz.Question) []string {
	t.Helper()
	var give []string
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		for _, c := range q.Choices {
			if !c.Correct {
				give = []string{c.Text}
				break
			}
		}
	case quiz.TrueFalse:
		give = []string{"True"}
		if q.Truth {
			give = []string{"False"}
		}
	default:
		give = []string{"forty-two thousand"}
	}
	if res := quiz.Grade(q, responseTo(t, q, give)); res.Score != 0 {
		t.Fatalf("%s: %q is not a wrong answer", q.ID, give)
	}
	return give
}

// attemptKeys are the keys of finished attempts in the storage, sorted.
func attemptKeys(items map[string]string) []string {
	var keys []string
	for k := range items {
		if strings.HasPrefix(k, store.AttemptKey("")) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// historyRows are the score cells of the quiz page's history, newest first.
func (p *learnerTab) historyRows() []string {
	p.t.Helper()
	return p.texts("#history tbody tr td:nth-child(2)")
}

// TestStorageBrokenRecords puts hand-edited, cut-off and foreign records
// into localStorage and reloads: the app starts, tells the learner, moves
// each unreadable record under factquiz/broken/<key>@<time> with its value
// intact, leaves a record of a newer version and other apps' keys alone,
// keeps showing the good attempt (card and history), drops an unfinished
// attempt that no longer fits the quiz with a word, and plays on.
func TestStorageBrokenRecords(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.open(srv.URL + "/")
	p.untilText(".cards", q.Title)

	goodKey, goodValue, _ := finishedRecord(t, q, 2, time.Now().Add(-2*time.Hour))
	unfit, _ := json.Marshal(map[string]any{"v": 1, "attempt": map[string]any{
		"id": "p1", "quizId": q.ID, "quizTitle": q.Title, "started": time.Now().Add(-time.Hour),
		"order": []string{"not-a-question"}, "current": 0,
	}})
	broken := map[string]string{
		"factquiz/attempt/x":     `{"v":1,"attempt":`,                             // cut off
		"factquiz/attempt/y":     `{"v":1,"attempt":{"id":"y","quizId":"short"}}`, // no start time
		"factquiz/progress/gone": `not json at all`,
		"factquiz/userquiz/u":    `{"v":1,"userQuiz":null}`,
	}
	kept := map[string]string{
		"factquiz/attempt/newer":     `{"v":99,"attempt":{"id":"newer"}}`,
		goodKey:                      goodValue,
		store.ProgressKey(q.ID):      string(unfit),
		"another-app/settings":       `{"theme":"dark"`,
		"factquiz/settings/whatever": "left alone",
	}
	for k, v := range broken {
		p.setItem(k, v)
	}
	for k, v := range kept {
		p.setItem(k, v)
	}
	p.reload()

	// The notice says what happened to each record.
	p.untilText("#storage-notices", "could not be read")
	notices := p.text("#storage-notices")
	if got := strings.Count(notices, "could not be read"); got != len(broken) {
		t.Errorf("the notice tells of %d unreadable records, want %d:\n%s", got, len(broken), notices)
	}
	if !strings.Contains(notices, "newer version") {
		t.Errorf("the notice does not mention the record of a newer version:\n%s", notices)
	}
	items := p.storage()
	for k, v := range broken {
		if _, ok := items[k]; ok {
			t.Errorf("%s is still in place", k)
		}
		var aside []string
		for k2, v2 := range items {
			if strings.HasPrefix(k2, store.BrokenPrefix+k+"@") {
				aside = append(aside, k2)
				if v2 != v {
					t.Errorf("%s kept aside as %q, want %q", k, v2, v)
				}
			}
		}
		if len(aside) != 1 {
			t.Errorf("%s kept aside under %q, want one key %s%s@<time>", k, aside, store.BrokenPrefix, k)
		} else if !strings.Contains(notices, aside[0]) {
			t.Errorf("the notice does not name %s:\n%s", aside[0], notices)
		}
	}
	for k, v := range kept {
		if items[k] != v {
			t.Errorf("%s was changed to %q, want %q", k, items[k], v)
		}
	}

	// The good attempt counts; the notice can be dismissed.
	p.untilText(".card .stats", "best 67%")
	// Two hours ago reads "yesterday" just after midnight.
	if got := p.text(".card .stats"); !strings.Contains(got, "last played 2 hours ago") && !strings.Contains(got, "last played yesterday") {
		t.Errorf("the card says %q, want when it was last played", got)
	}
	do(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS("#storage-notices button")))
	p.until(`document.getElementById("storage-notices").textContent.trim() === ""`, "the notice to go")

	// The quiz: the unfinished attempt that no longer fits is dropped with
	// a word, the history shows the good attempt, and the quiz plays.
	p.open(srv.URL + "/quiz/" + q.ID)
	p.untilText("#quiz-message", "could not be resumed")
	p.untilText("#history", "2 / 3 (67%)")
	if _, ok := p.storage()[store.ProgressKey(q.ID)]; ok {
		t.Errorf("the unfinished attempt that does not fit is still stored")
	}
	p.click("start")
	p.untilText("#progress-text", "1 of 3")
	p.playRight(q)
	p.untilText("#score", "3 out of 3")
	if got := p.text("#quiz-message"); got != "" {
		t.Errorf("message after finishing: %q", got)
	}

	// Next page load: nothing unreadable left to tell of, both attempts there.
	p.reload()
	p.untilText("#history", "3 / 3 (100%)")
	if got := p.historyRows(); fmt.Sprint(got) != "[3 / 3 (100%) 2 / 3 (67%)]" {
		t.Errorf("history %q, want the new attempt then the good old one", got)
	}
	p.untilText("#storage-notices", "newer version")
	if got := p.text("#storage-notices"); strings.Contains(got, "could not be read") {
		t.Errorf("records kept aside are reported again: %s", got)
	}
	noConsoleErrors(t, ctx)
}

// fillStorage fills localStorage with filler items (big ones first, then
// ever smaller) until no record of the app fits; it returns how many
// characters it wrote.
const fillStorage = `(() => {
	let n = 0, total = 0;
	for (let size = 1 << 20; size >= 1; size = size >> 2) {
		const chunk = "x".repeat(size);
		for (;;) {
			try { localStorage.setItem("filler/" + n, chunk); n++; total += size; } catch (e) { break; }
		}
	}
	try { localStorage.setItem("factquiz/probe", "x".repeat(16)); localStorage.removeItem("factquiz/probe"); return -1; } catch (e) { return total; }
})()`

// freeStorage removes the filler items.
const freeStorage = `(Object.keys(localStorage).filter(k => k.startsWith("filler/")).forEach(k => localStorage.removeItem(k)), true)`

// TestStorageQuotaFull finishes a quiz while localStorage is full: the
// results still show with "could not be saved" and "Try saving again",
// the attempts saved before are intact, retrying while still full says so,
// and once space is freed "Try saving again" saves the attempt, which the
// history then shows.
func TestStorageQuotaFull(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.noRequeue(srv.URL) // the missed question 2 does not come back

	p.startQuiz(srv.URL, q)
	p.playRight(q)
	p.untilText("#score", "3 out of 3")
	before := p.storage()
	if len(attemptKeys(before)) != 1 {
		t.Fatalf("after one attempt the storage holds %q", attemptKeys(before))
	}

	// A second attempt; the storage fills up before its last step.
	p.click("restart")
	p.untilText("#progress-text", "1 of 3")
	for i := range q.Questions {
		qu := p.current(q)
		give := rightAnswer(t, qu)
		if i == 1 {
			give = wrongAnswer(t, qu)
		}
		p.answer(qu, give)
		p.check()
		if i < len(q.Questions)-1 {
			p.next()
		}
	}
	// The review cards and logs change with every answer: they are
	// compared from here, when the storage fills up.
	reviews := p.storage()
	if n := eval[int](t, ctx, fillStorage); n <= 0 {
		t.Fatalf("could not fill localStorage (%d)", n)
	}
	p.click("next") // See results
	p.untilText("#results-title", "Results")
	p.untilText("#quiz-message", "could not be saved")
	msg := p.text("#quiz-message")
	if !strings.Contains(msg, "Your result could not be saved") || !strings.Contains(msg, "Try saving again") {
		t.Errorf("the message is %q, want that the result could not be saved and to try again", msg)
	}
	if got := p.text("#score"); got != "2 out of 3" {
		t.Errorf("score %q while unsaved, want 2 out of 3", got)
	}
	if !p.exists("#save-again") {
		t.Fatalf("no Try saving again button")
	}
	after := p.storage()
	for k, v := range before {
		if isReviewKey(k) {
			continue
		}
		if after[k] != v {
			t.Errorf("%s changed when the storage was full", k)
		}
	}
	for k, v := range reviews {
		if isReviewKey(k) && after[k] != v {
			t.Errorf("%s changed when the storage was full", k)
		}
	}
	if got := attemptKeys(after); fmt.Sprint(got) != fmt.Sprint(attemptKeys(before)) {
		t.Errorf("attempts stored while full: %q", got)
	}

	// Still full: retrying says so and keeps the button.
	p.click("save-again")
	p.untilText("#quiz-message", "Still not saved")
	if !p.exists("#save-again") {
		t.Errorf("the Try saving again button went while still full")
	}

	// Space freed: the attempt is saved.
	eval[bool](t, ctx, freeStorage)
	p.click("save-again")
	p.until(`!document.getElementById("save-again")`, "the Try saving again button to go")
	if got := p.text("#quiz-message"); got != "" {
		t.Errorf("message after saving: %q", got)
	}
	saved := p.storage()
	if got := attemptKeys(saved); len(got) != 2 {
		t.Fatalf("after saving again the storage holds the attempts %q, want 2", got)
	}
	if _, ok := saved[store.ProgressKey(q.ID)]; ok {
		t.Errorf("the attempt is saved but still in progress too")
	}
	for k, v := range before {
		if strings.HasPrefix(k, store.AttemptKey("")) && saved[k] != v {
			t.Errorf("%s changed", k)
		}
	}
	p.reload()
	p.untilText("#history", "2 / 3 (67%)")
	if got := p.historyRows(); fmt.Sprint(got) != "[2 / 3 (67%) 3 / 3 (100%)]" {
		t.Errorf("history %q", got)
	}

	// A finished attempt kept only as the attempt in progress (its result
	// did not fit, the smaller progress record did), then the tab closed:
	// the next visit saves it and shows it in the history.
	_, value, done := finishedRecord(t, q, 1, time.Now().Add(-time.Minute))
	p.setItem(store.ProgressKey(q.ID), value)
	p.reload()
	p.untilText("#history", "1 / 3 (33%)")
	if got := p.historyRows(); len(got) != 3 {
		t.Errorf("history %q, want the unsaved result saved as a third attempt", got)
	}
	items := p.storage()
	if _, ok := items[store.AttemptKey(done.ID)]; !ok {
		t.Errorf("the finished attempt kept in progress was not saved: %q", attemptKeys(items))
	}
	if _, ok := items[store.ProgressKey(q.ID)]; ok {
		t.Errorf("the finished attempt is still kept in progress")
	}
	if p.exists("#progress-text") || strings.Contains(p.text("main"), "no longer in the quiz") {
		t.Errorf("the finished attempt was resumed as if in progress: %s", p.text("main"))
	}
	noConsoleErrors(t, ctx)
}

// isReviewKey tells the keys of review cards and logs.
func isReviewKey(k string) bool {
	return strings.HasPrefix(k, "factquiz/card/") || strings.HasPrefix(k, "factquiz/log/")
}

// secondTab opens another tab in the browser of ctx and records its
// console errors and exceptions, as newBrowser does for the first.
func secondTab(t testing.TB, ctx context.Context) (context.Context, func() []string) {
	t.Helper()
	tab, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	var mu sync.Mutex
	var errs []string
	err := chromedp.Listen(tab, func(ev any) {
		var m string
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type != runtime.ConsoleAPICalledTypeError && ev.Type != runtime.ConsoleAPICalledTypeAssert {
				return
			}
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, remoteText(a))
			}
			m = string(ev.Type) + ": " + strings.Join(parts, " ")
		case *runtime.EventExceptionThrown:
			m = "exception: " + ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				m += " " + remoteText(ev.ExceptionDetails.Exception)
			}
		default:
			return
		}
		mu.Lock()
		errs = append(errs, m)
		mu.Unlock()
	})
	if err != nil {
		t.Fatalf("opening a second tab: %v", err)
	}
	return tab, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), errs...)
	}
}

// TestStorageTwoTabs finishes attempts at the same quiz in two tabs of
// one browser: every attempt is kept, whether the tabs started apart or
// the second one resumed the first one's attempt in progress.
func TestStorageTwoTabs(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	a := newLearnerTab(t, ctx, "tab A")
	ctxB, errsB := secondTab(t, ctx)
	b := newLearnerTab(t, ctxB, "tab B")
	a.noRequeue(srv.URL) // tab A's missed questions do not come back

	// Both tabs at the quiz's page; A starts, then B starts and finishes,
	// then A finishes.
	a.open(srv.URL + "/quiz/" + q.ID)
	b.open(srv.URL + "/quiz/" + q.ID)
	a.untilText("#quiz-title", q.Title)
	b.untilText("#quiz-title", q.Title)
	a.click("start")
	a.untilText("#progress-text", "1 of 3")
	qa := a.current(q)
	a.answer(qa, rightAnswer(t, qa))
	a.check()
	a.next()
	b.click("start")
	b.untilText("#progress-text", "1 of 3")
	b.playRight(q)
	b.untilText("#score", "3 out of 3")
	for range 2 {
		qu := a.current(q)
		a.answer(qu, wrongAnswer(t, qu))
		a.check()
		a.next()
	}
	a.untilText("#score", "1 out of 3")
	if got := attemptKeys(a.storage()); len(got) != 2 {
		t.Fatalf("after two tabs finished, the storage holds the attempts %q, want 2", got)
	}
	a.reload()
	a.untilText("#history", "1 / 3 (33%)")
	if got := a.historyRows(); fmt.Sprint(got) != "[1 / 3 (33%) 3 / 3 (100%)]" {
		t.Errorf("history in tab A: %q", got)
	}

	// A starts again and goes to question 2; B, opened then, offers to
	// resume that attempt in progress and does. Both finish it,
	// differently: both are kept.
	a.click("start")
	a.untilText("#progress-text", "1 of 3")
	qa = a.current(q)
	a.answer(qa, rightAnswer(t, qa))
	a.check()
	a.next()
	b.open(srv.URL + "/quiz/" + q.ID)
	b.untilText("#intro-in-progress", "In progress: 2 of 3")
	b.click("resume")
	b.untilText("#progress-text", "2 of 3")
	b.playRight(q)
	b.untilText("#score", "3 out of 3")
	a.playRight(q)
	a.untilText("#score", "3 out of 3")
	items := a.storage()
	if got := attemptKeys(items); len(got) != 4 {
		t.Errorf("after both tabs finished the shared attempt, the storage holds the attempts %q, want 4", got)
	}
	if _, ok := items[store.ProgressKey(q.ID)]; ok {
		t.Errorf("an attempt is still in progress after both tabs finished")
	}
	b.open(srv.URL + "/")
	b.untilText(".card .stats", "best 100%")
	noConsoleErrors(t, ctx)
	if errs := errsB(); len(errs) > 0 {
		t.Errorf("console errors in tab B:\n%s", strings.Join(errs, "\n"))
	}
}
