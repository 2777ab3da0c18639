package e2e

import (
	"strings"
	"testing"

	"factquiz/quiz/store"
)

// audit runs axe on the page and checks that every form field has a name
// from a label (or aria-label/labelledby) and every group of choices a
// legend; it reports what fails as errors under the page's name.
func (p *learnerTab) audit(where string) {
	p.t.Helper()
	noAxeViolations(p.t, p.ctx, where)
	unnamed := eval[[]string](p.t, p.ctx, `(() => {
		const bad = [];
		for (const e of document.querySelectorAll("input, select, textarea")) {
			if (e.type === "hidden") continue;
			const byLabel = e.labels && [...e.labels].some(l => l.textContent.trim() !== "");
			const byAria = (e.getAttribute("aria-label") || "").trim() !== "" ||
				(e.getAttribute("aria-labelledby") || "").split(/\s+/).some(id => id && document.getElementById(id) && document.getElementById(id).textContent.trim() !== "");
			if (!byLabel && !byAria) bad.push("no label: " + e.outerHTML);
			if (e.type === "radio" || e.type === "checkbox") {
				const fs = e.closest("fieldset"), lg = fs && fs.querySelector("legend");
				if (!lg || lg.textContent.trim() === "") bad.push("no fieldset with a legend: " + e.outerHTML);
			}
		}
		return bad;
	})()`)
	for _, u := range unnamed {
		p.t.Errorf("%s: %s", where, u)
	}
}

// TestAccessibilityEveryScreen runs axe-core (no serious or critical
// violations) and checks the labels of every field on the home page, the
// quiz's introduction, a question of each type before and after checking
// (feedback shown), the results with missed questions, the quiz's page
// with its history, and a page showing a storage notice.
func TestAccessibilityEveryScreen(t *testing.T) {
	q := karabakhQuiz(t)
	srv := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	// One pass through the questions, each screen once: missed questions
	// do not come back here (review_test.go audits a question that does).
	p.noRequeue(srv.URL)

	p.open(srv.URL + "/")
	p.untilText(".cards", q.Title)
	p.audit("home")

	p.startQuiz(srv.URL, q)
	audited := map[string]bool{}
	for range q.Questions {
		qu := p.current(q)
		first := !audited[string(qu.Type)]
		audited[string(qu.Type)] = true
		if first {
			p.audit(string(qu.Type) + " question " + qu.ID)
		}
		p.answer(qu, karabakhPlan[qu.ID])
		p.check()
		if first {
			p.audit("feedback of " + string(qu.Type) + " question " + qu.ID)
		}
		p.next()
	}
	for _, typ := range []string{"single", "multiple", "truefalse", "text", "number"} {
		if !audited[typ] {
			t.Errorf("no %s question was audited", typ)
		}
	}
	p.untilText("#results-title", "Results")
	if !p.exists(".missed-question") {
		t.Fatalf("the results have no missed questions to audit")
	}
	p.audit("results")

	p.reload()
	p.untilText("#history", "Your attempts")
	p.audit("quiz page with history")

	p.setItem(store.AttemptKey("cut"), `{"v":1,"attempt":`)
	p.open(srv.URL + "/")
	p.untilText("#storage-notices", "could not be read")
	p.untilText(".card .stats", "best")
	p.audit("home with a storage notice and stats")
	if got := p.text("#storage-notices"); !strings.Contains(got, store.BrokenPrefix) {
		t.Errorf("the notice does not say where the record went: %q", got)
	}
	noConsoleErrors(t, ctx)
}
