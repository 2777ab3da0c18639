package e2e

// Helpers of the quiz, keyboard, storage, XSS and accessibility tests:
// play a quiz in the page the way a learner does (choices found by their
// text, since they are shuffled per attempt) and read what the page shows.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/format"

	"github.com/chromedp/chromedp"
)

// loadQuiz parses a question file the way the app does, with the ID the
// app gives it (the file name's slug).
func loadQuiz(t testing.TB, path string) *quiz.Quiz {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	q, problems := format.Parse(name, data)
	if q == nil || problems.HasErrors() {
		t.Fatalf("%s does not parse: %v", path, problems)
	}
	q.ID = format.QuizID(name)
	return q
}

// questionsDir is a temporary questions folder with copies of the named
// files of quiz/e2e/testdata.
func questionsDir(t testing.TB, names ...string) string {
	t.Helper()
	requireBuild(t)
	dir := t.TempDir()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(repoRoot, "quiz", "e2e", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// learnerTab is one browser tab driven like a learner.
type learnerTab struct {
	t   testing.TB
	ctx context.Context
}

// newLearnerTab wraps a tab; when the test fails, it saves a screenshot
// of the page to /tmp and logs the page's text.
func newLearnerTab(t testing.TB, ctx context.Context, name string) *learnerTab {
	p := &learnerTab{t: t, ctx: ctx}
	t.Cleanup(func() {
		if !t.Failed() {
			return
		}
		screenshot(t, ctx, "factquiz-"+regexp.MustCompile(`[^A-Za-z0-9]+`).ReplaceAllString(t.Name()+"-"+name, "-"))
		tctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if text, err := chromedp.Run(tctx, chromedp.Evaluate[string](`location.href + "\n" + (document.body ? document.body.innerText : "")`)); err == nil {
			t.Logf("%s: page text:\n%s", name, text)
		}
	})
	return p
}

// open loads a page of the server and waits for the app to run.
func (p *learnerTab) open(url string) {
	p.t.Helper()
	navigate(p.t, p.ctx, url)
	waitApp(p.t, p.ctx)
}

// reload reloads the page and waits for the app to run again.
func (p *learnerTab) reload() {
	p.t.Helper()
	do(p.t, p.ctx, 30*time.Second, chromedp.Reload())
	waitApp(p.t, p.ctx)
}

// until waits until the JavaScript expression is truthy.
func (p *learnerTab) until(js, what string) {
	p.t.Helper()
	tctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	if _, err := chromedp.Run(tctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingInterval(40*time.Millisecond))); err != nil {
		p.t.Fatalf("waiting for %s (%s): %v", what, js, err)
	}
}

// untilText waits until the element matching the CSS selector exists
// and its text contains want.
func (p *learnerTab) untilText(css, want string) {
	p.t.Helper()
	p.until(fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && e.textContent.includes(%q); })()`, css, want),
		fmt.Sprintf("%s to show %q", css, want))
}

// click clicks the element with the id as a learner would: once it has
// stopped moving (a smooth scroll after Check moves the page), scrolled to
// the middle of the screen when it is not in sight, and only when nothing
// covers its middle (the sticky bar of actions could: a click there would
// press Next instead). It fails the test when the element stays covered.
func (p *learnerTab) click(id string) {
	p.t.Helper()
	p.until(fmt.Sprintf(`!!document.getElementById(%q)`, id), "#"+id+" to show")
	at := eval[clickPoint](p.t, p.ctx, fmt.Sprintf(clickPointJS, id, true))
	if at.Covered != "" {
		p.t.Fatalf("#%s cannot be clicked: %s", id, at.Covered)
	}
	do(p.t, p.ctx, 20*time.Second, chromedp.MouseClickXY(at.X, at.Y))
}

// clickPoint is where to click an element, or what covers it.
type clickPoint struct {
	X, Y    float64
	Covered string
}

// inSight says what covers the middle of the element with the id, once
// the page has stopped moving, without scrolling: "" when a learner sees
// it and can tap it where it is.
func (p *learnerTab) inSight(id string) string {
	p.t.Helper()
	p.until(fmt.Sprintf(`!!document.getElementById(%q)`, id), "#"+id+" to show")
	return eval[clickPoint](p.t, p.ctx, fmt.Sprintf(clickPointJS, id, false)).Covered
}

// clickPointJS finds the middle of the element with the id (a %q verb)
// once its place on screen has held still for three frames, scrolling it
// to the middle of the screen when it is covered if the second verb (%t)
// is true.
const clickPointJS = `(async (id, scroll) => {
	const e = document.getElementById(id);
	const frame = () => new Promise(r => requestAnimationFrame(() => r()));
	const settle = async () => {
		let last = "", same = 0;
		for (let i = 0; i < 300 && same < 3; i++) {
			await frame();
			const r = e.getBoundingClientRect();
			const key = [r.top, r.left, r.width, r.height].join();
			same = key === last ? same + 1 : 0;
			last = key;
		}
	};
	const middle = () => {
		const r = e.getBoundingClientRect();
		const X = r.left + r.width / 2, Y = r.top + r.height / 2;
		const hit = document.elementFromPoint(X, Y);
		const what = hit ? hit.tagName.toLowerCase() + (hit.id ? "#" + hit.id : "") + (hit.className && typeof hit.className === "string" ? "." + hit.className.trim().split(/\s+/).join(".") : "") : "nothing (off screen)";
		return {X, Y, Covered: hit && (hit === e || e.contains(hit)) ? "" : "its middle is under " + what};
	};
	if (!e) return {X: 0, Y: 0, Covered: "it is not on the page"};
	await settle();
	let at = middle();
	if (at.Covered !== "" && scroll) {
		e.scrollIntoView({block: "center"});
		await settle();
		at = middle();
	}
	return at;
})(%q, %t)`

func (p *learnerTab) eval(js string) string {
	p.t.Helper()
	return eval[string](p.t, p.ctx, js)
}

// text is the trimmed textContent of the first element matching css, ""
// when there is none.
func (p *learnerTab) text(css string) string {
	p.t.Helper()
	return eval[string](p.t, p.ctx, fmt.Sprintf(`(() => { const e = document.querySelector(%q); return e ? e.textContent.trim().replace(/\s+/g, " ") : ""; })()`, css))
}

// texts is the trimmed textContent of every element matching css.
func (p *learnerTab) texts(css string) []string {
	p.t.Helper()
	return eval[[]string](p.t, p.ctx, fmt.Sprintf(`[...document.querySelectorAll(%q)].map(e => e.textContent.trim().replace(/\s+/g, " "))`, css))
}

func (p *learnerTab) exists(css string) bool {
	p.t.Helper()
	return eval[bool](p.t, p.ctx, fmt.Sprintf(`!!document.querySelector(%q)`, css))
}

// activeID is the id of the element that has the keyboard focus.
func (p *learnerTab) activeID() string {
	p.t.Helper()
	return p.eval(`document.activeElement ? document.activeElement.id : ""`)
}

// storage is every localStorage item of the page's origin but the
// fillers of the quota test.
func (p *learnerTab) storage() map[string]string {
	p.t.Helper()
	return eval[map[string]string](p.t, p.ctx, `Object.fromEntries(Object.keys(localStorage).filter(k => !k.startsWith("filler/")).map(k => [k, localStorage.getItem(k)]))`)
}

func (p *learnerTab) setItem(key, value string) {
	p.t.Helper()
	k, _ := json.Marshal(key)
	v, _ := json.Marshal(value)
	eval[bool](p.t, p.ctx, fmt.Sprintf(`(localStorage.setItem(%s, %s), true)`, k, v))
}

// startQuiz opens /quiz/<id>, presses Start and waits for question 1.
func (p *learnerTab) startQuiz(base string, q *quiz.Quiz) {
	p.t.Helper()
	p.open(base + "/quiz/" + q.ID)
	p.untilText("#quiz-title", q.Title)
	p.click("start")
	p.untilText("#progress-text", fmt.Sprintf("1 of %d", len(q.Questions)))
	p.until(`document.activeElement && document.activeElement.id === "question-prompt"`, "the focus on the first question's heading")
}

// current is the question on screen, found by its prompt.
func (p *learnerTab) current(q *quiz.Quiz) quiz.Question {
	p.t.Helper()
	p.until(`!!document.getElementById("question-prompt")`, "a question")
	prompt := p.text("#question-prompt")
	for _, qu := range q.Questions {
		if strings.Join(strings.Fields(qu.Prompt), " ") == prompt {
			return qu
		}
	}
	p.t.Fatalf("the page asks %q, which is not a question of %s", prompt, q.ID)
	return quiz.Question{}
}

// choiceLabels are the texts of the choices on screen, in display order.
func (p *learnerTab) choiceLabels() []string {
	p.t.Helper()
	return eval[[]string](p.t, p.ctx, `[...document.querySelectorAll(".choices .choice label")].map(l => l.children[1].textContent)`)
}

// pickedLabels are the texts of the choices whose input is checked.
func (p *learnerTab) pickedLabels() []string {
	p.t.Helper()
	return eval[[]string](p.t, p.ctx, `[...document.querySelectorAll(".choices .choice")].filter(d => d.querySelector("input").checked).map(d => d.querySelector("label").children[1].textContent)`)
}

// choicePos is the display position of the choice with the given text.
func (p *learnerTab) choicePos(text string) int {
	p.t.Helper()
	labels := p.choiceLabels()
	i := slices.Index(labels, text)
	if i < 0 {
		p.t.Fatalf("no choice %q on screen; the choices are %q", text, labels)
	}
	return i
}

// answer gives an answer with the mouse and the keyboard's typing:
// the texts of the choices to pick (Single, Multiple), "True" or "False",
// or the text to type (Text, Number).
func (p *learnerTab) answer(q quiz.Question, give []string) {
	p.t.Helper()
	switch q.Type {
	case quiz.Single, quiz.Multiple, quiz.TrueFalse:
		for _, g := range give {
			p.click(fmt.Sprintf("choice-%d", p.choicePos(g)))
		}
		want := slices.Clone(give)
		slices.Sort(want)
		js := fmt.Sprintf(`JSON.stringify([...document.querySelectorAll(".choices .choice")].filter(d => d.querySelector("input").checked).map(d => d.querySelector("label").children[1].textContent).sort()) === %q`, mustJSON(want))
		p.until(js, fmt.Sprintf("the choices %q to be picked", give))
	case quiz.Text, quiz.Number:
		do(p.t, p.ctx, 20*time.Second, chromedp.SendKeys(chromedp.ID("answer"), give[0]))
		p.until(fmt.Sprintf(`document.getElementById("answer").value === %q`, give[0]), fmt.Sprintf("%q to be typed", give[0]))
	default:
		p.t.Fatalf("cannot answer a %s question", q.Type)
	}
}

// check presses Check and waits for the verdict.
func (p *learnerTab) check() {
	p.t.Helper()
	p.click("check")
	p.until(`!!document.getElementById("verdict")`, "the verdict")
	p.until(`document.activeElement && document.activeElement.id === "next"`, "the focus on Next after Check")
}

// next presses Next (or See results) and waits for the next question or
// the results.
func (p *learnerTab) next() {
	p.t.Helper()
	before := p.text("#progress-text")
	p.click("next")
	p.until(fmt.Sprintf(`!!document.getElementById("results-title") || ((document.getElementById("progress-text") || {}).textContent !== %q && !document.getElementById("verdict"))`, before),
		"the next question or the results")
	// The focus moves on too; typing before it did would go astray.
	p.until(`document.activeElement && (document.activeElement.id === "question-prompt" || document.activeElement.id === "results-title")`,
		"the focus on the question's heading or the results' heading")
}

// mustJSON is v as JSON.stringify writes it (no HTML escaping).
func mustJSON(v any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// responseTo is the response the app records for give (see answer), in
// the author's indexes.
func responseTo(t testing.TB, q quiz.Question, give []string) quiz.Response {
	t.Helper()
	var r quiz.Response
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		for _, g := range give {
			i := slices.IndexFunc(q.Choices, func(c quiz.Choice) bool { return c.Text == g })
			if i < 0 {
				t.Fatalf("%s has no choice %q", q.ID, g)
			}
			r.Choices = append(r.Choices, i)
		}
		slices.Sort(r.Choices)
	case quiz.TrueFalse:
		v := give[0] == "True"
		r.Bool = &v
	default:
		r.Text = give[0]
	}
	return r
}

// rightAnswer is an answer to q that earns full marks, as answer takes it.
func rightAnswer(t testing.TB, q quiz.Question) []string {
	t.Helper()
	var give []string
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		for _, c := range q.Choices {
			if c.Correct {
				give = append(give, c.Text)
				if q.Type == quiz.Single {
					break
				}
			}
		}
	case quiz.TrueFalse:
		give = []string{"False"}
		if q.Truth {
			give = []string{"True"}
		}
	case quiz.Text:
		give = []string{q.Accepted[0].Text}
	case quiz.Number:
		n := q.Numbers[0]
		if n.IsRange() {
			give = []string{quiz.FormatNumber(n.Min)}
		} else {
			give = []string{quiz.FormatNumber(n.Value)}
		}
	}
	if res := quiz.Grade(q, responseTo(t, q, give)); !res.Correct {
		t.Fatalf("%s: %q is not a right answer", q.ID, give)
	}
	return give
}

// wantVerdict is the verdict Feedback shows for a result.
func wantVerdict(r quiz.Result) string {
	switch {
	case r.Correct:
		return "Right!"
	case r.Score > 0:
		return fmt.Sprintf("Partly right: %d%% of the marks.", int(r.Score*100+0.5))
	}
	return "Wrong."
}

// oneLine collapses white space as text() does.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// playRight answers every remaining question of the attempt on screen
// right, checking and going on, until the results show.
func (p *learnerTab) playRight(q *quiz.Quiz) {
	p.t.Helper()
	for range len(q.Questions) + 1 {
		if p.exists("#results-title") {
			return
		}
		qu := p.current(q)
		p.answer(qu, rightAnswer(p.t, qu))
		p.check()
		p.next()
	}
	p.until(`!!document.getElementById("results-title")`, "the results")
}
