package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"factquiz/quiz/format"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// fromDiskGIFT is a question file as a teacher writes it: a multiple
// choice with feedback on every answer, a true/false with feedback, a
// matching question, a numerical one, and an [html] question whose text
// holds markup that must be shown as text, never run.
const fromDiskGIFT = `// title: Opened from disk
// description: Four kinds of question, read from a file on the computer.

::Capital::What is the capital of France? {
	=Paris#Right, Paris is the capital.
	~Lyon#No, Lyon is the third city of France.
	~Marseille#No, Marseille is the second city.
}

::Sun::The Sun is a star.{T#No, the Sun is a star.#Yes, the Sun is our star.}

::Animals::Which animal eats which food? {
	=cat -> cat food
	=dog -> dog food
	=cow -> grass
}

::Legs::How many legs has a spider? {#8}

::Markup::[html]<p>Which tag makes text <b>bold</b>? &lt;img src\=x onerror\=window.__xss\=1&gt;</p>{=b ~i}
`

// brokenGIFT has two errors; its third question can still be played.
const brokenGIFT = `::First::Which colour is the sky? {=blue ~green

::Second::2 + 2 = ? {#four}

::Third::Is water wet? {T}
`

// brokenYAML cannot be read at all.
const brokenYAML = "title: Broken on purpose\nquestions:\n  - id: q1\n    type: single\n    prompt: \"Which?\"\n    choices: [a, b\n"

// writeTemp writes a file in dir and returns its path.
func writeTemp(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkerMessages are the messages `factquiz check` prints for a file:
// format.Parse's problems, named as the app names the file.
func checkerMessages(t *testing.T, name, content string) []string {
	t.Helper()
	_, ps := format.Parse(name, []byte(content))
	var out []string
	for _, p := range ps {
		out = append(out, p.Error())
	}
	if len(out) == 0 {
		t.Fatalf("%s has no problems: the test file is not broken", name)
	}
	return out
}

// ofWait polls a JavaScript expression until it is true.
func ofWait(t *testing.T, ctx context.Context, what, js string) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if _, err := chromedp.Run(tctx, chromedp.Poll[bool](js, chromedp.WithPollingInterval(100*time.Millisecond))); err != nil {
		text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`location.pathname + "\n" + (document.body ? document.body.innerText : "")`))
		t.Fatalf("waiting for %s: %v\npage:\n%s", what, err, text)
	}
}

// ofWaitText waits until the page's text contains want.
func ofWaitText(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	ofWait(t, ctx, fmt.Sprintf("the text %q", want), fmt.Sprintf(`!!document.body && document.body.innerText.includes(%q)`, want))
}

// ofText is the innerText of the element with the given id, or "".
func ofText(t *testing.T, ctx context.Context, id string) string {
	t.Helper()
	return eval[string](t, ctx, fmt.Sprintf(`(document.getElementById(%q) || {}).innerText || ""`, id))
}

// ofTexts is the innerText of every element a CSS selector finds.
func ofTexts(t *testing.T, ctx context.Context, sel string) []string {
	t.Helper()
	return eval[[]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll(%q)].map(e => e.innerText.trim())`, sel))
}

func ofClick(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	do(t, ctx, 20*time.Second, chromedp.Click(chromedp.ID(id)))
}

// openFromDisk chooses a file with the page's file input, as a person
// does, and waits until it is checked.
func openFromDisk(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	before := eval[string](t, ctx, `document.getElementById("open-status").innerText`)
	do(t, ctx, 20*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#question-file"), []string{path}))
	name := filepath.Base(path)
	ofWait(t, ctx, "the file to be checked", fmt.Sprintf(`(() => {
		const s = document.getElementById("open-status").innerText;
		return s !== %q && s.includes(%q) && !s.startsWith("Reading");
	})()`, before, name))
}

// TestOpenFileFromDiskAndPlay: a GIFT file chosen from the computer is
// checked in the browser, kept and played through, the matching question
// included, with feedback on each answer; [html] markup is shown as
// text; the quiz then shows on the home page as the learner's own.
func TestOpenFileFromDiskAndPlay(t *testing.T) {
	s := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)
	path := writeTemp(t, t.TempDir(), "from-disk.gift", fromDiskGIFT)
	// Played once through: a missed question does not come back here.
	newLearnerTab(t, ctx, "tab").noRequeue(s.URL)

	navigate(t, ctx, s.URL+"/open")
	waitApp(t, ctx)
	if got := eval[string](t, ctx, `document.querySelector("label[for=question-file]").innerText`); !strings.Contains(got, "Question file") {
		t.Errorf("the file input's label is %q", got)
	}
	if got := eval[string](t, ctx, `document.getElementById("question-file").accept`); got != ".yaml,.yml,.json,.gift,.aiken,.txt,.xml" {
		t.Errorf("accept = %q", got)
	}
	noAxeViolations(t, ctx, "/open")

	openFromDisk(t, ctx, path)
	if got, want := ofText(t, ctx, "open-status"), "Opened from-disk.gift: 5 questions, no problems."; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	if got := ofText(t, ctx, "opened-title"); got != "from-disk.gift" {
		t.Errorf("result heading = %q", got)
	}
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "opened-title" {
		t.Errorf("focus is on %q, want the result heading", got)
	}
	if got := ofText(t, ctx, "opened-summary"); !strings.Contains(got, "Opened from disk") || !strings.Contains(got, "GIFT") {
		t.Errorf("summary = %q", got)
	}
	screenshot(t, ctx, "openfile-opened")
	noAxeViolations(t, ctx, "/open with a file opened")

	ofClick(t, ctx, "play-now")
	ofWait(t, ctx, "the quiz page", `location.pathname.startsWith("/quiz/user-") && !!document.getElementById("start")`)
	if got := ofText(t, ctx, "quiz-title"); got != "Opened from disk" {
		t.Errorf("quiz title = %q", got)
	}
	ofClick(t, ctx, "start")

	seen := map[string]bool{}
	for i := 0; i < 5; i++ {
		ofWait(t, ctx, "a question", `!!document.getElementById("question-prompt") && !!document.getElementById("check")`)
		prompt := ofText(t, ctx, "question-prompt")
		var wantVerdict, wantFeedback string
		switch {
		case strings.Contains(prompt, "capital of France"):
			seen["single"] = true
			pickChoice(t, ctx, "Lyon")
			wantVerdict, wantFeedback = "Wrong.", "No, Lyon is the third city of France."
		case strings.Contains(prompt, "The Sun is a star"):
			seen["truefalse"] = true
			pickChoice(t, ctx, "True")
			wantVerdict, wantFeedback = "Right!", "Yes, the Sun is our star."
		case strings.Contains(prompt, "Which animal eats which food?"):
			seen["matching"] = true
			// One select per item, labelled with the item; the options
			// are the partners.
			labels := ofTexts(t, ctx, ".matching label")
			if !reflect.DeepEqual(labels, []string{"cat", "dog", "cow"}) {
				t.Errorf("matching items = %q", labels)
			}
			for item, partner := range map[string]string{"cat": "cat food", "dog": "dog food", "cow": "grass"} {
				matchPartner(t, ctx, item, partner)
				// At a person's pace: the app takes each choice in its
				// next frame, and a second change within the same frame
				// would be made on the state before the first.
				time.Sleep(300 * time.Millisecond)
			}
			wantVerdict = "Right!"
		case strings.Contains(prompt, "legs has a spider"):
			seen["number"] = true
			do(t, ctx, 20*time.Second, chromedp.SendKeys(chromedp.ID("answer"), "8"))
			wantVerdict = "Right!"
		case strings.Contains(prompt, "Which tag makes text bold?"):
			seen["html"] = true
			// The [html] markup is shown as formatting (a real bold
			// element), and the escaped tag is text, never an element.
			if !strings.Contains(prompt, "<img src=x onerror=window.__xss=1>") {
				t.Errorf("the escaped markup is not shown as text: %q", prompt)
			}
			if n := eval[int](t, ctx, `document.querySelectorAll("main img").length`); n != 0 {
				t.Errorf("the escaped tag became %d img elements", n)
			}
			if got := eval[string](t, ctx, `[...document.querySelectorAll("#question-prompt b")].map(b => b.textContent).join("|")`); got != "bold" {
				t.Errorf("the prompt's bold words are %q, want the one <b>bold</b> of the file", got)
			}
			pickChoice(t, ctx, "b")
			wantVerdict = "Right!"
		default:
			t.Fatalf("unexpected question %q", prompt)
		}
		ofClick(t, ctx, "check")
		ofWait(t, ctx, "the verdict", `!!document.getElementById("verdict")`)
		if got := ofText(t, ctx, "verdict"); got != wantVerdict {
			t.Errorf("%q: verdict %q, want %q", prompt, got, wantVerdict)
		}
		fb := ofText(t, ctx, "feedback")
		if wantFeedback != "" && !strings.Contains(fb, wantFeedback) {
			t.Errorf("%q: feedback %q lacks %q", prompt, fb, wantFeedback)
		}
		if seen["matching"] && strings.Contains(prompt, "animal") {
			if n := eval[int](t, ctx, `document.querySelectorAll(".match.right").length`); n != 3 {
				t.Errorf("%d of 3 matches marked right", n)
			}
			screenshot(t, ctx, "openfile-matching")
		}
		if strings.Contains(prompt, "capital") {
			if got := ofText(t, ctx, "correct-answer"); got != "Paris" {
				t.Errorf("the right answer shown is %q", got)
			}
		}
		ofClick(t, ctx, "next")
		ofWait(t, ctx, "the next question or the results", fmt.Sprintf(`(document.getElementById("question-prompt") || {}).innerText !== %q`, prompt))
	}
	if len(seen) != 5 {
		t.Errorf("questions played: %v", seen)
	}
	if eval[bool](t, ctx, `window.__xss !== undefined`) {
		t.Errorf("markup from the file ran as HTML")
	}
	ofWait(t, ctx, "the results", `!!document.getElementById("results-title")`)
	if got := ofText(t, ctx, "score"); got != "4 out of 5" {
		t.Errorf("score = %q", got)
	}

	// Home: the quiz is the learner's own, with its score.
	navigate(t, ctx, s.URL+"/")
	waitApp(t, ctx)
	ofWaitText(t, ctx, "Opened from disk")
	card := eval[string](t, ctx, `[...document.querySelectorAll(".card")].map(c => c.innerText).find(t => t.includes("Opened from disk")) || ""`)
	for _, want := range []string{"5 questions", "best 80%", "Kept in this browser"} {
		if !strings.Contains(card, want) {
			t.Errorf("home card %q lacks %q", card, want)
		}
	}
	ofWaitText(t, ctx, karabakhTitle)
	noConsoleErrors(t, ctx)
}

// pickChoice clicks the answer whose label has the given text.
func pickChoice(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	ok := eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const l = [...document.querySelectorAll(".choices label")].find(l => l.innerText.replace(/^\d+\s*/, "").trim() === %q);
		if (!l) return false;
		l.click();
		return true;
	})()`, text))
	if !ok {
		t.Fatalf("no answer %q: %q", text, ofTexts(t, ctx, ".choices label"))
	}
	ofWait(t, ctx, "the answer to be picked", fmt.Sprintf(`[...document.querySelectorAll(".choices label")].some(l => l.innerText.replace(/^\d+\s*/, "").trim() === %q && document.getElementById(l.htmlFor).checked)`, text))
}

// matchPartner chooses, in the select of item, the partner, as a keyboard
// user does with the arrow keys: the value changes and "change" fires.
func matchPartner(t *testing.T, ctx context.Context, item, partner string) {
	t.Helper()
	ok := eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const l = [...document.querySelectorAll(".matching label")].find(l => l.innerText.trim() === %q);
		const s = l && document.getElementById(l.htmlFor);
		const o = s && [...s.options].find(o => o.text === %q);
		if (!o) return false;
		s.focus();
		s.value = o.value;
		s.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`, item, partner))
	if !ok {
		t.Fatalf("no partner %q for %q", partner, item)
	}
	ofWait(t, ctx, "the match to be kept", fmt.Sprintf(`(() => {
		const l = [...document.querySelectorAll(".matching label")].find(l => l.innerText.trim() === %q);
		const s = document.getElementById(l.htmlFor);
		return s.options[s.selectedIndex].text === %q;
	})()`, item, partner))
}

// TestOpenFileProblems: a broken file shows exactly the checker's
// messages, and what can still be played; a file nothing of which can be
// played says so; a file of an unknown kind, or over the size limit, is
// refused before it is read; a dropped file opens like a chosen one.
func TestOpenFileProblems(t *testing.T) {
	s := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)
	dir := t.TempDir()

	navigate(t, ctx, s.URL+"/open")
	waitApp(t, ctx)

	// Two errors; the third question plays.
	openFromDisk(t, ctx, writeTemp(t, dir, "broken.gift", brokenGIFT))
	want := checkerMessages(t, "broken.gift", brokenGIFT)
	if got := ofTexts(t, ctx, "#opened .problems li"); !reflect.DeepEqual(got, want) {
		t.Errorf("problems shown:\n%q\nwant the checker's:\n%q", got, want)
	}
	if !strings.HasPrefix(want[0], "broken.gift:1:") || !strings.HasPrefix(want[1], "broken.gift:3:") {
		t.Errorf("the checker's messages are not file:line:col: %q", want)
	}
	if got := ofText(t, ctx, "open-status"); got != "Opened broken.gift: 1 question, 2 errors." {
		t.Errorf("status = %q", got)
	}
	ofWaitText(t, ctx, "The questions with errors are left out")
	if !eval[bool](t, ctx, `!!document.getElementById("play-now")`) {
		t.Errorf("the question without errors cannot be played")
	}
	noAxeViolations(t, ctx, "/open with problems")
	screenshot(t, ctx, "openfile-broken")

	// Nothing playable.
	openFromDisk(t, ctx, writeTemp(t, dir, "broken.yaml", brokenYAML))
	want = checkerMessages(t, "broken.yaml", brokenYAML)
	if got := ofTexts(t, ctx, "#opened .problems li"); !reflect.DeepEqual(got, want) {
		t.Errorf("problems shown:\n%q\nwant the checker's:\n%q", got, want)
	}
	ofWaitText(t, ctx, "Nothing in this file can be played.")
	if eval[bool](t, ctx, `!!document.getElementById("play-now")`) {
		t.Errorf("a file without questions offers to play")
	}

	// Refused before reading: an unknown kind of file, and one over the limit.
	openFromDisk(t, ctx, writeTemp(t, dir, "notes.docx", "not a question file"))
	want = checkerMessages(t, "notes.docx", "")
	if got := ofTexts(t, ctx, "#opened .problems li"); !reflect.DeepEqual(got, want) {
		t.Errorf("problems shown:\n%q\nwant the checker's:\n%q", got, want)
	}
	big := filepath.Join(dir, "huge.yaml")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, format.MaxSize+1); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	openFromDisk(t, ctx, big)
	got := ofTexts(t, ctx, "#opened .problems li")
	if len(got) != 1 || got[0] != "huge.yaml: file is 16.0 MiB, over the 16.0 MiB limit for question files: split it into smaller files" {
		t.Errorf("a file over the limit: %q", got)
	}
	if st := ofText(t, ctx, "open-status"); !strings.HasPrefix(st, "huge.yaml was not opened: file is 16.0 MiB, over the 16.0 MiB limit") {
		t.Errorf("status = %q", st)
	}

	// A file dropped on the page.
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([%q], "dropped.gift", {type: "text/plain"}));
		const zone = document.getElementById("drop-zone");
		zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
		return zone.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
	})()`, fromDiskGIFT))
	ofWait(t, ctx, "the dropped file", `document.getElementById("open-status").innerText === "Opened dropped.gift: 5 questions, no problems."`)
	if eval[string](t, ctx, `location.pathname`) != "/open" {
		t.Errorf("the browser left the app for the dropped file")
	}

	// Markup in a file's name and in its title is text on every page.
	evilName := `<img src=x onerror=window.__xss=2>.gift`
	evilTitle := `<img src=x onerror=window.__xss=3> Evil`
	openFromDisk(t, ctx, writeTemp(t, dir, evilName, "// title: "+evilTitle+"\n\n::Q::Is this text? {T}\n"))
	if got := ofText(t, ctx, "opened-title"); got != evilName {
		t.Errorf("heading = %q, want the file name as text", got)
	}
	ofClick(t, ctx, "keep")
	ofWait(t, ctx, "the quiz to be kept", `document.querySelectorAll(".own-quiz").length === 1`)
	for _, page := range []string{"/open", "/", "/teacher"} {
		navigate(t, ctx, s.URL+page)
		waitApp(t, ctx)
		ofWaitText(t, ctx, evilTitle)
		if n := eval[int](t, ctx, `document.querySelectorAll("main img").length`); n != 0 || eval[bool](t, ctx, `window.__xss !== undefined`) {
			t.Errorf("%s: markup from a file became HTML", page)
		}
		if title := eval[string](t, ctx, `document.title`); strings.Contains(title, "img") {
			t.Errorf("%s: page title %q holds text from the file", page, title)
		}
	}
	noConsoleErrors(t, ctx)
}

// TestOpenFileKeepDeleteAndQuota: a quiz kept for later is listed among
// the learner's own and can be deleted (and undeleted); when the browser's
// storage is full, keeping fails with a message, the file stays open, and
// it is kept once there is room.
func TestOpenFileKeepDeleteAndQuota(t *testing.T) {
	s := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)
	path := writeTemp(t, t.TempDir(), "from-disk.gift", fromDiskGIFT)

	navigate(t, ctx, s.URL+"/open")
	waitApp(t, ctx)
	ofWaitText(t, ctx, "None yet.")
	openFromDisk(t, ctx, path)
	ofClick(t, ctx, "keep")
	ofWait(t, ctx, "the quiz to be kept", `document.querySelectorAll(".own-quiz").length === 1`)
	if got := ofTexts(t, ctx, ".own-quiz"); !strings.Contains(got[0], "Opened from disk") || !strings.Contains(got[0], "from from-disk.gift") {
		t.Errorf("own quiz = %q", got)
	}
	// Opening the same file again replaces it rather than adding a copy.
	openFromDisk(t, ctx, path)
	ofWaitText(t, ctx, "keeping this one replaces it")
	ofClick(t, ctx, "keep")
	ofWait(t, ctx, "the quiz to be kept again", `document.getElementById("open-status").innerText.startsWith("Kept")`)
	if n := eval[int](t, ctx, `document.querySelectorAll(".own-quiz").length`); n != 1 {
		t.Errorf("%d own quizzes after opening one file twice", n)
	}

	do(t, ctx, 20*time.Second, chromedp.Click(chromedp.CSS(".own-quiz .delete-own")))
	ofWait(t, ctx, "the deletion", `document.querySelectorAll(".own-quiz").length === 0 && !!document.getElementById("undo-delete")`)
	if got := eval[string](t, ctx, `document.activeElement.id`); got != "undo-delete" {
		t.Errorf("focus after deleting is on %q, want Undo", got)
	}
	ofClick(t, ctx, "undo-delete")
	ofWait(t, ctx, "the undo", `document.querySelectorAll(".own-quiz").length === 1`)
	do(t, ctx, 20*time.Second, chromedp.Click(chromedp.CSS(".own-quiz .delete-own")))
	ofWait(t, ctx, "the deletion", `document.querySelectorAll(".own-quiz").length === 0`)
	if n := eval[int](t, ctx, `Object.keys(localStorage).filter(k => k.includes("user-")).length`); n != 0 {
		t.Errorf("%d records of the deleted quiz left in localStorage", n)
	}

	// Fill the storage, then try to keep the file.
	filled := eval[int](t, ctx, `(() => {
		let n = 0;
		for (let size = 1 << 20; size >= 1; size >>= 1) {
			const chunk = "x".repeat(size);
			for (;;) {
				try { localStorage.setItem("filler-" + n, chunk); n++; } catch (e) { break; }
			}
		}
		return n;
	})()`)
	if filled == 0 {
		t.Fatal("could not fill localStorage")
	}
	openFromDisk(t, ctx, path)
	ofClick(t, ctx, "play-now")
	ofWait(t, ctx, "the save error", `!!document.getElementById("save-error")`)
	msg := ofText(t, ctx, "save-error")
	if !strings.HasPrefix(msg, "The quiz could not be saved: ") || !strings.Contains(msg, "full") || !strings.Contains(msg, "The file is still open here") {
		t.Errorf("save error = %q", msg)
	}
	if eval[string](t, ctx, `location.pathname`) != "/open" || ofText(t, ctx, "opened-title") != "from-disk.gift" {
		t.Errorf("the opened file was lost after a failed save")
	}
	screenshot(t, ctx, "openfile-quota")
	eval[bool](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("filler-")).forEach(k => localStorage.removeItem(k)) || true`)
	ofClick(t, ctx, "play-now")
	ofWait(t, ctx, "the quiz page", `location.pathname.startsWith("/quiz/user-") && !!document.getElementById("start")`)
	noConsoleErrors(t, ctx)
}

// TestTeacherQuestionsFolder: files saved in questions/ show on the next
// page load, in every format; a broken file is a card with the checker's
// messages while the other quizzes play; the teacher page lists every
// quiz with its file, format, question count and problems, and downloads
// a quiz as GIFT.
func TestTeacherQuestionsFolder(t *testing.T) {
	questions := copyQuestions(t, "karabakh.yaml")
	s := startServer(t, questions)
	ctx := newBrowser(t)

	navigate(t, ctx, s.URL+"/")
	waitApp(t, ctx)
	ofWaitText(t, ctx, karabakhTitle)

	// Saved while the app is open: there on the next page load.
	writeTemp(t, questions, "broken.yaml", brokenYAML)
	writeTemp(t, questions, "from-disk.gift", fromDiskGIFT)
	capitals, err := os.ReadFile(filepath.Join(repoRoot, "quiz", "format", "testdata", "capitals.aiken"))
	if err != nil {
		t.Fatal(err)
	}
	writeTemp(t, questions, "capitals.aiken", string(capitals))
	navigate(t, ctx, s.URL+"/")
	waitApp(t, ctx)
	ofWaitText(t, ctx, "Opened from disk")
	ofWaitText(t, ctx, "broken.yaml has 1 problem")
	brokenCard := eval[[]string](t, ctx, `[...document.querySelectorAll(".card")].filter(c => c.innerText.includes("broken.yaml has")).flatMap(c => [...c.querySelectorAll(".problems li")].map(li => li.innerText.trim()))`)
	if want := checkerMessages(t, "broken.yaml", brokenYAML); !reflect.DeepEqual(brokenCard, want) {
		t.Errorf("the broken file's card shows:\n%q\nwant the checker's:\n%q", brokenCard, want)
	}
	titles := ofTexts(t, ctx, ".card h2")
	if len(titles) != 4 {
		t.Errorf("home cards: %q, want 4", titles)
	}
	screenshot(t, ctx, "teacher-home")

	// The other quizzes play on.
	do(t, ctx, 20*time.Second, chromedp.Click(chromedp.CSS(`a[href="/quiz/karabakh"]`)))
	ofWait(t, ctx, "the quiz", `!!document.getElementById("start")`)
	ofClick(t, ctx, "start")
	ofWait(t, ctx, "a question", `!!document.getElementById("check")`)
	// Whatever the question, Check without an answer gives a hint, and a
	// first choice or "x" typed gets a verdict.
	if eval[bool](t, ctx, `!!document.querySelector(".choices input")`) {
		do(t, ctx, 20*time.Second, chromedp.Click(chromedp.CSS(".choices label")))
	} else if eval[bool](t, ctx, `!!document.getElementById("answer")`) {
		do(t, ctx, 20*time.Second, chromedp.SendKeys(chromedp.ID("answer"), "x"))
	} else {
		matchPartnerFirst(t, ctx)
	}
	ofClick(t, ctx, "check")
	ofWait(t, ctx, "the verdict", `!!document.getElementById("verdict")`)

	// The teacher page.
	navigate(t, ctx, s.URL+"/teacher")
	waitApp(t, ctx)
	ofWait(t, ctx, "the table", `document.querySelectorAll("#quiz-table tbody tr").length === 4`)
	type row struct {
		Quiz, Format, Questions, Errors, Warnings, Play string
	}
	rows := eval[[]row](t, ctx, `[...document.querySelectorAll("#quiz-table tbody tr")].map(tr => {
		const c = [...tr.children].map(td => td.innerText.replace(/\s+/g, " ").trim());
		return {Quiz: c[0], Format: c[1], Questions: c[2], Errors: c[3], Warnings: c[4], Play: c[5]};
	})`)
	byFile := map[string]row{}
	for _, r := range rows {
		file, _, _ := strings.Cut(r.Quiz, " ")
		byFile[file] = r
	}
	for file, want := range map[string]row{
		"broken.yaml":    {Quiz: "broken.yaml", Format: "YAML", Questions: "0", Errors: "1", Warnings: "0", Play: "cannot be played"},
		"karabakh.yaml":  {Quiz: "karabakh.yaml " + karabakhTitle, Format: "YAML", Questions: "19", Errors: "0", Warnings: "0", Play: "Play " + karabakhTitle},
		"from-disk.gift": {Quiz: "from-disk.gift Opened from disk", Format: "GIFT", Questions: "5", Errors: "0", Warnings: "0", Play: "Play Opened from disk"},
	} {
		if got := byFile[file]; got != want {
			t.Errorf("teacher row of %s:\n got %+v\nwant %+v", file, got, want)
		}
	}
	if r := byFile["capitals.aiken"]; r.Format != "Aiken" || r.Questions == "0" {
		t.Errorf("teacher row of capitals.aiken: %+v", r)
	}
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll("#quiz-table th")].map(th => th.scope)`); len(got) != 7+4 || got[0] != "col" || got[7] != "row" {
		t.Errorf("table header scopes: %q", got)
	}
	// The problems, as the checker prints them, under the file's name.
	if got, want := ofTexts(t, ctx, "section.file-problems li"), checkerMessages(t, "broken.yaml", brokenYAML); !reflect.DeepEqual(got, want) {
		t.Errorf("teacher problems:\n%q\nwant:\n%q", got, want)
	}
	if got := ofText(t, ctx, "teacher-status"); got != "4 quizzes, 1 file with errors." {
		t.Errorf("status = %q", got)
	}
	noAxeViolations(t, ctx, "/teacher")
	screenshot(t, ctx, "teacher")

	// Download karabakh.yaml as GIFT: the file reads back with every question.
	downloads := t.TempDir()
	events := true
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads, EventsEnabled: &events,
	}); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `(() => { [...document.querySelectorAll("#row-karabakh button")].find(b => b.innerText.includes("GIFT")).click(); return true; })()`)
	ofWait(t, ctx, "the download status", `document.getElementById("teacher-status").innerText === "Downloaded karabakh.gift."`)
	gift := waitDownload(t, filepath.Join(downloads, "karabakh.gift"))
	q, ps := format.Parse("karabakh.gift", gift)
	if ps.HasErrors() || q == nil || len(q.Questions) != 19 {
		n := 0
		if q != nil {
			n = len(q.Questions)
		}
		t.Errorf("the downloaded GIFT reads back with %d questions and problems %v", n, ps)
	}
	eval[bool](t, ctx, `(() => { [...document.querySelectorAll("#row-from-disk button")].find(b => b.innerText.includes("YAML")).click(); return true; })()`)
	yml := waitDownload(t, filepath.Join(downloads, "from-disk.yaml"))
	if q, ps := format.Parse("from-disk.yaml", yml); ps.HasErrors() || q == nil || len(q.Questions) != 5 {
		t.Errorf("the downloaded YAML reads back with problems %v", ps)
	}
	noConsoleErrors(t, ctx)
}

// matchPartnerFirst answers a matching question with the first partner
// for every item.
func matchPartnerFirst(t *testing.T, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `(() => { document.querySelectorAll(".matching select").forEach(s => {
		s.selectedIndex = 1; s.dispatchEvent(new Event("change", {bubbles: true})); }); return true; })()`)
}

// waitDownload waits until the browser has written a downloaded file.
func waitDownload(t *testing.T, path string) []byte {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		data, err := os.ReadFile(path)
		if err == nil && len(data) > 0 {
			if _, err := os.Stat(path + ".crdownload"); err != nil {
				return data
			}
		}
		if time.Now().After(deadline) {
			entries, _ := os.ReadDir(filepath.Dir(path))
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Fatalf("%s was not downloaded; the folder has %q", filepath.Base(path), names)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
