package e2e

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// key presses one key on the element that has the focus the way a
// keyboard does (Puppeteer does the same): a keyDown that carries the
// key's text, then a keyUp. chromedp's KeyEvent sends a separate char
// event after the keyDown, which the browser delivers even when the page
// prevented the keyDown's default; a real keyboard's keypress is then
// suppressed. "\r" is Enter and "\t" Tab; other keys are digits or
// letters.
func (p *learnerTab) key(k string) {
	p.t.Helper()
	params := input.DispatchKeyEventParams{Key: k, Text: k, UnmodifiedText: k}
	switch {
	case k == "\r":
		params = input.DispatchKeyEventParams{Key: "Enter", Code: "Enter", Text: "\r", UnmodifiedText: "\r", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13}
	case k == "\t":
		params = input.DispatchKeyEventParams{Key: "Tab", Code: "Tab", WindowsVirtualKeyCode: 9, NativeVirtualKeyCode: 9}
	case len(k) == 1 && k[0] >= '0' && k[0] <= '9':
		params.Code = "Digit" + k
		params.WindowsVirtualKeyCode = int64(k[0])
		params.NativeVirtualKeyCode = int64(k[0])
	case len(k) == 1 && k[0] >= 'a' && k[0] <= 'z':
		params.Code = "Key" + strings.ToUpper(k)
		params.WindowsVirtualKeyCode = int64(k[0] - 'a' + 'A')
		params.NativeVirtualKeyCode = params.WindowsVirtualKeyCode
	default:
		p.t.Fatalf("key %q is not a key the test knows", k)
	}
	do(p.t, p.ctx, 20*time.Second, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		down := params
		down.Type = input.DispatchKeyEventTypeKeyDown
		if down.Text == "" {
			down.Type = input.DispatchKeyEventTypeRawKeyDown
		}
		up := params
		up.Type, up.Text, up.UnmodifiedText = input.DispatchKeyEventTypeKeyUp, "", ""
		for _, ev := range []input.DispatchKeyEventParams{down, up} {
			if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, ev); err != nil {
				return err
			}
		}
		return nil
	}))
}

// typeText types text in the focused field, key by key.
func (p *learnerTab) typeText(text string) {
	p.t.Helper()
	do(p.t, p.ctx, 20*time.Second, chromedp.KeyEvent(text))
}

// TestKeyboardWholeQuiz plays the whole Karabakh quiz with the keyboard
// alone: number keys pick choices (and toggle them on "select all"),
// 1 and 2 answer true/false, Tab reaches the text field where digits are
// typed, not taken as shortcuts, Enter checks and Enter goes on. After
// Check the focus is on the Next button, after Next on the question's
// heading, after the last one on the results' heading; the feedback is a
// polite live region; Enter with no answer gives a hint and checks
// nothing; number keys do nothing once checked.
func TestKeyboardWholeQuiz(t *testing.T) {
	q := karabakhQuiz(t)
	srv := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.noRequeue(srv.URL) // the plan is played once through
	p.startQuiz(srv.URL, q)

	if got := p.eval(`(e => e ? e.getAttribute("aria-live") + " " + e.getAttribute("role") : "none")(document.getElementById("feedback"))`); got != "polite status" {
		t.Errorf("the feedback region is %q, want aria-live polite, role status", got)
	}
	score := 0.0
	total := len(q.Questions)
	for i := range total {
		qu := p.current(q)
		p.until(`document.activeElement && document.activeElement.id === "question-prompt"`, fmt.Sprintf("focus on the heading of question %d", i+1))
		if i == 0 {
			// Enter with nothing chosen: a hint, no verdict.
			p.key("\r")
			p.untilText("#feedback .hint", "Choose an answer")
			if p.exists("#verdict") {
				t.Fatalf("Enter with no answer checked the question")
			}
		}
		give := karabakhPlan[qu.ID]
		switch qu.Type {
		case quiz.Single, quiz.Multiple:
			for _, g := range give {
				p.key(strconv.Itoa(p.choicePos(g) + 1))
			}
			if qu.Type == quiz.Multiple {
				// A number key toggles: pick one more, then take it back.
				var other string
				for _, l := range p.choiceLabels() {
					if !listHas(give, l) {
						other = l
						break
					}
				}
				p.key(strconv.Itoa(p.choicePos(other) + 1))
				p.until(fmt.Sprintf(`[...document.querySelectorAll(".choices .choice")].some(d => d.querySelector("input").checked && d.querySelector("label").children[1].textContent === %q)`, other), "the extra choice to be picked")
				p.key(strconv.Itoa(p.choicePos(other) + 1))
			}
		case quiz.TrueFalse:
			if give[0] == "True" {
				p.key("1")
			} else {
				p.key("2")
			}
		case quiz.Text, quiz.Number:
			p.key("\t")
			if got := p.activeID(); got != "answer" {
				t.Fatalf("%s: Tab from the heading went to %q, not the answer field", qu.ID, got)
			}
			p.typeText(give[0])
			if got := p.eval(`document.getElementById("answer").value`); got != give[0] {
				t.Fatalf("%s: typed %q, the field has %q", qu.ID, give[0], got)
			}
		}
		if qu.Type != quiz.Text && qu.Type != quiz.Number {
			want := sortedLike(p.choiceLabels(), give)
			p.until(fmt.Sprintf(`JSON.stringify([...document.querySelectorAll(".choices .choice")].filter(d => d.querySelector("input").checked).map(d => d.querySelector("label").children[1].textContent)) === %q`, mustJSON(want)),
				fmt.Sprintf("%s: keys to pick %q", qu.ID, want))
		}

		p.key("\r")
		p.until(`!!document.getElementById("verdict")`, qu.ID+": Enter to check")
		res := quiz.Grade(qu, responseTo(t, qu, give))
		score += res.Score
		if got, want := p.text("#verdict"), wantVerdict(res); got != want {
			t.Errorf("%s: verdict %q, want %q", qu.ID, got, want)
		}
		p.until(`document.activeElement && document.activeElement.id === "next"`, qu.ID+": focus on Next after Check")
		if qu.Type == quiz.Single {
			// Checked: number keys change nothing any more.
			before := p.pickedLabels()
			p.key(strconv.Itoa((p.choicePos(before[0])+1)%len(qu.Choices) + 1))
			if after := p.pickedLabels(); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Errorf("%s: a number key changed the answer after checking: %q, then %q", qu.ID, before, after)
			}
		}

		before := p.text("#progress-text")
		p.key("\r")
		if i < total-1 {
			p.until(fmt.Sprintf(`(document.getElementById("progress-text") || {}).textContent !== %q && !document.getElementById("verdict")`, before), qu.ID+": Enter to go on")
			if got, want := p.text("#progress-text"), fmt.Sprintf("%d of %d", i+2, total); got != want {
				t.Fatalf("after Enter on %s: progress %q, want %q", qu.ID, got, want)
			}
		}
	}
	p.until(`!!document.getElementById("results-title")`, "the results")
	p.until(`document.activeElement && document.activeElement.id === "results-title"`, "focus on the results' heading")
	if got, want := p.text("#score"), quiz.FormatNumber(score)+" out of "+strconv.Itoa(total); got != want {
		t.Errorf("score %q, want %q", got, want)
	}
	noConsoleErrors(t, ctx)
}

func listHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestTypingOnASlowPhoneLosesNoKeys types a long answer into the text
// field of a page whose CPU runs twenty times slower, as on a cheap phone
// under load: every key must stay. The field once was bound to the
// page's response, so a render that lagged behind the typing wrote an
// older text back into the field and the keys typed since were lost.
func TestTypingOnASlowPhoneLosesNoKeys(t *testing.T) {
	q := loadQuiz(t, "testdata/short.yaml")
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.startQuiz(srv.URL, q)
	for range 2 {
		qu := p.current(q)
		p.answer(qu, []string{firstChoice(qu)})
		p.check()
		p.next()
	}
	if qu := p.current(q); qu.Type != quiz.Number {
		t.Fatalf("question 3 is a %s question; the test needs a typed answer", qu.Type)
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 20}); err != nil {
		t.Fatal(err)
	}
	typed := "three ceasefire agreements in five weeks 1234567890"
	do(t, ctx, 60*time.Second, chromedp.SendKeys(chromedp.ID("answer"), typed))
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 1}); err != nil {
		t.Fatal(err)
	}
	p.until(fmt.Sprintf(`document.getElementById("answer").value === %q`, typed), fmt.Sprintf("the field to hold %q", typed))
	p.check()
	if got := p.eval(`document.getElementById("answer").value`); got != typed {
		t.Errorf("after Check the field holds %q, typed %q", got, typed)
	}
}

// firstChoice is an answer to a choice question: its first choice, or
// "True" for true/false.
func firstChoice(q quiz.Question) string {
	if q.Type == quiz.TrueFalse {
		return "True"
	}
	return q.Choices[0].Text
}
