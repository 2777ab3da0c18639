package e2e

// Browser tests of spaced review and of the quiz flow around it (issue 8):
// answers become review cards, the clock moves on (window.factquizClockOffsetMS,
// set on every new document), the Review page plays the cards due, and
// the due count falls on the home page, in the app bar and in the title;
// a missed question comes back in the same session; an attempt in
// progress shows on its card with Resume and Start over; "Practise
// mistakes" is there after leaving the results.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/review"
	"factquiz/quiz/store"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// setClock moves the app's clock offset ahead of the real time, in this
// page and every page loaded after it in the tab.
func (p *learnerTab) setClock(offset time.Duration) {
	p.t.Helper()
	js := fmt.Sprintf("window.factquizClockOffsetMS = %d;", offset.Milliseconds())
	if _, err := chromedp.Call(p.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js}); err != nil {
		p.t.Fatalf("setting the clock on new pages: %v", err)
	}
	p.eval(js + ` ""`)
}

// setSettings stores the learner's review settings as the app does; the
// next page load reads them. The tab must be on a page of the server.
func (p *learnerTab) setSettings(s review.Settings) {
	p.t.Helper()
	data, err := json.Marshal(map[string]any{"v": store.Version, "settings": s})
	if err != nil {
		p.t.Fatal(err)
	}
	p.setItem("factquiz/settings/learner", string(data))
}

// noRequeue turns off "missed questions come back" for the tests that
// play a quiz once through, question by question, with wrong answers.
func (p *learnerTab) noRequeue(base string) {
	p.t.Helper()
	p.open(base + "/")
	s := review.DefaultSettings()
	s.NoRequeue = true
	p.setSettings(s)
}

// keysWith are the storage keys that start with prefix, in any order.
func keysWith(items map[string]string, prefix string) []string {
	var keys []string
	for k := range items {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	return keys
}

// storedLogs are the review logs in the storage, by ID.
func (p *learnerTab) storedLogs() map[string]review.Log {
	p.t.Helper()
	logs := map[string]review.Log{}
	for k, v := range p.storage() {
		if !strings.HasPrefix(k, "factquiz/log/") {
			continue
		}
		var rec struct {
			Log review.Log `json:"log"`
		}
		if err := json.Unmarshal([]byte(v), &rec); err != nil {
			p.t.Fatalf("%s does not decode: %v", k, err)
		}
		logs[rec.Log.ID] = rec.Log
	}
	return logs
}

// dueBadge is the number the app bar's Review link shows, "" for none.
func (p *learnerTab) dueBadge() string {
	p.t.Helper()
	return p.eval(`(e => e ? e.textContent.replace(/\D/g, "") : "")(document.getElementById("due-badge"))`)
}

func (p *learnerTab) title() string {
	p.t.Helper()
	return p.eval(`document.title`)
}

// TestReviewDueCardsAfterClockMoves answers the short quiz, moves the
// clock 30 days on, and reviews the three cards due on /review: the home
// page, the app bar and the title count them, the count falls with each
// review, every answer is saved as it is checked, "I guessed" changes the
// rating, and at the end the page says when the next review is.
func TestReviewDueCardsAfterClockMoves(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")

	// Nothing answered yet: nothing due, and the Review page says why.
	p.open(srv.URL + "/review")
	p.untilText("#review-status", "Answer some quizzes first")
	if got := p.dueBadge(); got != "" {
		t.Errorf("the app bar counts %q due before any answer", got)
	}

	started := time.Now()
	p.startQuiz(srv.URL, q)
	p.playRight(q)
	elapsed := time.Since(started)
	items := p.storage()
	cards := keysWith(items, "factquiz/card/")
	if len(cards) != len(q.Questions) {
		t.Fatalf("after answering %d questions the storage holds the cards %q", len(q.Questions), cards)
	}
	logs := p.storedLogs()
	if len(logs) != len(q.Questions) {
		t.Fatalf("%d review logs after %d answers", len(logs), len(q.Questions))
	}
	for _, l := range logs {
		if l.Mode != review.ModeQuiz || !l.Correct || l.QuizID != q.ID {
			t.Errorf("log %+v: want a right answer of the quiz %s in mode quiz", l, q.ID)
		}
		if l.TookMS <= 0 || time.Duration(l.TookMS)*time.Millisecond > elapsed {
			t.Errorf("log of %s: took %d ms, but the whole quiz took %s", l.QuestionID, l.TookMS, elapsed)
		}
	}

	// Right now nothing is due; the home page says when the next one is.
	p.open(srv.URL + "/")
	p.untilText("#due-count", "Nothing to review now. Next review: in ")
	if got := p.title(); got != "Factquiz" {
		t.Errorf("title %q with nothing due", got)
	}

	// Thirty days on, all three are due, on the home page, its card, the
	// app bar and in the title, after a reload too.
	p.setClock(30 * 24 * time.Hour)
	p.reload()
	p.untilText("#due-count", "3 questions are due for review.")
	p.until(`document.title === "Factquiz (3 due)"`, "the title to count 3 due")
	if got := p.dueBadge(); got != "3" {
		t.Errorf("the app bar's badge says %q, want 3", got)
	}
	if got := p.text(".card .stats .due"); got != "3 due for review" {
		t.Errorf("the quiz's card says %q, want 3 due for review", got)
	}

	// Review them, one at a time, in due order.
	p.click("review-now")
	p.untilText("#progress-text", "1 of 3")
	p.until(`document.activeElement && document.activeElement.id === "question-prompt"`, "the focus on the first review's question")
	seen := map[string]bool{}
	for i := range 3 {
		qu := p.current(q)
		if seen[qu.ID] {
			t.Fatalf("review %d asks %s again", i+1, qu.ID)
		}
		seen[qu.ID] = true
		if got, want := p.text("#progress-text"), fmt.Sprintf("%d of 3", i+1); got != want {
			t.Errorf("review of %s: progress %q, want %q", qu.ID, got, want)
		}
		before := len(p.storedLogs())
		p.answer(qu, rightAnswer(t, qu))
		p.check()
		if got := p.text("#evidence"); got != oneLine(qu.Evidence) {
			t.Errorf("review of %s: evidence %q", qu.ID, got)
		}
		// Saved when checked: leaving now would lose nothing.
		if got := len(p.storedLogs()); got != before+1 {
			t.Errorf("review of %s: %d logs after Check, want %d", qu.ID, got, before+1)
		}
		p.until(fmt.Sprintf(`document.title === %q`, dueTitleWant(2-i)), fmt.Sprintf("the title to count %d due", 2-i))
		if got, want := p.dueBadge(), strconv.Itoa(2-i); (2-i > 0 && got != want) || (2-i == 0 && got != "") {
			t.Errorf("after %d reviews the app bar's badge says %q", i+1, got)
		}
		p.untilText("#next-review", "Next review in ")
		if i == 0 {
			// "I guessed" makes it Hard: the log says so, and it comes back sooner.
			first := p.text("#next-review")
			// Check brought the rating buttons into sight with the
			// feedback, above the bar of actions.
			if covered := p.inSight("guessed"); covered != "" {
				t.Errorf("after Check, I guessed is not in sight: %s", covered)
			}
			p.click("guessed")
			p.until(`document.getElementById("guessed").getAttribute("aria-pressed") === "true"`, "I guessed to be pressed")
			var found bool
			for _, l := range p.storedLogs() {
				if l.QuestionID == qu.ID && l.Mode == review.ModeReview {
					found = true
					if l.Rating != review.Override(quiz.Result{Score: 1, Correct: true}, false) {
						t.Errorf("after I guessed the log's rating is %v", l.Rating)
					}
				}
			}
			if !found {
				t.Errorf("no review log of %s", qu.ID)
			}
			if got := len(p.storedLogs()); got != before+1 {
				t.Errorf("I guessed added a log: %d, want %d", got, before+1)
			}
			p.until(fmt.Sprintf(`document.getElementById("next-review").textContent !== %q`, first), "the next review to change after I guessed")
		}
		if i < 2 {
			if got := p.text("#next"); got != "Next question" {
				t.Errorf("the button says %q", got)
			}
		} else if got := p.text("#next"); got != "Finish" {
			t.Errorf("the last review's button says %q, want Finish", got)
		}
		p.click("next")
		if i < 2 {
			p.untilText("#progress-text", fmt.Sprintf("%d of 3", i+2))
			p.until(`!document.getElementById("verdict") && document.activeElement && document.activeElement.id === "question-prompt"`, "the next review's question")
		}
	}
	p.untilText("#review-status", "Well done: you reviewed 3 questions.")
	p.untilText("#review-status", "Nothing to review now. Next review: in ")
	if m := regexp.MustCompile(`Next review: in \d+ \w+ \(((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d\d:\d\d|\d+ \w+ \d{4})\)`).FindString(p.text("#review-status")); m == "" {
		t.Errorf("the end of the review says %q, want when the next one is with its day and time", p.text("#review-status"))
	}
	for _, l := range p.storedLogs() {
		if l.Mode == review.ModeReview && l.QuizID != q.ID {
			t.Errorf("a review log of another quiz: %+v", l)
		}
	}
	if got := len(p.storedLogs()); got != 6 {
		t.Errorf("%d logs after 3 answers and 3 reviews", got)
	}

	// Back home, nothing is due any more.
	p.click("to-quizzes")
	p.untilText("#due-count", "Nothing to review now.")
	p.until(`document.title === "Factquiz"`, "the title without a due count")
	if got := p.dueBadge(); got != "" {
		t.Errorf("the app bar still counts %q due", got)
	}
	if p.exists(".card .stats .due") {
		t.Errorf("the card still counts reviews due: %q", p.text(".card .stats .due"))
	}
	noConsoleErrors(t, ctx)
}

func dueTitleWant(n int) string {
	if n == 0 {
		return "Review · Factquiz"
	}
	return fmt.Sprintf("Review · Factquiz (%d due)", n)
}

// TestQuizMissedQuestionComesBack misses the first question of the short
// quiz: it comes back after the others, marked as such, and once it is
// answered right the results count the first answer (2 of 3). Played
// again with the same miss, the quiz's history says it was missed twice.
func TestQuizMissedQuestionComesBack(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")

	for round := 1; round <= 2; round++ {
		if round == 1 {
			p.startQuiz(srv.URL, q)
		} else {
			p.click("restart")
			p.untilText("#progress-text", "1 of 3")
		}
		missed := p.current(q)
		p.answer(missed, wrongAnswer(t, missed))
		p.check()
		if got := p.text("#next"); got != "Next question" {
			t.Errorf("after a miss the button says %q", got)
		}
		p.next()
		for range len(q.Questions) - 1 {
			qu := p.current(q)
			if qu.ID == missed.ID {
				t.Fatalf("the missed question came back at once, with its answer still in mind")
			}
			p.answer(qu, rightAnswer(t, qu))
			p.check()
			if got := p.text("#next"); got != "Next question" {
				t.Errorf("%s: the button says %q while the missed question is still to come", qu.ID, got)
			}
			p.next()
		}
		// It comes back, said so, as question 4 of 4.
		if got := p.current(q); got.ID != missed.ID {
			t.Fatalf("question 4 is %s, want the missed %s back", got.ID, missed.ID)
		}
		if got := p.text("#progress-text"); got != "4 of 4" {
			t.Errorf("progress of the returning question %q, want 4 of 4", got)
		}
		if got := p.text("#again-note"); !strings.Contains(got, "missed this one earlier") {
			t.Errorf("the returning question is not marked: %q", got)
		}
		p.answer(missed, rightAnswer(t, missed))
		p.check()
		p.untilText("#verdict", "Right!")
		p.next()
		p.untilText("#results-title", "Results")
		if got := p.text("#score"); got != "2 out of 3" {
			t.Errorf("round %d: score %q, want 2 out of 3 (first answers)", round, got)
		}
		if got := p.text("#percent"); got != "67%" {
			t.Errorf("round %d: percent %q", round, got)
		}
		if got := p.text("#mode-note"); !strings.Contains(got, "first answers") {
			t.Errorf("round %d: the results do not say the score counts first answers: %q", round, got)
		}
		if rows := p.texts(".missed-question .prompt"); len(rows) != 1 || rows[0] != oneLine(missed.Prompt) {
			t.Errorf("round %d: missed questions %q", round, rows)
		}
	}

	p.reload()
	p.untilText("#history", "Your attempts")
	if got := p.text("#often-missed"); !strings.Contains(got, oneLine(q.Questions[0].Prompt)) || !strings.Contains(got, "missed 2 times of 2") {
		t.Errorf("the history's often missed questions say %q, want %q missed 2 times of 2", got, q.Questions[0].Prompt)
	}
	if got := p.texts("#history tbody td.kind"); fmt.Sprint(got) != "[full quiz full quiz]" {
		t.Errorf("kinds of attempt %q", got)
	}
	p.open(srv.URL + "/")
	p.untilText(".card .stats", "best 67%")
	if got := p.text(".card .stats"); !strings.Contains(got, "last 67%") {
		t.Errorf("the card says %q", got)
	}
	noConsoleErrors(t, ctx)
}

// TestQuizCardInProgressResumeStartOver leaves the short quiz after one
// question: its card says so, Resume goes back to question 2, and Start
// over begins again at question 1.
func TestQuizCardInProgressResumeStartOver(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")

	p.startQuiz(srv.URL, q)
	q1 := p.current(q)
	p.answer(q1, rightAnswer(t, q1))
	p.check()
	p.next()
	p.open(srv.URL + "/")
	p.untilText(".card .in-progress-text", "In progress: ")
	if got := p.text(".card .in-progress-text"); !regexp.MustCompile(`^In progress: [12] of 3$`).MatchString(got) {
		t.Errorf("the card says %q, want In progress: n of 3", got)
	}
	if got := p.text(".card .stats"); strings.Contains(got, "not played yet") {
		t.Errorf("a quiz in progress says %q", got)
	}
	p.audit("home with a quiz in progress")
	p.click("resume-" + q.ID)
	p.untilText("#progress-text", "2 of 3")
	if got := p.current(q); got.ID != q.Questions[1].ID {
		t.Errorf("resumed at %s", got.ID)
	}
	p.open(srv.URL + "/")
	p.untilText(".card .in-progress-text", "In progress: ")
	p.click("start-over-" + q.ID)
	p.untilText("#progress-text", "1 of 3")
	if got := p.current(q); got.ID != q.Questions[0].ID {
		t.Errorf("Start over began at %s", got.ID)
	}
	noConsoleErrors(t, ctx)
}

// TestQuizPractiseMistakes misses two questions with the requeue turned
// off, leaves the results, and finds "Practise mistakes" on the quiz's
// page: it plays exactly those two, and does not change the best score.
func TestQuizPractiseMistakes(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.noRequeue(srv.URL)

	p.startQuiz(srv.URL, q)
	var missed []string
	for i := range q.Questions {
		qu := p.current(q)
		give := rightAnswer(t, qu)
		if i < 2 {
			give = wrongAnswer(t, qu)
			missed = append(missed, qu.ID)
		}
		p.answer(qu, give)
		p.check()
		p.next()
	}
	p.untilText("#results-title", "Results")
	p.untilText("#practise", "Practise mistakes (2 questions)")

	// Leave the results; the quiz's page still offers the practice.
	p.open(srv.URL + "/")
	p.untilText(".card .stats", "best 33%")
	p.open(srv.URL + "/quiz/" + q.ID)
	p.untilText("#practise", "Practise mistakes (2 questions)")
	p.click("practise")
	p.untilText("#progress-text", "1 of 2")
	for i, id := range missed {
		qu := p.current(q)
		if qu.ID != id {
			t.Fatalf("practice question %d is %s, want %s", i+1, qu.ID, id)
		}
		p.answer(qu, rightAnswer(t, qu))
		p.check()
		p.next()
	}
	p.untilText("#results-title", "Results")
	if got := p.text("#score"); got != "2 out of 2" {
		t.Errorf("practice score %q", got)
	}
	if got := p.text("#mode-note"); !strings.Contains(got, "Practice of your mistakes") {
		t.Errorf("the practice's results say %q", got)
	}
	if p.exists("#practise") {
		t.Errorf("Practise mistakes is still offered with none left: %q", p.text("#practise"))
	}
	p.open(srv.URL + "/")
	p.untilText(".card .stats", "best 33%")
	p.open(srv.URL + "/quiz/" + q.ID)
	p.untilText("#history", "Your attempts")
	if p.exists("#practise") {
		t.Errorf("the quiz's page offers Practise mistakes with none left")
	}
	if got := p.texts("#history tbody td.kind"); fmt.Sprint(got) != "[practice full quiz]" {
		t.Errorf("kinds of attempt %q", got)
	}
	noConsoleErrors(t, ctx)
}

// TestReviewAccessibilityPhoneAndLaptop runs axe on /review with a
// question, with its feedback and at the end, at 390 and 1280 px; at 320,
// 390 and 800 px the app bar keeps the learner's places (Quizzes, Review,
// Progress) and Menu on one row, Review marked as the current place, and
// the page is no wider than the screen; at 1280 px the tools (new quiz,
// open a file, teachers, settings) are a second level beside them.
func TestReviewAccessibilityPhoneAndLaptop(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.startQuiz(srv.URL, q)
	p.playRight(q)
	p.setClock(60 * 24 * time.Hour)

	for _, w := range []int64{320, 390, 800, 1280} {
		do(t, ctx, 10*time.Second, chromedp.EmulateViewport(w, 900))
		where := fmt.Sprintf("/review at %d px", w)
		p.open(srv.URL + "/review")
		p.untilText("#progress-text", "1 of ")
		if w <= 800 {
			p.untilText("#due-badge", "due")
			first := []string{"#quizzes-link", "#review-link", "#progress-link", "#menu-button"}
			if w >= 390 {
				// Under 360 px the icon gives its room to the places.
				first = append(first, ".brand")
			}
			middles := eval[[]int](t, ctx, fmt.Sprintf(`%q.split(",").map(s => document.querySelector(s)).map(e => {
				if (!e || e.offsetParent === null) return -1;
				const r = e.getBoundingClientRect();
				return Math.round(r.top + r.height / 2);
			})`, strings.Join(first, ",")))
			for i, m := range middles {
				if m == -1 || m != middles[0] {
					t.Errorf("%s: %s is not on the app bar's one row with %s (middles %v)", where, first[i], first[0], middles)
				}
			}
			if h := eval[float64](t, ctx, `document.querySelector(".appbar").getBoundingClientRect().height`); h > 72 {
				t.Errorf("%s: the app bar is %.0f px high: more than one row", where, h)
			}
			if got := p.eval(`String(document.documentElement.scrollWidth)`); got != fmt.Sprint(w) {
				t.Errorf("%s: the page is %s px wide", where, got)
			}
			if got := p.eval(`document.getElementById("review-link").getAttribute("aria-current") || "none"`); got != "page" {
				t.Errorf("%s: Review is not marked as the current place (aria-current %s)", where, got)
			}
			p.click("menu-button")
			p.until(`getComputedStyle(document.getElementById("main-links")).display !== "none"`, "the menu to open")
			p.audit(where + " with the menu open")
			p.click("menu-button")
		}
		if w == 1280 {
			// The tools are a second level: after the places, set apart
			// by a rule, in lighter type than the places.
			level := eval[[]float64](t, ctx, `(() => {
				const tools = document.getElementById("main-links"), tool = tools.querySelector("a");
				const place = document.getElementById("progress-link");
				return [parseFloat(getComputedStyle(tools).borderLeftWidth), +getComputedStyle(tool).fontWeight,
					+getComputedStyle(place).fontWeight, tool.getBoundingClientRect().left - place.getBoundingClientRect().right];
			})()`)
			if len(level) != 4 || level[0] < 1 || level[1] >= level[2] || level[3] <= 0 {
				t.Errorf("%s: the tools are not a second level after the places (rule %v px, weight %v against %v, %v px after Progress)", where, level[0], level[1], level[2], level[3])
			}
			if h := eval[float64](t, ctx, `document.querySelector(".appbar").getBoundingClientRect().height`); h > 72 {
				t.Errorf("%s: the app bar is %.0f px high: more than one row", where, h)
			}
		}
		if w == 320 {
			continue
		}
		p.audit(where + ", a question")
		qu := p.current(q)
		p.answer(qu, wrongAnswer(t, qu))
		p.check()
		p.untilText("#next-review", "Next review")
		p.audit(where + ", the feedback")
		if w < 1280 {
			continue
		}
		for range len(q.Questions) {
			p.click("next")
			p.until(`!document.getElementById("verdict")`, "the next review or the end")
			if p.exists("#review-status") {
				break
			}
			qu := p.current(q)
			p.answer(qu, rightAnswer(t, qu))
			p.check()
		}
		p.untilText("#review-status", "you reviewed")
		p.audit(where + ", the end")
	}
	noConsoleErrors(t, ctx)
}

// TestReviewQuestionFileChanged answers the short quiz, then its file
// changes on the server: one question is reworded, one removed. The
// Review page says so in words before the session, the reworded question
// starts again (due now) and the removed one never comes back.
func TestReviewQuestionFileChanged(t *testing.T) {
	q := shortQuiz(t)
	dir := questionsDir(t, "short.yaml")
	srv := startServer(t, dir)
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.startQuiz(srv.URL, q)
	p.playRight(q)

	path := filepath.Join(dir, "short.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	reworded := strings.Replace(text, `prompt: "What is the capital of Armenia?"`, `prompt: "Which city is the capital of Armenia?"`, 1)
	start := strings.Index(reworded, "  - id: martial-law")
	end := strings.Index(reworded, "  - id: ceasefires")
	if reworded == text || start < 0 || end < start {
		t.Fatalf("short.yaml is not as the test expects")
	}
	reworded = reworded[:start] + reworded[end:]
	if err := os.WriteFile(path, []byte(reworded), 0o644); err != nil {
		t.Fatal(err)
	}
	changed := loadQuiz(t, path)

	p.open(srv.URL + "/review")
	p.untilText("#review-notes", "has changed since you last answered it")
	notes := p.text("#review-notes")
	if !strings.Contains(notes, "Which city is the capital of Armenia?") {
		t.Errorf("the notes do not name the reworded question: %q", notes)
	}
	if !strings.Contains(notes, "1 question you answered is no longer in any quiz") {
		t.Errorf("the notes do not tell of the removed question: %q", notes)
	}
	// The reworded question starts again: it is the one due now.
	p.untilText("#progress-text", "1 of 1")
	if got := p.current(changed); got.ID != "capital" {
		t.Errorf("the review asks %s, want the reworded capital", got.ID)
	}
	p.audit("/review with notes")
	qu := p.current(changed)
	p.answer(qu, rightAnswer(t, qu))
	p.check()
	p.click("next")
	p.untilText("#review-status", "you reviewed 1 question")

	// Thirty days on, the removed question is not due with the others.
	p.setClock(30 * 24 * time.Hour)
	p.open(srv.URL + "/review")
	p.untilText("#progress-text", "1 of ")
	if got := p.text("#progress-text"); got != "1 of 2" {
		t.Errorf("thirty days on, %q due, want the 2 questions still in the quiz", got)
	}
	if p.exists("#review-notes li") {
		t.Errorf("the notes are told again: %q", p.text("#review-notes"))
	}
	noConsoleErrors(t, ctx)
}

// TestReviewRatingAfterReload: the feedback of a checked question
// restored after a reload still offers "I knew it" and "I guessed", and
// the choice changes the rating of the answer's own log, adding none.
func TestReviewRatingAfterReload(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.startQuiz(srv.URL, q)
	qu := p.current(q)
	p.answer(qu, rightAnswer(t, qu))
	p.check()
	p.until(`!!document.getElementById("guessed")`, "the rating buttons")
	p.reload()
	p.until(`!!document.getElementById("verdict")`, "the feedback restored")
	p.until(`!!document.getElementById("guessed")`, "the rating buttons after the reload")
	p.click("guessed")
	p.until(`document.getElementById("guessed").getAttribute("aria-pressed") === "true"`, "I guessed to be pressed")
	logs := p.storedLogs()
	if len(logs) != 1 {
		t.Fatalf("%d review logs after one answer", len(logs))
	}
	want := review.Override(quiz.Result{Correct: true, Score: 1}, false)
	for _, l := range logs {
		if l.QuestionID != qu.ID || l.Rating != want {
			t.Errorf("the log of %s says %v after I guessed, want %v", l.QuestionID, l.Rating, want)
		}
	}
	noConsoleErrors(t, ctx)
}
