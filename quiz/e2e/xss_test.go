package e2e

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factquiz/quiz"
	"factquiz/quiz/format"
)

// xssFileName is a question file's name that is itself a payload.
const xssFileName = `"><img src=x onerror=window.__xss=1>.yaml`

// noXSS fails the test if anything of the payloads ran or became markup:
// window.__xss set, an on* attribute or a javascript: URL anywhere, a
// script that mentions __xss, or an element of the payloads' kinds inside
// <main>, where the app itself puts none.
func (p *learnerTab) noXSS(where string) {
	p.t.Helper()
	found := eval[[]string](p.t, p.ctx, `(() => {
		const bad = [];
		if (typeof window.__xss !== "undefined" || typeof parent.__xss !== "undefined") bad.push("window.__xss is " + window.__xss);
		for (const el of document.querySelectorAll("*")) {
			for (const a of el.attributes) {
				if (a.name.toLowerCase().startsWith("on")) bad.push("<" + el.localName + " " + a.name + "=" + JSON.stringify(a.value) + ">");
				if (["href", "src", "action", "formaction", "srcdoc", "xlink:href"].includes(a.name.toLowerCase()) && /^\s*javascript:|__xss/i.test(a.value))
					bad.push("<" + el.localName + " " + a.name + "=" + JSON.stringify(a.value) + ">");
			}
		}
		for (const s of document.querySelectorAll("script")) if (s.textContent.includes("__xss")) bad.push("<script>" + s.textContent.slice(0, 80));
		const main = document.querySelector("main");
		if (main) for (const el of main.querySelectorAll("img, svg, iframe, math, details, style, script, b, object, embed, a[href^='javascript' i]"))
			bad.push("in <main>: " + el.outerHTML.slice(0, 120));
		return bad;
	})()`)
	if len(found) > 0 {
		p.t.Errorf("%s: payloads became live:\n%s", where, strings.Join(found, "\n"))
	}
}

// TestXSSPayloadsStayText serves a question file full of payloads in
// every field (and a copy named with a payload, which the server must
// neither list nor serve), and visits the home page, the quiz's page,
// every question and its feedback, the results and the history: nothing
// runs, no element or attribute comes from the file, every payload reads
// as text, and the HTML the server sends for each page carries none of it.
func TestXSSPayloadsStayText(t *testing.T) {
	q := loadQuiz(t, filepath.Join(repoRoot, "quiz", "e2e", "testdata", "xss.yaml"))
	dir := questionsDir(t, "xss.yaml")
	data, err := os.ReadFile(filepath.Join(dir, "xss.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, xssFileName), data, 0o644); err != nil {
		t.Fatal(err)
	}
	srv := startServer(t, dir)

	// What the server sends: no payload in the pages; the file with a
	// payload for a name is neither listed nor served; question files are
	// not served as HTML.
	for _, path := range []string{"/", "/quiz/" + q.ID} {
		res, body := httpGet(t, srv.URL+path)
		if i := strings.Index(string(body), "__xss"); i >= 0 || res.StatusCode != 200 {
			t.Errorf("GET %s (%s) carries a payload: …%s…", path, res.Status, body[max(0, i-120):min(len(body), max(i, 0)+60)])
		}
	}
	// Routes made of the payload file name: the URL may be echoed (og:url),
	// never as markup.
	for _, path := range []string{"/quiz/" + format.QuizID(xssFileName), "/quiz/" + url.PathEscape(strings.TrimSuffix(xssFileName, ".yaml"))} {
		_, body := httpGet(t, srv.URL+path)
		for _, frag := range []string{"<img src=x", "onerror=", "<script>window", "javascript:window", "\"><img"} {
			if i := strings.Index(string(body), frag); i >= 0 {
				t.Errorf("GET %s carries %q: …%s…", path, frag, body[max(0, i-120):min(len(body), i+60)])
			}
		}
	}
	_, index := httpGet(t, srv.URL+"/questions/index.json")
	var ix struct{ Files []struct{ Name string } }
	if err := json.Unmarshal(index, &ix); err != nil {
		t.Fatal(err)
	}
	if len(ix.Files) != 1 || ix.Files[0].Name != "xss.yaml" {
		t.Errorf("the index lists %+v, want xss.yaml alone (not the file named with a payload)", ix.Files)
	}
	if res, _ := httpGet(t, srv.URL+"/questions/"+url.PathEscape(xssFileName)); res.StatusCode != 404 {
		t.Errorf("the file named with a payload is served: %s", res.Status)
	}
	for _, path := range []string{"/questions/xss.yaml", "/questions/index.json"} {
		res, _ := httpGet(t, srv.URL+path)
		if res.StatusCode != 200 {
			t.Errorf("GET %s: %s", path, res.Status)
			continue
		}
		if ct := res.Header.Get("Content-Type"); strings.Contains(ct, "html") || ct == "" {
			t.Errorf("GET %s is served as %q: a browser could render it", path, ct)
		}
		if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", path, got)
		}
	}

	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	// Every question once: a missed one does not come back here.
	p.noRequeue(srv.URL)

	// Home: the card's title and description as text.
	p.open(srv.URL + "/")
	p.untilText(".card h2", oneLine(q.Title))
	if got := p.texts(".card h2"); len(got) != 1 || got[0] != oneLine(q.Title) {
		t.Errorf("card titles %q, want the title as text once", got)
	}
	if got := p.text(".card .description"); got != oneLine(q.Description) {
		t.Errorf("card description %q, want %q", got, q.Description)
	}
	if got := eval[string](t, ctx, `document.querySelector(".card h2 a").getAttribute("href")`); got != "/quiz/"+q.ID {
		t.Errorf("card link %q", got)
	}
	p.noXSS("home")

	// The quiz's page.
	p.open(srv.URL + "/quiz/" + q.ID)
	p.untilText("#quiz-title", oneLine(q.Title))
	if got := p.text(".intro .lead"); got != oneLine(q.Description) {
		t.Errorf("description %q, want %q", got, q.Description)
	}
	if got := p.text(".intro .muted"); got != "Source: "+oneLine(q.Source) {
		t.Errorf("source %q, want %q", got, q.Source)
	}
	if got, want := p.eval(`document.title`), q.Title+" · Factquiz"; got != want {
		t.Errorf("document title %q, want %q", got, want)
	}
	p.noXSS("quiz page")

	// Play: every prompt, choice, verdict, answer, explanation and evidence
	// shows as text.
	p.click("start")
	p.untilText("#progress-text", fmt.Sprintf("1 of %d", len(q.Questions)))
	missedGiven := ""
	for i := range q.Questions {
		qu := p.current(q)
		p.noXSS("question " + qu.ID)
		if qu.Type == quiz.Single || qu.Type == quiz.Multiple {
			var want []string
			for _, c := range qu.Choices {
				want = append(want, c.Text)
			}
			if got := p.choiceLabels(); fmt.Sprint(sortedLike(got, want)) != fmt.Sprint(got) || len(got) != len(want) {
				t.Errorf("%s: choices %q, want %q as text", qu.ID, got, want)
			}
		}
		give := rightAnswer(t, qu)
		if i == 0 {
			give = []string{"<script>window.__xss=1</script>"}
			missedGiven = give[0]
		}
		p.answer(qu, give)
		p.check()
		if i == 0 {
			if got := p.text("#correct-answer"); got != oneLine(qu.CorrectAnswer()) {
				t.Errorf("%s: the answer shows as %q, want %q", qu.ID, got, qu.CorrectAnswer())
			}
		}
		if got := p.text("#feedback .explanation"); got != oneLine(qu.Explanation) {
			t.Errorf("%s: explanation %q, want %q", qu.ID, got, qu.Explanation)
		}
		if got := p.text("#evidence"); got != oneLine(qu.Evidence) {
			t.Errorf("%s: evidence %q, want %q", qu.ID, got, qu.Evidence)
		}
		p.noXSS("feedback of " + qu.ID)
		p.next()
	}

	// Results: the missed question with the payloads as text.
	p.untilText("#results-title", "Results: "+oneLine(q.Title))
	if got, want := p.text("#score"), fmt.Sprintf("%d out of %d", len(q.Questions)-1, len(q.Questions)); got != want {
		t.Errorf("score %q, want %q", got, want)
	}
	missed := eval[[]string](t, ctx, `[...document.querySelectorAll(".missed-question p")].map(p => p.textContent.trim().replace(/\s+/g, " "))`)
	want := []string{oneLine(q.Questions[0].Prompt), "Your answer: " + missedGiven, "The answer: " + q.Questions[0].CorrectAnswer()}
	if fmt.Sprint(missed) != fmt.Sprint(want) {
		t.Errorf("missed question %q, want %q", missed, want)
	}
	p.noXSS("results")

	// Reloaded: the history and the home card, from local storage.
	p.reload()
	p.untilText("#history", fmt.Sprintf("%d / %d", len(q.Questions)-1, len(q.Questions)))
	p.noXSS("quiz page with history")
	p.open(srv.URL + "/")
	p.untilText(".card .stats", "best 75%")
	p.noXSS("home after playing")
	noConsoleErrors(t, ctx)
}
