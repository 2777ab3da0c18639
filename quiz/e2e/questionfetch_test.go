package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"factquiz/quiz/format"
)

// unitQuiz is a question file of n true/false questions, as a teacher
// keeps one per unit of a course.
func unitQuiz(unit, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: Unit %02d of the course\nquestions:\n", unit)
	for i := range n {
		fmt.Fprintf(&b, "  - {type: truefalse, prompt: \"Unit %d, statement %d is true.\", answer: true}\n", unit, i+1)
	}
	return b.String()
}

// questionFetches lists the /questions/ paths this page load fetched, as
// the browser's Performance API saw them (the service worker's own
// fetches at install are not the page's and are not listed), each once:
// a first visit lists index.json again when the first worker takes over
// (OnAppUpdate), which fetches no question file.
func questionFetches(t testing.TB, ctx context.Context) []string {
	t.Helper()
	got := eval[[]string](t, ctx, `performance.getEntriesByType("resource")
		.map(e => decodeURIComponent(new URL(e.name).pathname))
		.filter(p => p.startsWith("/questions/")).sort()`)
	if got == nil {
		got = []string{}
	}
	return slices.Compact(got)
}

// waitQuiet gives late fetches time to show: a test that counts them must
// not stop counting as soon as the page looks ready.
func waitQuiet() { time.Sleep(700 * time.Millisecond) }

// TestQuestionFilesFetchedOnlyWhenNeeded: with 30 question files, the home
// page shows the 30 cards (title, question count) after fetching only
// index.json; a quiz page fetches only its own file; the progress page of
// a learner with no results fetches none; and after the first visit
// everything works offline, a quiz never opened before included.
func TestQuestionFilesFetchedOnlyWhenNeeded(t *testing.T) {
	dir := copyQuestions(t)
	const files = 30
	for i := 1; i <= files; i++ {
		name := fmt.Sprintf("unit-%02d.yaml", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(unitQuiz(i, 5+i%4)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := startServer(t, dir)
	ctx := newBrowser(t)

	navigate(t, ctx, s.URL+"/")
	waitApp(t, ctx)
	ofWait(t, ctx, "30 cards", fmt.Sprintf(`document.querySelectorAll(".card h2").length === %d`, files))
	waitQuiet()
	if got := questionFetches(t, ctx); !slices.Equal(got, []string{"/questions/index.json"}) {
		t.Errorf("the home page fetched %q, want index.json only", got)
	}
	cards := eval[[]string](t, ctx, `[...document.querySelectorAll(".card")].map(c => c.querySelector("h2").innerText.trim() + " | " + c.querySelector(".stats span").innerText.trim())`)
	for i := 1; i <= files; i++ {
		want := fmt.Sprintf("Unit %02d of the course | %d questions", i, 5+i%4)
		if !slices.Contains(cards, want) {
			t.Errorf("no card %q among:\n%s", want, strings.Join(cards, "\n"))
		}
	}
	waitController(t, ctx)
	noConsoleErrors(t, ctx)

	id := format.QuizID("unit-07.yaml")
	navigate(t, ctx, s.URL+"/quiz/"+id)
	waitApp(t, ctx)
	waitText(t, ctx, "Unit 07 of the course")
	ofWait(t, ctx, "the start button", `!!document.getElementById("start")`)
	waitQuiet()
	if got, want := questionFetches(t, ctx), []string{"/questions/index.json", "/questions/unit-07.yaml"}; !slices.Equal(got, want) {
		t.Errorf("the quiz page fetched %q, want %q", got, want)
	}

	navigate(t, ctx, s.URL+"/progress")
	waitApp(t, ctx)
	ofWait(t, ctx, "the progress page", `!document.body.innerText.includes("Loading your progress")`)
	waitQuiet()
	if got := questionFetches(t, ctx); !slices.Equal(got, []string{"/questions/index.json"}) {
		t.Errorf("the progress page of a learner with no results fetched %q, want index.json only", got)
	}
	noConsoleErrors(t, ctx)

	// Offline: the worker cached every listed file at install.
	s.Stop()
	clearConsole(ctx)
	navigate(t, ctx, s.URL+"/")
	waitApp(t, ctx)
	ofWait(t, ctx, "30 cards offline", fmt.Sprintf(`document.querySelectorAll(".card h2").length === %d`, files))
	navigate(t, ctx, s.URL+"/quiz/"+format.QuizID("unit-23.yaml"))
	waitApp(t, ctx)
	waitText(t, ctx, "Unit 23 of the course")
	ofWait(t, ctx, "the start button offline", `!!document.getElementById("start")`)
	ofClick(t, ctx, "start")
	ofWait(t, ctx, "a question offline", `!!document.getElementById("check")`)
	waitText(t, ctx, "Unit 23, statement 1 is true.")
}
