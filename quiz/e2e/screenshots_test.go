package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// screenshotsEnv names the folder `make screenshots` has the screenshots
// written to; without it they go to a temporary folder and are only checked.
const screenshotsEnv = "FACTQUIZ_SCREENSHOTS"

// screenSizes are the screens every page is looked at on: a small phone,
// a common phone and a laptop.
var screenSizes = []struct{ w, h int64 }{{320, 640}, {390, 844}, {1280, 800}}

// TestScreenshots walks a learner's path through every page (home, a
// quiz's page, a question before and after Check, the results, Review,
// Progress, Settings, /new with a result, /open, /teacher) and at each one,
// at 320x640, 390x844 and 1280x800 in light and dark mode, checks that
// nothing overflows sideways, that every tap target is at least 44x44 px,
// that axe finds no serious violation (on the quiz's screens no moderate
// one either) and that the page logged no error, and saves
// what the screen shows as a PNG: <page>-<width>x<height>-<mode>.png in
// $FACTQUIZ_SCREENSHOTS (`make screenshots`: .cache/screenshots) or in a
// temporary folder.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv(screenshotsEnv)
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("the screenshots' folder %s: %v", dir, err)
	}
	q := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	saved := 0

	// shoot checks and saves the page at every size in both modes; strict
	// pages (the quiz's screens) must have no moderate axe violation either.
	shoot := func(name string, strict bool) {
		t.Helper()
		least := "serious"
		if strict {
			least = "moderate"
		}
		for _, scheme := range []string{"light", "dark"} {
			p.colorScheme(scheme)
			for _, s := range screenSizes {
				do(t, ctx, 10*time.Second, chromedp.EmulateViewport(s.w, s.h))
				// Two frames: the layout of the new size is done.
				eval[bool](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
				at := fmt.Sprintf("%s at %dx%d in %s mode", name, s.w, s.h, scheme)
				if wide := eval[[]string](t, ctx, overflowJS); len(wide) > 0 {
					t.Errorf("%s: the page is wider than the screen: %s", at, strings.Join(wide, "; "))
				}
				smallTargets(t, ctx, at)
				axeFrom(t, ctx, at, least)
				file := filepath.Join(dir, fmt.Sprintf("%s-%dx%d-%s.png", name, s.w, s.h, scheme))
				if err := os.WriteFile(file, capture(t, ctx), 0o644); err != nil {
					t.Fatal(err)
				}
				saved++
			}
		}
		if errs := consoleErrors(ctx); len(errs) > 0 {
			t.Errorf("%s: console errors:\n%s", name, strings.Join(errs, "\n"))
			clearConsole(ctx)
		}
		p.colorScheme("light")
		do(t, ctx, 10*time.Second, chromedp.EmulateViewport(1280, 900))
	}

	p.open(srv.URL + "/")
	p.until(`!!document.querySelector("h1")`, "the home page")
	shoot("home", false)

	p.open(srv.URL + "/quiz/" + q.ID)
	p.untilText("#quiz-title", q.Title)
	shoot("quiz", true)

	p.click("start")
	p.untilText("#progress-text", fmt.Sprintf("1 of %d", len(q.Questions)))
	qu := p.current(q)
	shoot("question", true)
	p.answer(qu, wrongAnswer(t, qu))
	p.check()
	shoot("question-checked", true)

	p.next()
	p.playRight(q)
	shoot("results", true)

	for _, pg := range []struct{ name, path string }{
		{"review", "/review"}, {"progress", "/progress"}, {"settings", "/settings"}, {"open", "/open"}, {"teacher", "/teacher"},
	} {
		p.open(srv.URL + pg.path)
		p.until(`!!document.querySelector("h1")`, pg.name+"'s heading")
		shoot(pg.name, pg.name == "review")
	}

	p.open(srv.URL + "/new")
	nqPaste(t, ctx, karabakhArticle(t))
	p.click("generate")
	p.until(`!!document.getElementById("take-quiz")`, "the generated quiz")
	shoot("new", false)

	if want := 11 * 2 * len(screenSizes); saved != want {
		t.Errorf("saved %d screenshots, want %d", saved, want)
	}
	t.Logf("%d screenshots in %s", saved, dir)
}

// overflowJS says nothing when the page is as wide as the screen, else its
// width and the elements whose right edge passes the screen's.
const overflowJS = `(() => {
	const doc = document.documentElement, w = doc.clientWidth, out = [];
	if (doc.scrollWidth <= w) { return out; }
	out.push("the page is " + doc.scrollWidth + " px wide on a " + w + " px screen");
	for (const e of document.body.querySelectorAll("*")) {
		const r = e.getBoundingClientRect();
		if (r.width > 0 && r.right > w + 1 && out.length < 6) {
			let hidden = false;
			for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
				const o = getComputedStyle(a).overflowX;
				if (o !== "visible") { hidden = true; break; }
			}
			if (!hidden) { out.push((e.id ? "#" + e.id : e.tagName.toLowerCase() + (e.className && typeof e.className === "string" ? "." + e.className.split(" ").join(".") : "")) + " ends at " + Math.round(r.right) + " px"); }
		}
	}
	return out;
})()`

// capture is a PNG of what the screen shows.
func capture(t testing.TB, ctx context.Context) []byte {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	res, err := chromedp.Call(tctx, page.CaptureScreenshot, page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatPng})
	if err != nil {
		t.Fatalf("taking a screenshot: %v", err)
	}
	return res.Data
}
