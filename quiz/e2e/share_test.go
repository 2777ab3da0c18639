package e2e

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/share"

	"github.com/chromedp/chromedp"
)

// TestShareKarabakhByLink: the Karabakh quiz's Share panel gives a link,
// a Copy button and a QR code; the link opened in another browser (a
// fresh profile) shows the quiz's title, count and source, Take it plays
// it, and Keep it twice keeps one own quiz.
func TestShareKarabakhByLink(t *testing.T) {
	s := startServer(t, copyQuestions(t, "karabakh.yaml"))
	teacher := newBrowser(t)
	newLearnerTab(t, teacher, "share-teacher")
	navigate(t, teacher, s.URL+"/quiz/karabakh")
	waitApp(t, teacher)
	ofWait(t, teacher, "the quiz's page", `!!document.getElementById("share")`)
	ofClick(t, teacher, "share")
	ofWait(t, teacher, "the share panel", `!!document.getElementById("share-link") && !!document.getElementById("share-qr")`)
	link := eval[string](t, teacher, `document.getElementById("share-link").value`)
	if !strings.HasPrefix(link, s.URL+"/shared#"+share.Key) {
		t.Fatalf("link %.80q… does not start with %q", link, s.URL+"/shared#"+share.Key)
	}
	t.Logf("Karabakh link: %d characters", len(link))
	// The QR code: an SVG image named by its title, one path of modules
	// on a white square, as wide as the code plus its quiet zone.
	qr := eval[map[string]string](t, teacher, `(() => {
		const svg = document.getElementById("share-qr");
		return {ns: svg.namespaceURI, box: svg.getAttribute("viewBox"), label: document.getElementById("share-qr-label").textContent,
			paths: String(svg.querySelectorAll("path").length), d: svg.querySelector("path").getAttribute("d").slice(0, 12)};
	})()`)
	if qr["ns"] != "http://www.w3.org/2000/svg" || !strings.HasPrefix(qr["label"], "QR code of the link (version ") || qr["paths"] != "1" || !strings.HasPrefix(qr["d"], "M4 4h7") {
		t.Errorf("QR code: %q", qr)
	}
	// Copy: the clipboard, or, where the browser refuses, the link
	// selected for Ctrl+C.
	ofClick(t, teacher, "share-copy")
	ofWait(t, teacher, "the copy status", `/Link copied|The link is selected/.test(document.getElementById("share-status").innerText)`)
	if strings.Contains(ofText(t, teacher, "share-status"), "selected") {
		sel := eval[bool](t, teacher, `(() => { const i = document.getElementById("share-link"); return document.activeElement === i && i.selectionStart === 0 && i.selectionEnd === i.value.length; })()`)
		if !sel {
			t.Errorf("the status says the link is selected, and it is not")
		}
	}
	noAxeViolations(t, teacher, "the quiz page with the share panel open")

	learner := newBrowser(t)
	p := newLearnerTab(t, learner, "share-learner")
	navigate(t, learner, link)
	waitApp(t, learner)
	ofWait(t, learner, "the shared quiz", `!!document.getElementById("shared-take")`)
	if got := ofText(t, learner, "shared-title"); got != "Nagorno-Karabakh, November 2020" {
		t.Errorf("title %q", got)
	}
	if got := ofText(t, learner, "shared-count"); got != "19 questions" {
		t.Errorf("count %q", got)
	}
	if got := ofText(t, learner, "shared-source"); !strings.Contains(got, "News report of November 2020") {
		t.Errorf("source %q", got)
	}
	noAxeViolations(t, learner, "/shared")
	p.noXSS("/shared")

	// Keep it twice: one own quiz.
	ofClick(t, learner, "shared-keep")
	ofWaitText(t, learner, "Kept “Nagorno-Karabakh, November 2020” among your own quizzes.")
	ofClick(t, learner, "shared-keep")
	ofWaitText(t, learner, "is already among your own quizzes")
	navigate(t, learner, s.URL+"/") // then the same link opened again
	waitApp(t, learner)
	navigate(t, learner, link)
	waitApp(t, learner)
	ofWait(t, learner, "the shared quiz", `!!document.getElementById("shared-keep")`)
	ofClick(t, learner, "shared-keep")
	ofWaitText(t, learner, "is already among your own quizzes")
	if n := eval[int](t, learner, `Object.keys(localStorage).filter(k => k.includes("user-shared-")).length`); n != 1 {
		t.Errorf("%d stored records of shared quizzes, want 1: %q", n, eval[[]string](t, learner, `Object.keys(localStorage)`))
	}

	// Take it: the quiz plays.
	ofClick(t, learner, "shared-take")
	ofWait(t, learner, "the quiz page", `location.pathname.startsWith("/quiz/user-shared-") && !!document.getElementById("start")`)
	ofClick(t, learner, "start")
	ofWait(t, learner, "a question", `!!document.getElementById("check")`)
	if eval[bool](t, learner, `!!document.querySelector(".choices input")`) {
		do(t, learner, 20*time.Second, chromedp.Click(chromedp.CSS(".choices label")))
	} else {
		do(t, learner, 20*time.Second, chromedp.SendKeys(chromedp.ID("answer"), "x"))
	}
	ofClick(t, learner, "check")
	ofWait(t, learner, "the verdict", `!!document.getElementById("verdict")`)
	noConsoleErrors(t, learner)
}

// TestShareHostileLinks: links with script payloads show them as text
// and run nothing; damaged links (bad base64, cut off, a zip bomb) say
// what is wrong and keep nothing.
func TestShareHostileLinks(t *testing.T) {
	s := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "share-hostile")

	payload := `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`
	hostile := &quiz.Quiz{
		Title:       payload,
		Description: `<b onmouseover="window.__xss=3">bold</b>`,
		Source:      `javascript:window.__xss=4`,
		Questions: []quiz.Question{
			{ID: "q1", Type: quiz.TrueFalse, Prompt: payload, Truth: true},
			{ID: "q2", Type: quiz.Single, Prompt: "Pick <svg onload=window.__xss=5>", Choices: []quiz.Choice{{Text: payload, Correct: true}, {Text: "b"}}},
		},
	}
	frag, err := share.Encode(hostile)
	if err != nil {
		t.Fatal(err)
	}
	navigate(t, ctx, s.URL+"/shared#"+frag)
	waitApp(t, ctx)
	ofWait(t, ctx, "the shared quiz", `!!document.getElementById("shared-take")`)
	if got := ofText(t, ctx, "shared-title"); got != payload {
		t.Errorf("title %q, want the payload as text", got)
	}
	if title := eval[string](t, ctx, `document.title`); strings.Contains(title, "__xss") {
		t.Errorf("the page title carries the payload: %q", title)
	}
	p.noXSS("/shared with payloads")
	ofClick(t, ctx, "shared-take")
	ofWait(t, ctx, "the quiz page", `!!document.getElementById("start")`)
	p.noXSS("the shared quiz's page")
	ofClick(t, ctx, "start")
	ofWait(t, ctx, "a question", `!!document.getElementById("check")`)
	p.noXSS("a shared question")

	bomb := func() string {
		var z bytes.Buffer
		w, _ := flate.NewWriter(&z, flate.BestCompression)
		w.Write(make([]byte, 8<<20))
		w.Close()
		return share.Key + base64.RawURLEncoding.EncodeToString(z.Bytes())
	}()
	good, _ := share.Encode(hostile)
	tests := []struct{ name, fragment, want string }{
		{"bad base64", "quiz=abc$def", `is not one a quiz link uses`},
		{"cut off", good[:len(good)/2], "it is cut off"},
		{"a zip bomb", bomb, "unpacks to more than 256 KiB"},
		{"no quiz", "main", "holds no quiz"},
	}
	before := eval[int](t, ctx, `localStorage.length`)
	for _, tc := range tests {
		// A page of its own each time: a new fragment alone is no navigation.
		navigate(t, ctx, s.URL+"/")
		waitApp(t, ctx)
		navigate(t, ctx, s.URL+"/shared#"+(&url.URL{Fragment: tc.fragment}).EscapedFragment())
		waitApp(t, ctx)
		ofWait(t, ctx, tc.name, `document.getElementById("shared-title") && document.getElementById("shared-title").innerText === "This link does not open a quiz"`)
		if got := strings.Join(ofTexts(t, ctx, ".problems li"), "\n"); !strings.Contains(got, tc.want) {
			t.Errorf("%s: problems %q, want %q", tc.name, got, tc.want)
		}
		if eval[bool](t, ctx, `!!document.getElementById("shared-keep")`) {
			t.Errorf("%s: Keep it offered", tc.name)
		}
		p.noXSS(tc.name)
		noAxeViolations(t, ctx, fmt.Sprintf("/shared, %s", tc.name))
	}
	if after := eval[int](t, ctx, `localStorage.length`); after != before {
		t.Errorf("damaged links changed the storage: %d keys, then %d", before, after)
	}
}
