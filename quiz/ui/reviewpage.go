package ui

import (
	"math/rand/v2"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ReviewPage is /review: the questions due for review now, across all
// quizzes, longest overdue first, one at a time with the same answer
// widgets and feedback as a quiz. Each answer is saved when it is checked
// (its card rescheduled, its log kept), so the learner can leave at any
// time and lose nothing. Before the session, the cards are brought in
// line with the question files (review.Reconcile) and what changed is
// said.
type ReviewPage struct {
	app.Compo

	loaded  bool
	catalog catalog
	notes   []string
	message string

	queue    []review.Card // the cards due when the session started
	pos      int           // the card shown: an index into queue
	reviewed int           // answers checked in this session
	skipped  int           // due cards whose question could not be found

	// The card on screen, played as a one-question attempt (its choices
	// shuffled afresh for each review).
	card     review.Card
	quizFile quizFile
	mini     *quiz.Quiz
	attempt  *attempt.Attempt
	response quiz.Response
	result   quiz.Result
	hint     string
	shownAt  time.Time
	rating   ratedAnswer

	releaseKeys   func()
	stopListening func()
	pageFocus
}

func (p *ReviewPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Review · Factquiz")
	p.loaded, p.attempt, p.queue, p.message = false, nil, nil, ""
	if app.IsServer {
		return
	}
	ctx.Async(func() {
		// The files of the quizzes with review cards (all of them when a
		// card's question has moved), fetched in parallel.
		c := loadForCards(nil)
		ctx.Dispatch(func(ctx app.Context) {
			p.catalog, p.loaded = c, true
			reconcileCards(c)
			p.notes, reviewNotes = append(p.notes[:0], reviewNotes...), nil
			p.startSession(ctx)
		})
	})
}

func (p *ReviewPage) OnMount(ctx app.Context) {
	p.mount(ctx)
	p.releaseKeys = listenKeys(ctx, p.onKey)
	// Another tab may review meanwhile: its cards are skipped here when
	// they come up (see show), and the counts are redrawn.
	p.stopListening = listenStorage(ctx, func(ctx app.Context) { p.setTitle(ctx) })
}

func (p *ReviewPage) OnDismount() {
	p.dismount()
	if p.releaseKeys != nil {
		p.releaseKeys()
	}
	if p.stopListening != nil {
		p.stopListening()
	}
}

func (p *ReviewPage) setTitle(ctx app.Context) {
	ctx.Page().SetTitle(dueTitle("Review · Factquiz"))
}

// startSession takes the cards due now, in due order, and shows the first.
func (p *ReviewPage) startSession(ctx app.Context) {
	p.queue = review.Due(learnerStore().Cards(), now())
	p.pos, p.reviewed, p.skipped = 0, 0, 0
	p.show(ctx)
}

// show puts the card at pos on screen, passing over the cards that are no
// longer due (another tab reviewed them) or whose question cannot be
// found (its quiz did not load). Past the last card, the session ends.
func (p *ReviewPage) show(ctx app.Context) {
	p.attempt = nil
	p.response, p.result, p.hint, p.rating = quiz.Response{}, quiz.Result{}, "", ratedAnswer{}
	for ; p.pos < len(p.queue); p.pos++ {
		c, ok := learnerStore().Card(p.queue[p.pos].QuizID, p.queue[p.pos].QuestionID)
		if !ok || !c.Retired.IsZero() || c.FSRS.Due.After(now()) {
			continue
		}
		f, q, ok := p.question(c)
		if !ok {
			p.skipped++
			continue
		}
		p.card, p.quizFile = c, f
		p.mini = &quiz.Quiz{ID: f.ID, Title: f.Quiz.Title, Questions: []quiz.Question{q}}
		p.attempt = attempt.NewMode(p.mini, nil, review.ModeReview, false, now(), rand.Uint64())
		p.shownAt = now()
		p.setTitle(ctx)
		p.focus(ctx, "question-prompt")
		return
	}
	p.setTitle(ctx)
	p.focus(ctx, "review-title")
}

// question finds the card's quiz and question in the catalog.
func (p *ReviewPage) question(c review.Card) (quizFile, quiz.Question, bool) {
	f, ok := p.catalog.Find(c.QuizID)
	if !ok || !f.Playable() {
		return quizFile{}, quiz.Question{}, false
	}
	for _, q := range f.Quiz.Questions {
		if q.ID == c.QuestionID {
			return f, q, true
		}
	}
	return quizFile{}, quiz.Question{}, false
}

// quiz is the one-question quiz on screen.
func (p *ReviewPage) quiz() *quiz.Quiz { return p.mini }

func (p *ReviewPage) check(ctx app.Context) {
	if p.attempt == nil || p.attempt.Checked {
		return
	}
	qz := p.quiz()
	q, ok := p.attempt.Question(qz)
	if !ok {
		return
	}
	if !answered(q, p.response) {
		p.hint = hintFor(q)
		return
	}
	at := now()
	took := at.Sub(p.shownAt)
	res, err := p.attempt.Check(qz, p.response, at)
	if err != nil {
		p.message = err.Error()
		return
	}
	p.result, p.hint = res, ""
	l, err := recordAnswer(p.card.QuizID, q, res, review.ModeReview, took, at)
	if err != nil {
		p.message = "This review could not be saved in this browser (" + err.Error() + "). Free some space and review it again."
	} else {
		p.rating.log, p.message = l, ""
		p.reviewed++
		announceDue(ctx)
		p.setTitle(ctx)
	}
	p.focus(ctx, "next")
}

func (p *ReviewPage) next(ctx app.Context) {
	if p.attempt == nil || !p.attempt.Checked {
		return
	}
	p.pos++
	p.show(ctx)
}

func (p *ReviewPage) rate(ctx app.Context, knew bool) {
	if err := p.rating.change(p.result, knew); err != nil {
		p.message = sentence(firstUpper(err.Error()))
		return
	}
	announceDue(ctx)
	p.setTitle(ctx)
}

// onKey is the keyboard, as in a quiz: number keys pick a choice, Enter
// checks the answer and then goes on.
func (p *ReviewPage) onKey(ctx app.Context, k keyPress) bool {
	if p.attempt == nil {
		return false
	}
	return questionKey(ctx, k, p.attempt, p.quiz(), p.response, p.check, p.next, func(r quiz.Response) {
		p.response, p.hint = r, ""
	})
}

func (p *ReviewPage) Render() app.UI {
	heading := app.H1().ID("review-title").TabIndex(-1).Text("Review")
	switch {
	case !p.loaded:
		return page("review", heading, app.P().Attr("role", "status").Text("Loading your reviews…"))
	case p.attempt != nil:
		return page("review",
			heading,
			p.renderNotes(),
			p.renderMessage(),
			&QuestionForm{
				Quiz:      p.quiz(),
				Attempt:   p.attempt,
				Response:  p.response,
				Result:    p.result,
				Hint:      p.hint,
				Position:  p.pos + 1,
				Total:     len(p.queue),
				DoneLabel: "Finish",
				OnChange: func(ctx app.Context, edit func(quiz.Response) quiz.Response) {
					p.response, p.hint = edit(p.response), ""
				},
				OnCheck: p.check,
				OnNext:  p.next,
				Log:     p.rating.log,
				Rated:   p.rating.rated,
				OnRate:  p.rate,
			},
		)
	}
	return page("review", heading, p.renderNotes(), p.renderMessage(), p.renderEnd())
}

// renderEnd is the end of a session, or the empty state when nothing was
// due: when the next review is, or that there is nothing to review yet.
func (p *ReviewPage) renderEnd() app.UI {
	cards := learnerStore().Cards()
	t := now()
	dueNow := len(review.Due(cards, t))
	next, hasNext := nextReviewText(cards, t)
	var lines []string
	if p.reviewed > 0 {
		lines = append(lines, "Well done: you reviewed "+plural(p.reviewed, "question", "questions")+".")
	}
	if p.skipped > 0 {
		lines = append(lines, plural(p.skipped, "question was", "questions were")+" left out because its quiz could not be loaded.")
	}
	switch {
	case dueNow > 0:
		lines = append(lines, plural(dueNow, "more question is", "more questions are")+" due now.")
	case hasNext:
		lines = append(lines, "Nothing to review now. Next review: "+next+".")
	case len(cards) == 0:
		lines = append(lines, "Answer some quizzes first: every question you answer comes back here when you are about to forget it.")
	default:
		lines = append(lines, "Nothing to review now.")
	}
	return app.Section().ID("review-end").Class("review-end").Aria("labelledby", "review-title").Body(
		app.Div().ID("review-status").Attr("role", "status").Body(
			app.Range(lines).Slice(func(i int) app.UI { return app.P().Text(lines[i]) }),
		),
		app.Div().Class("actions").Body(
			app.If(dueNow > 0, func() app.UI {
				return app.Button().ID("review-more").Class("button primary").Type("button").
					Text("Review " + plural(dueNow, "question", "questions")).
					OnClick(func(ctx app.Context, e app.Event) { p.startSession(ctx) })
			}),
			app.A().ID("to-quizzes").Class("button").Href(appPath("/")).Text("All quizzes"),
		),
	)
}

func (p *ReviewPage) renderNotes() app.UI {
	return app.Div().ID("review-notes").Attr("role", "status").Body(
		app.If(len(p.notes) > 0, func() app.UI {
			return app.Div().Class("review-notice").Body(
				app.P().Text("Your question files changed since your last review:"),
				app.Ul().Body(app.Range(p.notes).Slice(func(i int) app.UI { return app.Li().Text(p.notes[i]) })),
			)
		}),
	)
}

func (p *ReviewPage) renderMessage() app.UI {
	return app.Div().ID("review-message").Attr("role", "alert").Body(
		app.If(p.message != "", func() app.UI {
			return app.P().Class("alert").Text(p.message)
		}),
	)
}
