package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"factquiz/quiz/progress"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ProgressPage is /progress (every quiz) and /progress/<quizID> (one
// quiz): the day streak and today's reviews, the score of each full
// attempt over time, accuracy by fact kind and by question, review cards
// by state and the reviews due over the next 30 days, each chart with a
// sentence and a table of its numbers. Everything comes from this
// browser's storage; nothing is prerendered but the heading.
type ProgressPage struct {
	app.Compo

	quizID string
	loaded bool
	// title is the quiz's title (one quiz), from its file or, when the
	// file is gone, its latest attempt.
	title   string
	known   bool // the quiz is in the catalog
	quizzes []quizFile
	// listed are every quiz of the catalog, read or only listed in the
	// index: a quiz never played is not read, but has its title there.
	listed []quizFile
	report progress.Report
	loc    *time.Location

	stopListening func()
}

func (p *ProgressPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Progress · Factquiz")
	p.quizID = strings.TrimPrefix(strings.TrimPrefix(routePath(ctx), "/progress"), "/")
	p.loaded, p.title, p.known = false, "", false
	if app.IsServer {
		return
	}
	ctx.Page().SetTitle(dueTitle("Progress · Factquiz"))
	id := p.quizID
	ctx.Async(func() {
		// The files of the quizzes with review cards or results: the
		// others have nothing to chart.
		played := map[string]bool{}
		for _, a := range learnerStore().AllAttempts() {
			played[a.QuizID] = true
		}
		c := loadForCards(played)
		ctx.Dispatch(func(ctx app.Context) {
			if id != p.quizID {
				return // the learner navigated on meanwhile
			}
			// Cards follow the question files before they are counted
			// (a changed question starts again, a removed one retires).
			reconcileCards(c)
			p.quizzes, p.listed = c.Read(), c.Files
			p.build()
			p.loaded = true
			if p.quizID != "" {
				// Set in the browser only, never prerendered: the title is
				// the quiz file's text.
				ctx.Page().SetTitle(dueTitle(p.title + " · Progress · Factquiz"))
			}
			ctx.Defer(func(app.Context) { focusElement("progress-title") })
		})
	})
}

// OnMount keeps the charts current while another tab plays or reviews.
func (p *ProgressPage) OnMount(ctx app.Context) {
	p.stopListening = listenStorage(ctx, func(ctx app.Context) {
		if p.loaded {
			p.build()
		}
	})
}

func (p *ProgressPage) OnDismount() {
	if p.stopListening != nil {
		p.stopListening()
	}
}

// build computes the charts' figures from storage and the catalog.
func (p *ProgressPage) build() {
	s := learnerStore()
	h := progress.History{Attempts: s.AllAttempts(), Cards: s.Cards(), Logs: s.Logs()}
	for _, f := range p.quizzes {
		if f.Quiz != nil {
			h.Quizzes = append(h.Quizzes, f.Quiz)
		}
	}
	h = h.ForQuiz(p.quizID)
	p.loc = time.Local
	p.report = progress.Build(h, now(), p.loc)
	p.title, p.known = "", false
	if p.quizID == "" {
		return
	}
	for _, f := range p.listed {
		if f.ID == p.quizID && f.Quiz != nil {
			p.title, p.known = f.Quiz.Title, true
		}
	}
	for _, a := range h.Attempts { // newest first
		if p.title == "" && a.QuizTitle != "" {
			p.title = a.QuizTitle
		}
	}
	if p.title == "" {
		p.title = p.quizID
	}
}

// quizTitle is the title of a quiz of the catalog, or fallback.
func (p *ProgressPage) quizTitle(id, fallback string) string {
	for _, f := range p.quizzes {
		if f.ID == id && f.Quiz != nil && f.Quiz.Title != "" {
			return f.Quiz.Title
		}
	}
	if fallback != "" {
		return fallback
	}
	return id
}

func (p *ProgressPage) Render() app.UI {
	heading := "Your progress"
	if p.quizID != "" {
		heading = "Progress"
		if p.loaded {
			heading = "Progress: " + p.title
		}
	}
	return page("progress",
		app.H1().ID("progress-title").TabIndex(-1).Text(heading),
		app.If(!p.loaded, func() app.UI {
			return app.P().Class("muted").Attr("role", "status").Text("Loading your progress…")
		}).Else(func() app.UI {
			return app.Div().Body(
				p.renderNav(),
				p.renderToday(),
				p.renderScores(),
				p.renderByKind(),
				p.renderByQuestion(),
				p.renderStates(),
				p.renderDue(),
			)
		}),
	)
}

// renderNav links the quiz and the other progress pages.
func (p *ProgressPage) renderNav() app.UI {
	if p.quizID != "" {
		return app.Nav().Class("progress-nav").Aria("label", "Progress pages").Body(
			app.Ul().Body(
				app.Li().Body(app.A().Href(appPath("/progress")).Text("Progress of every quiz")),
				app.If(p.known, func() app.UI {
					return app.Li().Body(app.A().Href(quizPath(p.quizID)).Text("Back to the quiz"))
				}),
			),
			app.If(!p.known, func() app.UI {
				return app.P().Class("muted").Text("This quiz is not in your list any more; what you did in it is kept.")
			}),
		)
	}
	var playable []quizFile
	for _, f := range p.quizzes {
		if f.Quiz != nil {
			playable = append(playable, f)
		}
	}
	if len(playable) == 0 {
		return app.Text("")
	}
	return app.Nav().Class("progress-nav").Aria("label", "Progress of one quiz").Body(
		app.P().Text("The progress of one quiz:"),
		app.Ul().Body(app.Range(playable).Slice(func(i int) app.UI {
			f := playable[i]
			return app.Li().Body(app.A().Href(appPath("/progress/" + f.ID)).Text(f.Quiz.Title))
		})),
	)
}

// renderToday is the streak, today's reviews and the cards due now.
func (p *ProgressPage) renderToday() app.UI {
	r := p.report
	streak := ": answer a question today to start one."
	if r.Streak > 0 {
		streak = ": days in a row on which you answered questions."
	}
	return app.Section().Class("progress-today").Aria("labelledby", "today-title").Body(
		app.H2().ID("today-title").Text("Today"),
		app.Ul().Class("today-stats").Body(
			app.Li().ID("streak").Body(
				app.Span().Class("stat-figure").Text(strconv.Itoa(r.Streak)),
				app.Span().Class("stat-words").Text(" day streak"+streak)),
			app.Li().ID("reviews-today").Body(
				app.Span().Class("stat-figure").Text(strconv.Itoa(r.ReviewsToday)),
				app.Span().Class("stat-words").Text(" "+noun(r.ReviewsToday, "review", "reviews")+" done today.")),
			app.Li().ID("due-now").Body(
				app.Span().Class("stat-figure").Text(strconv.Itoa(r.DueNow)),
				app.Span().Class("stat-words").Text(" "+noun(r.DueNow, "card", "cards")+" due now. "),
				app.If(r.DueNow > 0, func() app.UI { return app.A().Href(appPath("/review")).Text("Review now") }),
			),
		),
	)
}

// section is a part of the page with its heading.
func progressSection(id, title string, body ...app.UI) app.UI {
	return app.Section().ID(id).Class("progress-section").Aria("labelledby", id+"-heading").Body(
		append([]app.UI{app.H2().ID(id + "-heading").Text(title)}, body...)...)
}

// empty is a section's sentence when it has nothing to draw.
func progressEmpty(id, text string) app.UI {
	return app.P().ID(id).Class("empty-state").Text(text)
}

func (p *ProgressPage) renderScores() app.UI {
	series := p.report.Scores
	if len(series) == 0 {
		return progressSection("scores", "Scores of full attempts",
			progressEmpty("scores-empty", "No full attempt yet: take a quiz to see your scores here. Retries and practice are not counted as scores."))
	}
	charts := make([]app.UI, len(series))
	for i, s := range series {
		title := p.quizTitle(s.QuizID, s.Title)
		id := "scores-" + strconv.Itoa(i+1)
		points := make([]LinePoint, len(s.Points))
		rows := make([][]string, len(s.Points))
		best := 0
		for j, pt := range s.Points {
			points[j] = LinePoint{Label: chartDate(pt.At, p.loc), Percent: pt.Percent}
			rows[j] = []string{chartDateTime(pt.At, p.loc), fmt.Sprintf("%s of %d", formatScore(pt.Score), pt.Max), strconv.Itoa(pt.Percent) + "%"}
			best = max(best, pt.Percent)
		}
		first, last := s.Points[0], s.Points[len(s.Points)-1]
		summary := fmt.Sprintf("1 full attempt, on %s: %d%%.", chartDate(first.At, p.loc), first.Percent)
		if len(s.Points) > 1 {
			summary = fmt.Sprintf("%d full attempts from %s to %s: first %d%%, last %d%%, best %d%%.",
				len(s.Points), chartDate(first.At, p.loc), chartDate(last.At, p.loc), first.Percent, last.Percent, best)
		}
		chartTitle := "Scores of " + title
		caption := title
		if p.quizID != "" {
			chartTitle, caption = "Scores of full attempts", ""
		}
		charts[i] = &LineChart{ID: id, Title: chartTitle, Caption: caption, Summary: summary, Points: points,
			Table: chartTable{Head: []string{"Finished", "Points", "Score"}, Rows: rows}}
	}
	return progressSection("scores", "Scores of full attempts", charts...)
}

func (p *ProgressPage) renderByKind() app.UI {
	kinds := p.report.ByKind
	if len(kinds) == 0 {
		return progressSection("kinds", "Accuracy by kind of fact",
			progressEmpty("kinds-empty", "No answer yet: answer some questions to see which kinds of fact you know best."))
	}
	bars := make([]Bar, len(kinds))
	rows := make([][]string, len(kinds))
	best, worst := kinds[0], kinds[0]
	for i, k := range kinds {
		bars[i] = Bar{Label: k.Label, Value: float64(k.Right), Max: float64(k.Asked), Text: rightOf(k.Right, k.Asked)}
		rows[i] = []string{k.Label, strconv.Itoa(k.Right), strconv.Itoa(k.Asked), strconv.Itoa(k.Percent()) + "%"}
		if k.Right*best.Asked > best.Right*k.Asked {
			best = k
		}
		if k.Right*worst.Asked < worst.Right*k.Asked {
			worst = k
		}
	}
	summary := "From " + plural(p.report.Answers, "answer", "answers") + ". "
	if len(kinds) == 1 || best.Percent() == worst.Percent() {
		summary += fmt.Sprintf("%s: %s.", best.Label, rightText(best.Right, best.Asked))
		if len(kinds) > 1 {
			summary = fmt.Sprintf("From %d answers, every kind %d%% right.", p.report.Answers, best.Percent())
		}
	} else {
		summary += fmt.Sprintf("Best known: %s (%s). Least known: %s (%s).",
			best.Label, rightText(best.Right, best.Asked), worst.Label, rightText(worst.Right, worst.Asked))
	}
	return progressSection("kinds", "Accuracy by kind of fact",
		&BarChart{ID: "by-kind", Title: "Accuracy by kind of fact", Summary: summary, Bars: bars,
			Table: chartTable{Head: []string{"Kind of fact", "Right", "Answered", "Accuracy"}, Rows: rows}})
}

// weakestShown is how many questions the page of every quiz shows.
const weakestShown = 10

func (p *ProgressPage) renderByQuestion() app.UI {
	all := p.report.ByQuestion
	title := "Accuracy by question"
	qs := all
	if p.quizID == "" {
		title = "Questions you miss most"
		qs = progress.Weakest(all, weakestShown)
	}
	if len(all) == 0 {
		return progressSection("questions", title,
			progressEmpty("questions-empty", "No answer yet: the questions you answer show here with how often you got them right."))
	}
	if len(qs) == 0 {
		return progressSection("questions", title,
			progressEmpty("questions-empty", fmt.Sprintf("Every one of the %d questions you answered was right each time.", len(all))))
	}
	bars := make([]Bar, len(qs))
	rows := make([][]string, len(qs))
	always := 0
	for _, q := range all {
		if q.Right == q.Asked {
			always++
		}
	}
	for i, q := range qs {
		// The question's number and the start of its prompt (as text);
		// the table beside the chart has the whole prompt.
		label := clipText(strconv.Itoa(q.Number)+". "+singleLine(q.Prompt), 34)
		if p.quizID == "" {
			label = clipText(p.quizTitle(q.QuizID, ""), 28) + ", " + strings.ToLower(q.Label[:1]) + q.Label[1:]
		}
		bars[i] = Bar{Label: label, Value: float64(q.Right), Max: float64(q.Asked), Text: rightOf(q.Right, q.Asked)}
		rows[i] = []string{q.Label, singleLine(q.Prompt), strconv.Itoa(q.Right), strconv.Itoa(q.Asked), strconv.Itoa(q.Percent()) + "%"}
		if p.quizID == "" {
			rows[i] = append([]string{p.quizTitle(q.QuizID, "")}, rows[i]...)
		}
	}
	head := []string{"Question", "Prompt", "Right", "Answered", "Accuracy"}
	summary := fmt.Sprintf("%s answered; %d right every time.", plural(len(all), "question", "questions"), always)
	if p.quizID == "" {
		head = append([]string{"Quiz"}, head...)
		summary = fmt.Sprintf("The %s you answered right least often, weakest first, out of %d answered; %d right every time.",
			plural(len(qs), "question", "questions"), len(all), always)
	}
	return progressSection("questions", title,
		&BarChart{ID: "by-question", Title: title, Summary: summary, Bars: bars, Table: chartTable{Head: head, Rows: rows}})
}

func (p *ProgressPage) renderStates() app.UI {
	states := p.report.States
	total := 0
	for _, s := range states {
		total += s.N
	}
	if total == 0 {
		return progressSection("states", "Review cards by state",
			progressEmpty("states-empty", "No review card yet: every question you answer becomes a card that comes back for review."))
	}
	bars := make([]Bar, len(states))
	rows := make([][]string, len(states))
	var words []string
	for i, s := range states {
		bars[i] = Bar{Label: s.Label, Value: float64(s.N), Max: float64(total), Text: plural(s.N, "card", "cards")}
		rows[i] = []string{s.Label, strconv.Itoa(s.N)}
		words = append(words, fmt.Sprintf("%d %s", s.N, strings.ToLower(s.Label)))
	}
	summary := plural(total, "card", "cards") + ": " + strings.Join(words, ", ") + "."
	return progressSection("states", "Review cards by state",
		&BarChart{ID: "card-states", Title: "Review cards by state", Summary: summary, Bars: bars,
			Table: chartTable{Head: []string{"State", "Cards"}, Rows: rows}},
		app.P().Class("muted").Text("New cards are not reviewed yet; learning and relearning cards come back within the day or so; review cards come back after days or months."))
}

func (p *ProgressPage) renderDue() app.UI {
	r := p.report
	within := 0
	for _, d := range r.Due {
		within += d.N
	}
	const title = "Reviews due in the next 30 days"
	if within+r.DueLater == 0 {
		return progressSection("due", title,
			progressEmpty("due-empty", "No review card yet: answer a quiz, and its questions come back here when they are due."))
	}
	cols := make([]Column, len(r.Due))
	var rows [][]string
	for i, d := range r.Due {
		label := chartDate(d.Day, p.loc)
		if i == 0 {
			label = "Today"
		}
		cols[i] = Column{Label: label, N: d.N}
		if d.N > 0 {
			rows = append(rows, []string{chartDayName(d.Day, i, p.loc), strconv.Itoa(d.N)})
		}
	}
	if r.DueLater > 0 {
		rows = append(rows, []string{"Later", strconv.Itoa(r.DueLater)})
	}
	today := 0
	if len(r.Due) > 0 {
		today = r.Due[0].N
	}
	summary := fmt.Sprintf("%d due today (overdue ones included), %d more in the next %d days", today, within-today, len(r.Due)-1)
	if r.DueLater > 0 {
		summary += fmt.Sprintf(", %d later", r.DueLater)
	}
	summary += "."
	return progressSection("due", title,
		&ColumnChart{ID: "due-chart", Title: title, Summary: summary, Columns: cols, Every: 10, // "Today" and a date 7 days on overlap at 390 px
			Table: chartTable{Head: []string{"Day", "Cards due"}, Rows: rows}})
}

// rightOf is "7 of 10 right" in figures: "7 of 10, 70%".
func rightOf(right, asked int) string {
	return fmt.Sprintf("%d of %d, %d%%", right, asked, progress.Percent(right, asked))
}

// rightText is rightOf in a sentence: "7 of 10 right, 70%".
func rightText(right, asked int) string {
	return fmt.Sprintf("%d of %d right, %d%%", right, asked, progress.Percent(right, asked))
}

// noun is one or many, as n asks.
func noun(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// clipText shortens s to at most n characters, with an ellipsis.
func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// singleLine is s with its runs of white space as single spaces.
func singleLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// chartDate is "2 Dec" in loc.
func chartDate(t time.Time, loc *time.Location) string { return t.In(loc).Format("2 Jan") }

// chartDateTime is "2 Dec 2026, 14:05" in loc.
func chartDateTime(t time.Time, loc *time.Location) string {
	return t.In(loc).Format("2 Jan 2006, 15:04")
}

// chartDayName is "Today", "Tomorrow" or "Wed 9 Dec" for the i-th day from today.
func chartDayName(day time.Time, i int, loc *time.Location) string {
	switch i {
	case 0:
		return "Today"
	case 1:
		return "Tomorrow"
	}
	return day.In(loc).Format("Mon 2 Jan")
}
