package e2e

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"

	"github.com/chromedp/chromedp"
)

// rect is an element's bounding box in CSS pixels of the viewport.
type rect struct {
	Left, Top, Right, Bottom, Width, Height float64
}

// TestQuestionScreen plays testdata/question-screen.yaml (a single
// choice, a "select all", a matching and a number question) at 320x640,
// 390x844 and 1280x800, in light and dark mode, answering wrongly on purpose. It
// checks every state in words after Check ("Your answer", "Right
// answer", "You missed this one", the right partner in matching), that
// each answer tile is at least 44x44 px and picks its choice when
// clicked at its far right edge, that the verdict and the first line of
// the evidence are on screen after Check, that the bar at the bottom
// shows the verdict beside Next, that the evidence marks the
// words of the answer, that the bar starts at 0 on
// question 1, that the prompt is the page's h1, that a digit typed with
// the focus outside the field lands in the number field, and that no
// screen overflows sideways or has a serious axe violation.
func TestQuestionScreen(t *testing.T) {
	q := loadQuiz(t, filepath.Join(repoRoot, "quiz", "e2e", "testdata", "question-screen.yaml"))
	srv := startServer(t, questionsDir(t, "question-screen.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.noRequeue(srv.URL)

	sizes := []struct{ w, h int64 }{{320, 640}, {390, 844}, {1280, 800}}
	for _, sz := range sizes {
		for _, scheme := range []string{"light", "dark"} {
			at := fmt.Sprintf("%dx%d %s", sz.w, sz.h, scheme)
			do(t, ctx, 10*time.Second, chromedp.EmulateViewport(sz.w, sz.h))
			p.colorScheme(scheme)
			p.startQuiz(srv.URL, q)

			if got := p.eval(`String(document.getElementById("progress").value)`); got != "0" {
				t.Errorf("%s: the bar is at %s on question 1, want 0 (nothing done yet)", at, got)
			}
			if got := p.eval(`[...document.querySelectorAll("h1")].map(h => h.id).join(",")`); got != "question-prompt" {
				t.Errorf("%s: the question screen's h1s are %q, want the prompt alone", at, got)
			}
			for i := range q.Questions {
				qu := p.current(q)
				where := fmt.Sprintf("%s, question %d (%s)", at, i+1, qu.ID)
				p.noOverflow(where)
				switch qu.Type {
				case quiz.Single, quiz.Multiple:
					p.checkTiles(where)
					p.pickWrongly(qu, where)
				case quiz.Matching:
					// The first item gets the second's partner, the rest none.
					eval[bool](t, ctx, fmt.Sprintf(`(() => { const s = document.getElementById("match-0");
						s.value = "1"; s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`))
					p.until(`document.getElementById("match-0").value === "1"`, "the partner to be picked")
				case quiz.Number:
					// The focus is on the heading: the digit goes into the field.
					if id := p.activeID(); id == "answer" {
						t.Fatalf("%s: the focus is already in the field; the test needs it outside", where)
					}
					do(t, ctx, 10*time.Second, chromedp.KeyEvent("4"))
					p.until(`document.getElementById("answer").value === "4"`, where+": the digit 4 typed outside the field to land in it")
					if id := p.activeID(); id != "answer" {
						t.Errorf("%s: after a digit, the focus is on %q, want the field", where, id)
					}
				}
				p.check()
				p.noOverflow(where + " after Check")
				p.wantMarks(qu, where)
				if sz.w < 400 { // a phone
					p.feedbackOnScreen(where)
				}
				p.barVerdict(where)
				marked := p.texts("#evidence mark.answer-words")
				if len(marked) == 0 {
					t.Errorf("%s: the evidence marks no words of the answer", where)
				}
				if want := map[quiz.Type][]string{quiz.Multiple: {"November 1", "November 2"}, quiz.Number: {"three"}}[qu.Type]; want != nil && strings.Join(marked, "|") != strings.Join(want, "|") {
					t.Errorf("%s: the evidence marks %q, want %q", where, marked, want)
				}
				if got := p.text("#your-answer"); got == "" {
					t.Errorf("%s: the feedback does not say what the learner answered", where)
				}
				if i == 0 {
					if got := p.eval(`String(document.getElementById("progress").value)`); got != "1" {
						t.Errorf("%s: the bar is at %s after checking question 1, want 1", where, got)
					}
				}
				noAxeViolations(t, ctx, where+" after Check")
				p.next()
			}
			p.untilText("#results-title", "Results")
		}
	}
	p.colorScheme("light")
}

// noOverflow fails when the page is wider than the screen.
func (p *learnerTab) noOverflow(where string) {
	p.t.Helper()
	if over := eval[int](p.t, p.ctx, `document.documentElement.scrollWidth - window.innerWidth`); over > 0 {
		p.t.Errorf("%s: the page is %d px wider than the screen", where, over)
	}
}

// tileRect is the bounding box of the answer tile at display position pos,
// scrolled to the middle of the screen.
func (p *learnerTab) tileRect(pos int) rect {
	p.t.Helper()
	return eval[rect](p.t, p.ctx, fmt.Sprintf(`(() => {
		const d = document.querySelectorAll(".choices .choice")[%d];
		d.scrollIntoView({block: "center"});
		const r = d.getBoundingClientRect();
		return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height};
	})()`, pos))
}

// checkTiles fails for an answer tile smaller than 44x44 px.
func (p *learnerTab) checkTiles(where string) {
	p.t.Helper()
	n := eval[int](p.t, p.ctx, `document.querySelectorAll(".choices .choice").length`)
	if n == 0 {
		p.t.Fatalf("%s: no answer tiles", where)
	}
	for i := range n {
		if r := p.tileRect(i); r.Width < 44 || r.Height < 44 {
			p.t.Errorf("%s: tile %d is %.0fx%.0f px, under 44x44", where, i+1, r.Width, r.Height)
		}
	}
}

// clickTileEdge clicks the tile at display position pos 3 px inside its
// right edge, half-way down, and waits for its input to be checked.
func (p *learnerTab) clickTileEdge(pos int, where string) {
	p.t.Helper()
	r := p.tileRect(pos)
	do(p.t, p.ctx, 10*time.Second, chromedp.MouseClickXY(r.Right-3, r.Top+r.Height/2))
	p.until(fmt.Sprintf(`document.querySelectorAll(".choices .choice input")[%d].checked`, pos),
		fmt.Sprintf("%s: a click on the far right edge of tile %d to pick it", where, pos+1))
}

// pickWrongly picks, by the far right edge of their tiles, the first
// wrong choice and, in "select all", the first right one too, so that the
// other right choice is missed.
func (p *learnerTab) pickWrongly(qu quiz.Question, where string) {
	p.t.Helper()
	labels := p.choiceLabels()
	wrong, right := -1, -1
	for pos, l := range labels {
		for _, c := range qu.Choices {
			if c.Text == l && c.Correct && right < 0 {
				right = pos
			}
			if c.Text == l && !c.Correct && wrong < 0 {
				wrong = pos
			}
		}
	}
	if wrong < 0 || right < 0 {
		p.t.Fatalf("%s: no wrong or no right choice among %q", where, labels)
	}
	p.clickTileEdge(wrong, where)
	if qu.Type == quiz.Multiple {
		p.clickTileEdge(right, where)
	}
}

// wantMarks checks the words each choice or item says after Check.
func (p *learnerTab) wantMarks(qu quiz.Question, where string) {
	p.t.Helper()
	switch qu.Type {
	case quiz.Single, quiz.Multiple:
		type tile struct {
			Text, Mark string
			Picked     bool
		}
		tiles := eval[[]tile](p.t, p.ctx, `[...document.querySelectorAll(".choices .choice")].map(d => ({
			text: d.querySelector("label").children[1].textContent,
			mark: (d.querySelector(".mark") || {textContent: ""}).textContent.trim(),
			picked: d.querySelector("input").checked}))`)
		for _, tl := range tiles {
			correct := false
			for _, c := range qu.Choices {
				if c.Text == tl.Text {
					correct = c.Correct
				}
			}
			var want string
			switch {
			case tl.Picked && correct:
				want = "Your answer — right"
			case tl.Picked:
				want = "Your answer — wrong"
			case correct && qu.Type == quiz.Multiple:
				want = "You missed this one"
			case correct:
				want = "Right answer"
			}
			if want == "" && tl.Mark != "" || !strings.Contains(tl.Mark, want) {
				p.t.Errorf("%s: the choice %q (picked %v, right %v) says %q, want %q", where, tl.Text, tl.Picked, correct, tl.Mark, want)
			}
		}
		p.markOnItsOwnLine(".choices .choice", where)
	case quiz.Matching:
		marks := p.texts(".match .mark")
		if len(marks) != len(qu.Pairs) {
			p.t.Fatalf("%s: %d items say how they were matched, want %d: %q", where, len(marks), len(qu.Pairs), marks)
		}
		// match-0 got the partner of item 1; the others none.
		if want := "Your answer — wrong. Right answer: " + qu.Pairs[0].Match; !strings.Contains(marks[0], want) {
			p.t.Errorf("%s: the first item says %q, want %q", where, marks[0], want)
		}
		for i := 1; i < len(marks); i++ {
			if want := "Right answer: " + qu.Pairs[i].Match; !strings.Contains(marks[i], want) {
				p.t.Errorf("%s: item %d says %q, want %q", where, i+1, marks[i], want)
			}
		}
	}
}

// markOnItsOwnLine fails when a tile's mark sits beside its text (a
// column of its own) instead of under it.
func (p *learnerTab) markOnItsOwnLine(tiles, where string) {
	p.t.Helper()
	beside := eval[[]string](p.t, p.ctx, fmt.Sprintf(`[...document.querySelectorAll(%q)].filter(d => {
		const m = d.querySelector(".mark"), t = d.querySelector(".choice-text");
		return m && t && m.getBoundingClientRect().top < t.getBoundingClientRect().bottom - 1;
	}).map(d => d.textContent.trim())`, tiles))
	for _, b := range beside {
		p.t.Errorf("%s: the mark is beside the choice's text, not under it: %q", where, b)
	}
}

// feedbackOnScreen waits until the verdict and the first line of the
// evidence are on screen above the bar of actions at the bottom.
func (p *learnerTab) feedbackOnScreen(where string) {
	p.t.Helper()
	js := `(() => {
		const v = document.getElementById("verdict"), e = document.getElementById("evidence");
		if (!v || !e) return false;
		const bar = document.getElementById("question-actions");
		const bottom = bar ? Math.min(window.innerHeight, bar.getBoundingClientRect().top) : window.innerHeight;
		const vr = v.getBoundingClientRect(), er = e.getBoundingClientRect();
		const line = parseFloat(getComputedStyle(e).lineHeight) || 24;
		const pad = parseFloat(getComputedStyle(e).paddingTop) || 0;
		return vr.top >= 0 && vr.bottom <= bottom && er.top >= 0 && er.top + pad + line <= bottom;
	})()`
	p.until(js, where+": the verdict and the first line of the evidence on screen after Check")
}

// barVerdict checks that the bar of actions repeats the verdict, with its
// sign, on the row of the Next button.
func (p *learnerTab) barVerdict(where string) {
	p.t.Helper()
	want := map[string]string{"Wrong.": "✗ Wrong", "Right!": "✓ Right"}[p.text("#verdict")]
	if strings.HasPrefix(p.text("#verdict"), "Partly right") {
		want = "◐ Partly right"
	}
	if got := p.text("#bar-verdict"); got != want || want == "" {
		p.t.Errorf("%s: the bar says %q beside Next for the verdict %q, want %q", where, got, p.text("#verdict"), want)
	}
	if !eval[bool](p.t, p.ctx, `(() => {
		const v = document.getElementById("bar-verdict").getBoundingClientRect(), n = document.getElementById("next").getBoundingClientRect();
		return v.top < n.bottom && n.top < v.bottom;
	})()`) {
		p.t.Errorf("%s: the bar's verdict is not on the row of the Next button", where)
	}
}
