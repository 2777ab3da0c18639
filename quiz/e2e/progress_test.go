package e2e

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"
	"factquiz/quiz/store"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// progressHistory writes a known history into localStorage in the
// store's record shapes, around noon of the learner's today (at):
//
//   - Harbour treaty (4 questions: a date, a leader, a count, a
//     hand-written one): full attempts 5 days ago (an older record with no
//     mode, 2 right: 50%), 3 days ago (1 right: 25%) and yesterday (3
//     right: 75%); a retry of one question yesterday and a practice of two
//     questions 2 days ago, which are no scores.
//   - Short quiz (3 hand-written questions): one full attempt 2 days ago,
//     2 right (67%).
//   - Review logs: two today (one right, one wrong), one yesterday; a
//     log written for a quiz answer yesterday (no review).
//   - Cards: harbour's count card overdue (relearning), its leader card due
//     at 13:00 today (learning), its date card due in 2 days and its
//     hand-written card in 40 days (review); a retired card of the short
//     quiz.
func progressHistory(t *testing.T, p *learnerTab, harbour, short *quiz.Quiz, at time.Time) {
	t.Helper()
	day := func(n int) time.Time { return at.AddDate(0, 0, n) }
	put := func(key string, rec map[string]any) {
		t.Helper()
		rec["v"] = store.Version
		data, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		p.setItem(key, string(data))
	}
	play := func(q *quiz.Quiz, only []string, mode review.Mode, start time.Time, right ...string) {
		t.Helper()
		a := attempt.NewMode(q, only, mode, false, start, 3)
		for i := 0; !a.Done(); i++ {
			qu, ok := a.Question(q)
			if !ok {
				t.Fatalf("%s: no question at step %d", q.ID, i)
			}
			give := wrongAnswer(t, qu)
			for _, id := range right {
				if id == qu.ID {
					give = rightAnswer(t, qu)
				}
			}
			when := start.Add(time.Duration(i+1) * 20 * time.Second)
			if _, err := a.Check(q, responseTo(t, qu, give), when); err != nil {
				t.Fatal(err)
			}
			a.Next(when)
		}
		if mode == "" {
			a.Mode = "" // written before modes existed
		}
		put(store.AttemptKey(a.ID), map[string]any{"attempt": a})
	}
	play(harbour, nil, "", day(-5), "signed", "mayor")
	play(harbour, nil, review.ModeQuiz, day(-3), "signed")
	play(harbour, nil, review.ModeQuiz, day(-1), "signed", "mayor", "ships")
	play(harbour, []string{"own"}, review.ModeRetry, day(-1).Add(time.Hour), "own")
	play(harbour, []string{"ships", "own"}, review.ModePractice, day(-2), "ships")
	play(short, nil, review.ModeQuiz, day(-2).Add(-time.Hour), "capital", "martial-law")

	logs := []review.Log{
		{QuizID: harbour.ID, QuestionID: "signed", Mode: review.ModeReview, Rating: fsrs.Good, Score: 1, Correct: true, At: at.Add(-time.Hour)},
		{QuizID: harbour.ID, QuestionID: "ships", Mode: review.ModeReview, Rating: fsrs.Again, At: at.Add(-2 * time.Hour)},
		{QuizID: harbour.ID, QuestionID: "mayor", Mode: review.ModeReview, Rating: fsrs.Good, Score: 1, Correct: true, At: day(-1).Add(-time.Hour)},
		{QuizID: harbour.ID, QuestionID: "ships", Mode: review.ModeQuiz, Rating: fsrs.Good, Score: 1, Correct: true, At: day(-1)},
	}
	for i, l := range logs {
		l.ID = fmt.Sprintf("%d-seed%d", l.At.UnixMilli(), i)
		put(store.LogKey(l.ID), map[string]any{"log": l})
	}

	// A card whose question left its quiz: retired, not counted.
	retired := review.Card{QuizID: short.ID, QuestionID: "removed", Hash: "gone", FSRS: fsrs.Card{State: fsrs.Review, Due: day(-9)}, Retired: day(-1)}
	cards := []review.Card{
		{QuizID: harbour.ID, QuestionID: "ships", Fact: "count", FSRS: fsrs.Card{State: fsrs.Relearning, Due: at.Add(-time.Hour), Stability: 1, Difficulty: 6}},
		{QuizID: harbour.ID, QuestionID: "mayor", Fact: "leader", FSRS: fsrs.Card{State: fsrs.Learning, Due: at.Add(time.Hour), Stability: 1, Difficulty: 5}},
		{QuizID: harbour.ID, QuestionID: "signed", Fact: "date", FSRS: fsrs.Card{State: fsrs.Review, Due: day(2), Stability: 3, Difficulty: 5}},
		{QuizID: harbour.ID, QuestionID: "own", FSRS: fsrs.Card{State: fsrs.Review, Due: day(40), Stability: 40, Difficulty: 4}},
		retired,
	}
	for _, c := range cards {
		for _, qu := range harbour.Questions {
			if c.QuizID == harbour.ID && qu.ID == c.QuestionID {
				c.Hash = review.Hash(qu) // the question as it is: the page's reconciling leaves the card alone
			}
		}
		c.FSRS.LastReview = day(-1)
		put(store.CardKey(c.QuizID, c.QuestionID), map[string]any{"card": c})
	}
}

// progressFigures is what the charts of the page show, counted in the DOM.
type progressFigures struct {
	ScoreCharts int      `json:"scoreCharts"`
	Points      []int    `json:"points"` // per score chart
	KindBars    int      `json:"kindBars"`
	QBars       int      `json:"qBars"`
	StateBars   int      `json:"stateBars"`
	DueColumns  int      `json:"dueColumns"` // days with a column
	DueSlots    int      `json:"dueSlots"`   // days with a tick label
	Summaries   []string `json:"summaries"`
	Unnamed     []string `json:"unnamed"` // SVGs without role=img and a non-empty title
}

func (p *learnerTab) progressFigures() progressFigures {
	p.t.Helper()
	return eval[progressFigures](p.t, p.ctx, `(() => {
		const n = sel => document.querySelectorAll(sel).length;
		const charts = [...document.querySelectorAll("#scores figure.chart")];
		const unnamed = [...document.querySelectorAll("svg")].filter(s => {
			if (s.closest(".appbar")) return false;
			const id = s.getAttribute("aria-labelledby"), t = id && document.getElementById(id);
			return s.getAttribute("role") !== "img" || !t || t.tagName !== "title" || t.textContent.trim() === "" ||
				s.namespaceURI !== "http://www.w3.org/2000/svg" || [...s.querySelectorAll("*")].some(e => e.namespaceURI !== s.namespaceURI);
		}).map(s => s.outerHTML.slice(0, 120));
		return {
			scoreCharts: charts.length,
			points: charts.map(c => c.querySelectorAll("circle.point").length),
			kindBars: n("#by-kind rect.track"),
			qBars: n("#by-question rect.track"),
			stateBars: n("#card-states rect.track"),
			dueColumns: n("#due-chart rect.column"),
			dueSlots: n("#due-chart text.axis-label") - 2,
			summaries: [...document.querySelectorAll(".chart-summary, .today-stats li, .empty-state")].map(e => e.textContent.trim().replace(/\s+/g, " ")),
			unnamed,
		};
	})()`)
}

// wantSummaries fails for each wanted sentence no summary of the page
// contains.
func wantSummaries(t *testing.T, where string, got []string, want ...string) {
	t.Helper()
	for _, w := range want {
		found := false
		for _, g := range got {
			if strings.Contains(g, w) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no summary says %q; the summaries are:\n%s", where, w, strings.Join(got, "\n"))
		}
	}
}

// progressAudit checks the page at a phone's width, a laptop's, and the
// narrowest phone's (320 px: nothing wider than the screen), in light and
// dark mode, with the tables of numbers open: axe finds no serious
// violation, and no target under 44 px high among the page's own links
// and summaries.
func (p *learnerTab) progressAudit(where string) {
	p.t.Helper()
	eval[bool](p.t, p.ctx, `(document.querySelectorAll("details.chart-data").forEach(d => d.open = true), true)`)
	for _, dark := range []bool{false, true} {
		scheme := "light"
		if dark {
			scheme = "dark"
		}
		p.colorScheme(scheme)
		for _, w := range []int64{320, 390, 1280} {
			do(p.t, p.ctx, 10*time.Second, chromedp.EmulateViewport(w, 900))
			at := fmt.Sprintf("%s at %d px, %s mode", where, w, scheme)
			if w == 320 {
				if over := eval[int](p.t, p.ctx, `document.documentElement.scrollWidth - window.innerWidth`); over > 0 {
					p.t.Errorf("%s: the page is %d px wider than the screen", at, over)
				}
				continue
			}
			noAxeViolations(p.t, p.ctx, at)
			small := eval[[]string](p.t, p.ctx, `[...document.querySelectorAll("main a, main summary")]
				.filter(e => e.getBoundingClientRect().height < 44).map(e => e.textContent.trim())`)
			for _, s := range small {
				p.t.Errorf("%s: a target under 44 px high: %q", at, s)
			}
		}
	}
	p.colorScheme("light")
	do(p.t, p.ctx, 10*time.Second, chromedp.EmulateViewport(1280, 900))
}

// colorScheme makes the page see the learner's system in light or dark mode.
func (p *learnerTab) colorScheme(scheme string) {
	p.t.Helper()
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}}); err != nil {
		p.t.Fatalf("emulating %s mode: %v", scheme, err)
	}
}

// TestProgressCharts seeds a known history, in the learner's time zone
// (Tokyo) and at noon by the app's clock, and checks the Progress page of
// every quiz, of one quiz and of a quiz never played: the number of points
// and bars of each chart, their sentences, that a prompt with markup stays
// text, no console error, and axe at 390 and 1280 px in light and dark mode.
func TestProgressCharts(t *testing.T) {
	harbour := loadQuiz(t, filepath.Join(repoRoot, "quiz", "e2e", "testdata", "progress.yaml"))
	short := shortQuiz(t)
	srv := startServer(t, questionsDir(t, "progress.yaml", "short.yaml", "quick-picks.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")

	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	real := time.Now()
	y, m, d := real.In(tokyo).Date()
	at := time.Date(y, m, d, 12, 0, 0, 0, tokyo)
	if _, err := chromedp.Call(ctx, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "Asia/Tokyo"}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: fmt.Sprintf("window.factquizClockOffsetMS = %d;", at.Sub(real).Milliseconds())}); err != nil {
		t.Fatal(err)
	}

	// A quiz never played: plain words, no chart.
	p.open(srv.URL + "/progress/quick-picks")
	p.untilText("#progress-title", "Progress: Quick picks")
	f := p.progressFigures()
	if f.ScoreCharts != 0 || f.KindBars+f.QBars+f.StateBars+f.DueColumns != 0 {
		t.Errorf("a quiz never played shows charts: %+v", f)
	}
	wantSummaries(t, "never played", f.Summaries,
		"No full attempt yet: take a quiz to see your scores here.",
		"No answer yet",
		"No review card yet",
		"0 day streak: answer a question today to start one.",
		"0 reviews done today.",
	)
	if got := p.activeID(); got != "progress-title" {
		t.Errorf("focus on %q after the page loaded, want the heading", got)
	}

	progressHistory(t, p, harbour, short, at)

	// Every quiz.
	p.open(srv.URL + "/progress")
	p.untilText("#progress-title", "Your progress")
	p.until(`!!document.querySelector("#due-chart")`, "the charts")
	f = p.progressFigures()
	if f.ScoreCharts != 2 || fmt.Sprint(f.Points) != "[3 1]" {
		t.Errorf("every quiz: %d score charts with %v points, want 2 with [3 1] (harbour's 3 full attempts, played last, then short's 1)", f.ScoreCharts, f.Points)
	}
	if got := p.texts("#scores figcaption"); fmt.Sprint(got) != "[Harbour treaty Short quiz]" {
		t.Errorf("score charts are captioned %q, want the quizzes' titles", got)
	}
	if f.KindBars != 4 || f.QBars != 4 || f.StateBars != 4 || f.DueColumns != 2 || f.DueSlots != 3 {
		t.Errorf("every quiz: %d kind bars (want 4: dates, leaders, counts, hand-written), %d question bars (want 4 missed), %d state bars (want 4), %d due days (want 2), %d day labels (want 3: today, in 10 and in 20 days)",
			f.KindBars, f.QBars, f.StateBars, f.DueColumns, f.DueSlots)
	}
	wantSummaries(t, "every quiz", f.Summaries,
		"3 full attempts from "+at.AddDate(0, 0, -5).Format("2 Jan")+" to "+at.AddDate(0, 0, -1).Format("2 Jan")+": first 50%, last 75%, best 75%.",
		"1 full attempt, on "+at.AddDate(0, 0, -2).Format("2 Jan")+": 67%.",
		"From 21 answers. Best known: Dates (4 of 4 right, 100%). Least known: Hand-written (3 of 8 right, 38%).",
		"The 4 questions you answered right least often, weakest first, out of 7 answered; 3 right every time.",
		"4 cards: 0 new, 1 learning, 2 review, 1 relearning.",
		"2 due today (overdue ones included), 1 more in the next 29 days, 1 later.",
		"4 day streak: days in a row on which you answered questions.",
		"2 reviews done today.",
		"1 card due now.",
	)
	if got := p.texts("#by-question tbody tr td:nth-child(3)"); len(got) != 4 || got[0] != "How many ceasefire agreements have been negotiated so far?" ||
		got[1] != harbour.Questions[3].Prompt {
		t.Errorf("weakest questions' prompts: %q, want the ceasefires question then harbour's own one, as text", got)
	}
	if days, counts := p.texts("#due-chart tbody th"), p.texts("#due-chart tbody td"); fmt.Sprint(days) != "[Today "+at.AddDate(0, 0, 2).Format("Mon 2 Jan")+" Later]" ||
		fmt.Sprint(counts) != "[2 1 1]" {
		t.Errorf("due table: days %q with %q cards, want today 2, in two days 1, later 1", days, counts)
	}
	if p.exists("main img, main b") || p.eval(`String(window.progressXSS)`) != "undefined" {
		t.Errorf("a prompt's markup became elements on the progress page")
	}
	if unnamed := p.progressFigures().Unnamed; len(unnamed) > 0 {
		t.Errorf("charts without an SVG image role and title, or with children outside the SVG namespace: %q", unnamed)
	}
	p.progressAudit("progress of every quiz")

	// One quiz, reached by its link (the same page component, navigated):
	// its own figures only.
	eval[bool](t, ctx, fmt.Sprintf(`(document.querySelector(".progress-nav a[href='/progress/%s']").click(), true)`, harbour.ID))
	p.untilText("#progress-title", "Progress: Harbour treaty")
	if got := p.eval(`document.title`); !strings.HasPrefix(got, "Harbour treaty · Progress · Factquiz") {
		t.Errorf("the page title is %q, want it to name the quiz", got)
	}
	p.until(`!!document.querySelector("#due-chart")`, "the charts")
	f = p.progressFigures()
	if f.ScoreCharts != 1 || fmt.Sprint(f.Points) != "[3]" || f.KindBars != 4 || f.QBars != 4 || f.StateBars != 4 || f.DueColumns != 2 {
		t.Errorf("harbour: %+v; want 1 score chart of 3 points, 4 kind bars, 4 question bars, 4 state bars, 2 due days", f)
	}
	wantSummaries(t, "harbour", f.Summaries,
		"From 18 answers. Best known: Dates (4 of 4 right, 100%). Least known: Hand-written (1 of 5 right, 20%).",
		"4 questions answered; 1 right every time.",
		"4 day streak: days in a row on which you answered questions.",
		"2 reviews done today.",
	)
	if got := p.texts("#by-question text.bar-label"); len(got) != 4 || !strings.HasPrefix(got[0], "1. When did the two councils") ||
		!strings.HasPrefix(got[3], "4. The port office called the") || !strings.HasSuffix(got[3], "…") || len([]rune(got[3])) > 34 {
		t.Errorf("harbour's bars are labelled %q, want each question's number and the start of its prompt", got)
	}
	if got := p.texts("#by-question tbody tr th"); fmt.Sprint(got) != "[Question 1 Question 2 Question 3 Question 4]" {
		t.Errorf("harbour's question table rows %q, want the 4 questions in quiz order", got)
	}
	p.progressAudit("progress of one quiz")
	noConsoleErrors(t, ctx)
}
