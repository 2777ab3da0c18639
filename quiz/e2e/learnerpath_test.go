package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factquiz/quiz/store"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// learnerSizes are the phone and the laptop of the learner's path tests.
var learnerSizes = []struct{ w, h int64 }{{390, 844}, {1280, 800}}

// atLearnerSizes runs test once at each of learnerSizes, in a fresh
// browser whose tab shows the page at that size.
func atLearnerSizes(t *testing.T, test func(t *testing.T, ctx context.Context, p *learnerTab)) {
	for _, size := range learnerSizes {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			ctx := newBrowser(t)
			p := newLearnerTab(t, ctx, "tab")
			do(t, ctx, 10*time.Second, chromedp.EmulateViewport(size.w, size.h))
			test(t, ctx, p)
		})
	}
}

// escape presses Escape on the element that has the focus.
func (p *learnerTab) escape() {
	p.t.Helper()
	do(p.t, p.ctx, 20*time.Second, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp} {
			ev := input.DispatchKeyEventParams{Type: typ, Key: "Escape", Code: "Escape", WindowsVirtualKeyCode: 27, NativeVirtualKeyCode: 27}
			if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, ev); err != nil {
				return err
			}
		}
		return nil
	}))
}

// focusOn waits until the element with the given id has the focus.
func (p *learnerTab) focusOn(id, what string) {
	p.t.Helper()
	p.until(fmt.Sprintf(`document.activeElement && document.activeElement.id === %q`, id), what)
}

// TestLearnerPathQuit leaves the short quiz at question 2 with Quit:
// Escape cancels; "Keep my progress" goes back to the quiz's page with
// Resume (focused) and Start over, the home card says In progress and its
// Resume continues at question 2; "Discard" removes the attempt.
func TestLearnerPathQuit(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	atLearnerSizes(t, func(t *testing.T, ctx context.Context, p *learnerTab) {
		p.noRequeue(srv.URL)
		p.startQuiz(srv.URL, q)
		q1 := p.current(q)
		p.answer(q1, rightAnswer(t, q1))
		p.check()
		p.next()
		q2 := p.current(q)

		// Quit, then Escape: back to the question, the focus on Quit.
		p.click("quit")
		p.focusOn("quit-keep", "the focus on Keep my progress")
		p.audit("the Quit choice")
		p.escape()
		p.focusOn("quit", "the focus back on Quit after Escape")
		if p.exists("#quit-choice") {
			t.Errorf("Escape left the Quit choice open")
		}

		// Keep my progress: the quiz's page with Resume and Start over.
		p.click("quit")
		p.focusOn("quit-keep", "the focus on Keep my progress")
		p.click("quit-keep")
		p.untilText("#intro-in-progress", "In progress: 2 of 3")
		p.focusOn("resume", "the focus on Resume")
		if got := p.text("#start"); got != "Start over" {
			t.Errorf("next to Resume the quiz's page offers %q, want Start over", got)
		}
		if _, ok := p.storage()[store.ProgressKey(q.ID)]; !ok {
			t.Errorf("Keep my progress kept nothing")
		}

		// Home: the card says In progress; its Resume goes on at question 2.
		p.open(srv.URL + "/")
		p.untilText(".card .in-progress-text", "In progress: 2 of 3")
		p.click("resume-" + q.ID)
		p.untilText("#progress-text", "2 of 3")
		if got := p.current(q); got.ID != q2.ID {
			t.Errorf("Resume went on at %s, want %s", got.ID, q2.ID)
		}

		// Coming back by the quiz's address: its page, not question 2.
		p.open(srv.URL + "/quiz/" + q.ID)
		p.untilText("#intro-in-progress", "In progress: 2 of 3")
		if p.exists("#progress-text") {
			t.Errorf("coming back to the quiz went straight into a question")
		}
		p.click("resume")
		p.untilText("#progress-text", "2 of 3")

		// Discard: the attempt in progress goes.
		p.click("quit")
		p.focusOn("quit-keep", "the focus on Keep my progress")
		p.click("quit-discard")
		p.untilText("#start", "Start the quiz")
		p.focusOn("start", "the focus on Start after Discard")
		if p.exists("#resume") || p.exists("#intro-in-progress") {
			t.Errorf("after Discard the quiz's page still offers Resume")
		}
		if _, ok := p.storage()[store.ProgressKey(q.ID)]; ok {
			t.Errorf("Discard left the attempt in progress in the storage")
		}
		p.open(srv.URL + "/")
		p.untilText(".card .stats", "3 questions")
		if p.exists(".card .in-progress") {
			t.Errorf("after Discard the card still says %q", p.text(".card .in-progress"))
		}
		noConsoleErrors(t, ctx)
	})
}

// TestLearnerPathNoDeveloperText: the home page and a quiz's page name
// no file and no command; the teachers' page still lists the files.
func TestLearnerPathNoDeveloperText(t *testing.T) {
	srv := startServer(t, copyQuestions(t, "karabakh.yaml", "karabakh-generated.yaml"))
	hand := loadQuiz(t, filepath.Join(repoRoot, "questions", "karabakh.yaml"))
	gen := loadQuiz(t, filepath.Join(repoRoot, "questions", "karabakh-generated.yaml"))
	atLearnerSizes(t, func(t *testing.T, ctx context.Context, p *learnerTab) {
		developer := []string{".yaml", ".txt", "questions/", "factquiz generate", "factquiz "}
		noneOf := func(where string) {
			t.Helper()
			text := p.eval(`document.querySelector("main").innerText`)
			for _, w := range developer {
				if strings.Contains(text, w) {
					t.Errorf("%s shows %q:\n%s", where, w, text)
				}
			}
		}
		p.open(srv.URL + "/")
		p.untilText(".cards", hand.Title)
		p.untilText(".cards", gen.Title)
		noneOf("the home page")
		for _, qz := range []string{hand.ID, gen.ID} {
			p.open(srv.URL + "/quiz/" + qz)
			p.until(`!!document.getElementById("start")`, "the Start button")
			p.focusOn("start", "the focus on Start")
			noneOf("the quiz's page " + qz)
		}
		if got := p.text(".intro .muted"); got != "Source: the article “"+gen.Title+"”" {
			t.Errorf("the generated quiz's source reads %q", got)
		}
		p.open(srv.URL + "/teacher")
		p.untilText("main", "karabakh.yaml")
		p.untilText("main", "karabakh-generated.yaml")
	})
}

// TestLearnerPathDraftSurvivesReload ticks a choice without checking it,
// reloads, and finds it ticked; checking it then grades it.
func TestLearnerPathDraftSurvivesReload(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	atLearnerSizes(t, func(t *testing.T, ctx context.Context, p *learnerTab) {
		p.startQuiz(srv.URL, q)
		q1 := p.current(q)
		give := wrongAnswer(t, q1)
		p.answer(q1, give)
		p.reload()
		p.untilText("#progress-text", "1 of 3")
		if got := p.pickedLabels(); fmt.Sprint(got) != fmt.Sprint(give) {
			t.Errorf("after the reload the ticked choices are %q, want %q", got, give)
		}
		if p.exists("#verdict") {
			t.Errorf("the ticked choice came back checked")
		}
		p.check()
		if got := p.text("#verdict"); strings.HasPrefix(got, "Right") {
			t.Errorf("the restored wrong choice was graded %q", got)
		}
		noConsoleErrors(t, ctx)
	})
}

// TestLearnerPathResultsCompare plays the short quiz twice, the second
// time better and all right: its results compare the score with the
// first ("up from"), say "New best!" and celebrate in words; the focus
// is on the results' heading.
func TestLearnerPathResultsCompare(t *testing.T) {
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	atLearnerSizes(t, func(t *testing.T, ctx context.Context, p *learnerTab) {
		p.noRequeue(srv.URL)
		p.startQuiz(srv.URL, q)
		for i := range q.Questions {
			qu := p.current(q)
			give := rightAnswer(t, qu)
			if i == 0 {
				give = wrongAnswer(t, qu)
			}
			p.answer(qu, give)
			p.check()
			p.next()
		}
		p.untilText("#score", "2 out of 3")
		if p.exists("#new-best") || p.exists("#comparison") {
			t.Errorf("a first attempt is compared: %q", p.text("#comparison-box"))
		}
		if !strings.HasPrefix(p.text("#pace"), "Time per question: ") {
			t.Errorf("no time per question: %q", p.text("#pace"))
		}
		p.click("restart")
		p.untilText("#progress-text", "1 of 3")
		p.playRight(q)
		p.untilText("#score", "3 out of 3")
		p.focusOn("results-title", "the focus on the results' heading")
		if got, want := p.text("#comparison"), "100%, up from 67% last time; your best before was 67%."; got != want {
			t.Errorf("comparison %q, want %q", got, want)
		}
		if got := p.text("#new-best"); got != "New best!" {
			t.Errorf("new best %q", got)
		}
		if got := p.text("#perfect"); !strings.Contains(got, "Every answer right") {
			t.Errorf("100%% is not celebrated in words: %q", got)
		}
		p.audit("results with a new best")
		noConsoleErrors(t, ctx)
	})
}
