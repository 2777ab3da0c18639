package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"factquiz/quiz/share"

	"github.com/chromedp/chromedp"
)

// TestShareFromNewQuiz: the quiz generated on /new has Share before it is
// kept. The link carries the questions kept and the title as they stand:
// a question left out and a title typed while the panel is open change
// the link. Opened in a fresh profile, the link shows that quiz. axe finds
// nothing with the panel open, nor with questions left out, and no tap
// target is under 44x44 px.
func TestShareFromNewQuiz(t *testing.T) {
	s := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)
	a := newLearnerTab(t, ctx, "share-new")
	a.open(s.URL + "/new")
	if a.exists("#share") {
		t.Error("Share is offered before there is a quiz")
	}
	nqPaste(t, ctx, karabakhArticle(t))
	a.click("generate")
	a.until(`document.querySelectorAll(".draft").length > 1 && !!document.getElementById("share")`, "the questions and Share")
	total := eval[int](t, ctx, `document.querySelectorAll(".draft").length`)

	a.click("share")
	a.until(`!!document.getElementById("share-link") && !!document.getElementById("share-qr")`, "the share panel")
	link := a.eval(`document.getElementById("share-link").value`)
	title := a.eval(`document.getElementById("new-title").value`)
	sharedQuiz(t, link, title, total)
	a.audit("/new with the share panel open")
	smallTargets(t, ctx, "/new with the share panel open")

	// Changes under the open panel make the link again.
	for i, id := range []string{fmt.Sprintf("keep-%d", total), "keep-1"} {
		do(t, ctx, 20*time.Second, chromedp.Click(chromedp.ID(id)))
		a.untilText("#kept-count", fmt.Sprintf("%d of %d questions kept", total-1-i, total))
		a.until(fmt.Sprintf(`document.getElementById("share-link").value !== %q`, link), "the link without #"+id)
		link = a.eval(`document.getElementById("share-link").value`)
		sharedQuiz(t, link, title, total-1-i)
	}
	// A question left out is drawn muted and dashed, still readable.
	a.audit("/new with two questions left out")
	const newTitle = "Karabakh: the ceasefire, a class quiz"
	a.eval(fmt.Sprintf(`(() => { const e = document.getElementById("new-title"); e.focus(); e.value = %q;
		e.dispatchEvent(new Event("input", {bubbles: true})); e.dispatchEvent(new Event("change", {bubbles: true})); return ""; })()`, newTitle))
	a.until(fmt.Sprintf(`document.getElementById("share-link").value !== %q`, link), "the link of the quiz with the new title")
	link = a.eval(`document.getElementById("share-link").value`)
	sharedQuiz(t, link, newTitle, total-2)
	if n := eval[int](t, ctx, `Object.keys(localStorage).filter(k => k.includes("/user-")).length`); n != 0 {
		t.Errorf("sharing kept %d own quizzes; only Keep keeps one", n)
	}
	noConsoleErrors(t, ctx)

	learner := newBrowser(t)
	b := newLearnerTab(t, learner, "share-new-learner")
	b.open(link)
	b.until(`!!document.getElementById("shared-take")`, "the shared quiz")
	if got := b.text("#shared-title"); got != newTitle {
		t.Errorf("shared title %q, want %q", got, newTitle)
	}
	if got := b.text("#shared-count"); got != fmt.Sprintf("%d questions", total-2) {
		t.Errorf("shared count %q, want %d questions", got, total-2)
	}
	noConsoleErrors(t, learner)
}

// sharedQuiz decodes a share link and checks its quiz's title and number
// of questions.
func sharedQuiz(t *testing.T, link, title string, questions int) {
	t.Helper()
	_, frag, ok := strings.Cut(link, "#")
	if !ok {
		t.Fatalf("link %.80q… has no fragment", link)
	}
	q, problems := share.Decode(frag)
	if q == nil || len(problems) != 0 {
		t.Fatalf("the link does not decode: %v", problems)
	}
	if q.Title != title || len(q.Questions) != questions {
		t.Errorf("the link carries %q with %d questions, want %q with %d", q.Title, len(q.Questions), title, questions)
	}
}
