package e2e

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
)

// karabakhPlan is how the tests answer questions/karabakh.yaml: the texts
// of the choices to pick, "True"/"False", or what to type. Some are
// right, some wrong, some partly right; every widget is used, and the
// numbers are typed as a word and as digits. What each earns is worked
// out from the file with quiz.Grade, not written here.
var karabakhPlan = map[string][]string{
	"clashes-erupted":        {"September 27"},
	"putin-office":           {"Prime Minister of Russia"},
	"turkey-president":       {"erdogan"},
	"armenia-prime-minister": {"Nikol Pashinyan"},
	"aliyev-office":          {"President of Armenia"},
	"phone-talks-dates":      {"November 1"},
	"ceasefire-count":        {"three"},
	"adjacent-territories":   {"8"},
	"conflict-began":         {"February 1988"},
	"war-years":              {"1993"},
	"flare-ups":              {"The summer of 2014", "April 2016", "This past July"},
	"martial-law":            {"True"},
	"no-civilian-casualties": {"True"},
	"erdogan-yerevan":        {"Yerevan"},
	"populated-by":           {"Azerbaijanis"},
	"kremlin-informed":       {"False"},
	"truce-violations":       {"True"},
	"withdrawal-from":        {"The Soviet Union"},
	"peace-leaders":          {"Vladimir Putin", "Ilham Aliyev"},
}

func karabakhQuiz(t testing.TB) *quiz.Quiz {
	t.Helper()
	requireBuild(t)
	q := loadQuiz(t, filepath.Join(repoRoot, "questions", "karabakh.yaml"))
	for _, qu := range q.Questions {
		if _, ok := karabakhPlan[qu.ID]; !ok {
			t.Fatalf("karabakhPlan has no answer to %s", qu.ID)
		}
	}
	return q
}

// missedRow is one question of the results' missed list.
type missedRow struct {
	Prompt, Given, Correct string
}

// TestQuizKarabakhFullRun takes the whole Karabakh quiz with the mouse,
// some answers right, some wrong, some partly right, through every widget
// (radio, checkbox, true/false, text, number as a word and as digits). It
// checks every question's progress, verdict, right answer, explanation
// and evidence; at the end the exact score, percentage, time taken and
// the missed questions with the learner's and the right answers; then
// "Retry the missed questions" plays exactly those, in order.
func TestQuizKarabakhFullRun(t *testing.T) {
	q := karabakhQuiz(t)
	srv := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	// Missed questions do not come back: the plan is played once through
	// (TestQuizMissedQuestionComesBack plays them coming back).
	p.noRequeue(srv.URL)

	started := time.Now()
	p.startQuiz(srv.URL, q)
	total := len(q.Questions)
	score := 0.0
	var missed []missedRow
	var missedIDs []string
	widgets := map[string]bool{}
	for i := range total {
		qu := p.current(q)
		if qu.ID != q.Questions[i].ID {
			t.Fatalf("question %d is %s, want %s (the author's order)", i+1, qu.ID, q.Questions[i].ID)
		}
		if got, want := p.text("#progress-text"), fmt.Sprintf("%d of %d", i+1, total); got != want {
			t.Errorf("%s: progress %q, want %q", qu.ID, got, want)
		}
		// The bar counts the questions done: not the current one before Check.
		if got := p.eval(`String(document.getElementById("progress").value) + "/" + document.getElementById("progress").max`); got != fmt.Sprintf("%d/%d", i, total) {
			t.Errorf("%s: <progress> is %s before Check, want %d/%d", qu.ID, got, i, total)
		}
		give := karabakhPlan[qu.ID]
		switch qu.Type {
		case quiz.Single, quiz.Multiple, quiz.TrueFalse:
			widgets[string(qu.Type)+" "+p.eval(`document.querySelector(".choices input").type`)] = true
		default:
			widgets[string(qu.Type)+" "+p.eval(`document.getElementById("answer").type`)] = true
		}
		if qu.Type == quiz.Single || qu.Type == quiz.Multiple {
			labels := p.choiceLabels()
			if len(labels) != len(qu.Choices) {
				t.Errorf("%s: %d choices on screen, want %d", qu.ID, len(labels), len(qu.Choices))
			}
		}
		p.answer(qu, give)
		p.check()

		res := quiz.Grade(qu, responseTo(t, qu, give))
		score += res.Score
		if got, want := p.text("#verdict"), wantVerdict(res); got != want {
			t.Errorf("%s: answered %q: verdict %q, want %q", qu.ID, give, got, want)
		}
		gotRight := p.text("#correct-answer")
		if res.Correct {
			if gotRight != "" {
				t.Errorf("%s: answered right but the page still gives the answer %q", qu.ID, gotRight)
			}
		} else {
			if want := oneLine(qu.CorrectAnswer()); gotRight != want {
				t.Errorf("%s: the answer shown is %q, want %q", qu.ID, gotRight, want)
			}
			missedIDs = append(missedIDs, qu.ID)
			missed = append(missed, missedRow{Prompt: oneLine(qu.Prompt), Given: oneLine(attempt.DescribeResponse(qu, responseTo(t, qu, give))), Correct: oneLine(qu.CorrectAnswer())})
		}
		if got, want := p.text("#feedback .explanation"), oneLine(qu.Explanation); got != want {
			t.Errorf("%s: explanation %q, want %q", qu.ID, got, want)
		}
		if got, want := p.text("#evidence"), oneLine(qu.Evidence); got != want {
			t.Errorf("%s: evidence %q, want %q", qu.ID, got, want)
		}
		// After checking the widget is frozen and the picked choices stay shown.
		if qu.Type == quiz.Single || qu.Type == quiz.Multiple || qu.Type == quiz.TrueFalse {
			if got := p.eval(`String([...document.querySelectorAll(".choices input")].every(i => i.disabled))`); got != "true" {
				t.Errorf("%s: the choices can still be changed after checking", qu.ID)
			}
			if got := strings.Join(p.pickedLabels(), "|"); got != strings.Join(sortedLike(p.choiceLabels(), give), "|") {
				t.Errorf("%s: picked %q after checking, want %q", qu.ID, got, give)
			}
		}
		if want := "Next question"; i == total-1 {
			if got := p.text("#next"); got != "See results" {
				t.Errorf("the last question's button says %q, want %q", got, "See results")
			}
		} else if got := p.text("#next"); got != want {
			t.Errorf("%s: the button says %q, want %q", qu.ID, got, want)
		}
		p.next()
	}
	elapsed := time.Since(started)
	for _, w := range []string{"single radio", "multiple checkbox", "truefalse radio", "text text", "number text"} {
		if !widgets[w] {
			t.Errorf("no question was played with the widget %q (played: %v)", w, widgets)
		}
	}

	// The results.
	p.untilText("#results-title", "Results: "+q.Title)
	wantPercent := int(score/float64(total)*100 + 0.5)
	if score == float64(total) || score == 0 || len(missed) == 0 {
		t.Fatalf("the plan should score some but not all: %v of %d", score, total)
	}
	if got, want := p.text("#score"), quiz.FormatNumber(score)+" out of "+strconv.Itoa(total); got != want {
		t.Errorf("score %q, want %q", got, want)
	}
	if got, want := p.text("#percent"), fmt.Sprintf("%d%%", wantPercent); got != want {
		t.Errorf("percentage %q, want %q", got, want)
	}
	dur := p.text("#duration")
	m := regexp.MustCompile(`^Time taken: (?:(\d+) min )?(\d+) s$`).FindStringSubmatch(dur)
	if m == nil {
		t.Errorf("time taken %q, want \"Time taken: N s\"", dur)
	} else {
		mins, _ := strconv.Atoi(m[1])
		secs, _ := strconv.Atoi(m[2])
		d := time.Duration(mins*60+secs) * time.Second
		if d < time.Second || d > elapsed+time.Second {
			t.Errorf("time taken %s, but the test played for %s", d, elapsed.Round(time.Second))
		}
	}
	if got := p.activeID(); got != "results-title" {
		t.Errorf("focus is on %q after the last question, want the results heading", got)
	}
	var rows []missedRow
	for _, li := range eval[[][]string](t, ctx, `[...document.querySelectorAll(".missed-question")].map(li => [...li.querySelectorAll("p")].map(p => p.textContent.trim().replace(/\s+/g, " ")))`) {
		if len(li) < 3 {
			t.Fatalf("a missed question shows %q", li)
		}
		rows = append(rows, missedRow{Prompt: li[0], Given: strings.TrimPrefix(li[1], "Your answer: "), Correct: strings.TrimPrefix(li[2], "The answer: ")})
	}
	if fmt.Sprint(rows) != fmt.Sprint(missed) {
		t.Errorf("missed questions:\n got %+v\nwant %+v", rows, missed)
	}
	if got, want := p.text("#retry-missed"), fmt.Sprintf("Retry the %d missed questions", len(missed)); got != want {
		t.Errorf("retry button %q, want %q", got, want)
	}

	// Retry the missed ones: exactly those, in the same order, all right now.
	p.click("retry-missed")
	p.untilText("#progress-text", fmt.Sprintf("1 of %d", len(missedIDs)))
	p.until(`document.activeElement && document.activeElement.id === "question-prompt"`, "the focus on the first retried question")
	for i, id := range missedIDs {
		qu := p.current(q)
		if qu.ID != id {
			t.Fatalf("retry question %d is %s, want %s", i+1, qu.ID, id)
		}
		if got, want := p.text("#progress-text"), fmt.Sprintf("%d of %d", i+1, len(missedIDs)); got != want {
			t.Errorf("retry %s: progress %q, want %q", id, got, want)
		}
		p.answer(qu, rightAnswer(t, qu))
		p.check()
		if got := p.text("#verdict"); got != "Right!" {
			t.Errorf("retry %s: verdict %q", id, got)
		}
		p.next()
	}
	p.untilText("#results-title", "Results")
	if got, want := p.text("#score"), fmt.Sprintf("%d out of %d", len(missedIDs), len(missedIDs)); got != want {
		t.Errorf("retry score %q, want %q", got, want)
	}
	if got := p.text("#percent"); got != "100%" {
		t.Errorf("retry percentage %q", got)
	}
	if p.exists(".missed-question") || p.exists("#retry-missed") {
		t.Errorf("all right, yet the results list missed questions")
	}
	if got := p.text(".all-right"); got != "You answered every question right." {
		t.Errorf("all-right message %q", got)
	}
	noConsoleErrors(t, ctx)
}

// sortedLike orders the texts of want as they appear in order.
func sortedLike(order, want []string) []string {
	var out []string
	for _, o := range order {
		for _, w := range want {
			if o == w {
				out = append(out, o)
			}
		}
	}
	return out
}

// TestQuizResumeAfterReload reloads in the middle of the Karabakh quiz:
// the attempt resumes at the same question, with its feedback when it had
// been checked, the choices in the same shuffled order and the answer
// still picked; unchecked, it comes back ready to answer. After the last
// question, a reload shows the attempt in the quiz's history and the home
// card shows the best score and when it was last played.
func TestQuizResumeAfterReload(t *testing.T) {
	q := karabakhQuiz(t)
	srv := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	total := len(q.Questions)
	p.noRequeue(srv.URL) // question 2 is missed, and stays question 2 of total

	p.startQuiz(srv.URL, q)
	q1 := p.current(q)
	p.answer(q1, rightAnswer(t, q1))
	p.check()
	p.next()

	// Question 2 checked (wrong), then reloaded.
	q2 := p.current(q)
	if q2.Type != quiz.Single {
		t.Fatalf("question 2 is a %s question; the test wants a choice question", q2.Type)
	}
	order := p.choiceLabels()
	wrong := wrongAnswer(t, q2)
	p.answer(q2, wrong)
	p.check()
	p.reload()
	p.untilText("#progress-text", fmt.Sprintf("2 of %d", total))
	if got := p.current(q); got.ID != q2.ID {
		t.Fatalf("resumed at %s, want %s", got.ID, q2.ID)
	}
	p.until(`!!document.getElementById("verdict")`, "the feedback of the checked question after the reload")
	if got := p.text("#verdict"); got != "Wrong." {
		t.Errorf("verdict after reload %q", got)
	}
	if got := p.text("#correct-answer"); got != q2.CorrectAnswer() {
		t.Errorf("answer after reload %q, want %q", got, q2.CorrectAnswer())
	}
	if got := p.text("#evidence"); got != oneLine(q2.Evidence) {
		t.Errorf("evidence after reload %q", got)
	}
	if got := p.choiceLabels(); fmt.Sprint(got) != fmt.Sprint(order) {
		t.Errorf("choices after reload in the order %q, before %q", got, order)
	}
	if got := p.pickedLabels(); fmt.Sprint(got) != fmt.Sprint(wrong) {
		t.Errorf("picked after reload %q, want %q", got, wrong)
	}
	if !p.exists("#next") || p.exists("#check") {
		t.Errorf("after the reload the checked question does not offer Next")
	}
	p.next()

	// Question 3 answered but not checked, then reloaded: it comes back
	// unchecked with the answer given (kept as the attempt's draft), and
	// can be checked.
	q3 := p.current(q)
	p.answer(q3, rightAnswer(t, q3))
	p.reload()
	p.untilText("#progress-text", fmt.Sprintf("3 of %d", total))
	if got := p.current(q); got.ID != q3.ID {
		t.Fatalf("resumed at %s, want %s", got.ID, q3.ID)
	}
	if p.exists("#verdict") || !p.exists("#check") {
		t.Errorf("an unchecked question came back checked")
	}
	p.until(`document.activeElement && document.activeElement.id === "question-prompt"`, "the focus on the resumed question")
	switch give := rightAnswer(t, q3); q3.Type {
	case quiz.Text, quiz.Number:
		if got := p.eval(`(document.getElementById("answer") || {}).value || ""`); got != give[0] {
			t.Errorf("after the reload the answer field holds %q, want the draft %q", got, give[0])
		}
	default:
		if got := p.pickedLabels(); len(got) != len(give) {
			t.Errorf("after the reload the picked choices are %q, want the draft %q", got, give)
		}
	}
	p.check()
	p.next()
	p.playRight(q)

	// One wrong of total: the score the results, history and card agree on.
	wantPercent := int(float64(total-1)/float64(total)*100 + 0.5)
	if got, want := p.text("#score"), fmt.Sprintf("%d out of %d", total-1, total); got != want {
		t.Errorf("score %q, want %q", got, want)
	}
	p.reload()
	p.untilText("#quiz-title", q.Title)
	if p.exists("#progress-text") {
		t.Errorf("a finished attempt resumed after the reload")
	}
	rows := p.historyRows()
	if want := fmt.Sprintf("%d / %d (%d%%)", total-1, total, wantPercent); len(rows) != 1 || rows[0] != want {
		t.Errorf("history %q, want one attempt %q", rows, want)
	}
	if got := p.text("#history tbody tr td:first-child"); got != "just now" {
		t.Errorf("history says the attempt was %q", got)
	}
	p.open(srv.URL + "/")
	p.untilText(".card .stats", "best")
	// The missed question's review may be due by now (.due): not compared.
	stats := p.texts(".card .stats span:not(.due)")
	if want := []string{fmt.Sprintf("%d questions", total), fmt.Sprintf("best %d%%", wantPercent), fmt.Sprintf("last %d%%", wantPercent), "last played just now"}; fmt.Sprint(stats) != fmt.Sprint(want) {
		t.Errorf("home card %q, want %q", stats, want)
	}
	noConsoleErrors(t, ctx)
}

// selectMatch chooses, in the select of item i of a matching question, the
// partner with the given text, as a learner does with the mouse.
func (p *learnerTab) selectMatch(i int, match string) {
	p.t.Helper()
	ok := eval[bool](p.t, p.ctx, fmt.Sprintf(`(() => {
		const s = document.getElementById("match-%d");
		const o = s && [...s.options].find(o => o.textContent === %q);
		if (!o) return false;
		s.focus();
		s.value = o.value;
		s.dispatchEvent(new Event("input", {bubbles: true}));
		s.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`, i, match))
	if !ok {
		p.t.Fatalf("no partner %q in select %d", match, i)
	}
}

// TestQuizMatching plays two matching questions in a row (the second one
// reuses the first one's selects): every partner chosen stays chosen and
// counts, the first question is right, the second partly right, and the
// results give the score with its partial credit.
func TestQuizMatching(t *testing.T) {
	requireBuild(t)
	q := loadQuiz(t, filepath.Join(repoRoot, "quiz", "e2e", "testdata", "matching.yaml"))
	srv := startServer(t, questionsDir(t, "matching.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.noRequeue(srv.URL) // the partly right question 2 does not come back
	p.startQuiz(srv.URL, q)

	score := 0.0
	for qi := range q.Questions {
		qu := p.current(q)
		if got := p.texts(".matching label"); len(got) != len(qu.Pairs) {
			t.Fatalf("%s: items %q", qu.ID, got)
		}
		var r quiz.Response
		var chosen []string
		for i, pair := range qu.Pairs {
			want := pair.Match
			if qi == 1 && i == len(qu.Pairs)-1 {
				want = qu.Pairs[0].Match // the last one wrong
			}
			p.selectMatch(i, want)
			chosen = append(chosen, want)
			for j, pj := range qu.Pairs {
				if pj.Match == want {
					r.Matches = append(r.Matches, j)
					break
				}
			}
		}
		shown := eval[[]string](t, ctx, `[...document.querySelectorAll(".matching select")].map(s => s.options[s.selectedIndex].textContent)`)
		if fmt.Sprint(shown) != fmt.Sprint(chosen) {
			t.Errorf("%s: the selects show %q, chosen %q", qu.ID, shown, chosen)
		}
		p.check()
		res := quiz.Grade(qu, r)
		score += res.Score
		if got, want := p.text("#verdict"), wantVerdict(res); got != want {
			t.Errorf("%s: verdict %q, want %q", qu.ID, got, want)
		}
		if qi == 0 && !res.Correct || qi == 1 && res.Correct {
			t.Fatalf("%s: the test meant question 1 right and question 2 wrong: %+v", qu.ID, res)
		}
		shown = eval[[]string](t, ctx, `[...document.querySelectorAll(".matching select")].map(s => s.options[s.selectedIndex].textContent)`)
		if fmt.Sprint(shown) != fmt.Sprint(chosen) {
			t.Errorf("%s: after checking the selects show %q, chosen %q", qu.ID, shown, chosen)
		}
		if qi == 1 {
			p.audit("feedback of a matching question")
		}
		p.next()
	}
	p.untilText("#results-title", "Results")
	wantScore := quiz.FormatNumber(float64(int(score*10+0.5)) / 10)
	if got, want := p.text("#score"), wantScore+" out of 2"; got != want {
		t.Errorf("score %q, want %q", got, want)
	}
	if got, want := p.text("#percent"), fmt.Sprintf("%d%%", int(score/2*100+0.5)); got != want {
		t.Errorf("percentage %q, want %q", got, want)
	}
	noConsoleErrors(t, ctx)
}
