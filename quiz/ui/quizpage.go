package ui

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuizPage is /quiz/<id>: the quiz's introduction and history, then one
// question at a time with instant feedback, then the results. An attempt
// in progress is saved after every step and resumed after a reload. Every
// answer checked schedules its question's review card (see recordAnswer).
type QuizPage struct {
	app.Compo

	id       string
	file     quizFile
	loaded   bool
	attempt  *attempt.Attempt
	response quiz.Response
	result   quiz.Result
	hint     string // why Check did nothing ("choose an answer first")
	finished *attempt.Attempt
	// pending is the attempt in progress found on coming back to the
	// quiz: its page offers Resume and Start over instead of jumping in.
	pending *attempt.Attempt
	// quitting: "Quit" was pressed and the choice between keeping the
	// progress and discarding it is shown.
	quitting bool
	message  string // what went wrong with saving or resuming
	saveFail bool
	// shownAt is when the current question was shown: the time taken
	// to answer runs from it to Check.
	shownAt time.Time
	// rating is the recorded answer to the checked question and what the
	// learner said of it, see RatingChoice.
	rating ratedAnswer

	releaseKeys func()
	pageFocus
}

func (p *QuizPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Quiz · Factquiz")
	id := strings.TrimPrefix(routePath(ctx), "/quiz/")
	if p.attempt != nil && id != p.id && !app.IsServer {
		p.notPlaying(ctx) // from one quiz to another: the first waits for Resume
	}
	p.id = id
	p.loaded, p.attempt, p.finished, p.message, p.hint = false, nil, nil, "", ""
	p.pending, p.quitting = nil, false
	resumeAsked := ctx.Page().URL().Fragment == "resume"
	if app.IsServer {
		return
	}
	ctx.Async(func() {
		c := loadQuiz(id) // index.json and this quiz's file only
		ctx.Dispatch(func(ctx app.Context) {
			if id != p.id {
				return // the learner navigated on meanwhile
			}
			p.file, _ = c.Find(id)
			p.loaded = true
			if p.file.Quiz != nil && p.file.Quiz.Title != "" {
				// A fixed suffix only: the title is set in the browser, never prerendered.
				ctx.Page().SetTitle(p.file.Quiz.Title + " · Factquiz")
			}
			p.resume(ctx, resumeAsked)
		})
	})
}

func (p *QuizPage) OnMount(ctx app.Context) {
	p.mount(ctx)
	p.releaseKeys = listenKeys(ctx, p.onKey)
}

func (p *QuizPage) OnDismount() {
	// Leaving the page within the app: coming back shows the quiz's page
	// with Resume, as a new visit does (only a reload goes on at once).
	if p.mounted && p.attempt != nil {
		p.notPlaying(p.self)
	}
	p.dismount()
	if p.releaseKeys != nil {
		p.releaseKeys()
	}
}

// playingKey is the session storage key (this tab only) naming the quiz
// whose questions are on screen, so that a reload goes on with the
// question while a new visit or a return from another page shows the
// quiz's page with Resume and Start over.
const playingKey = "factquiz/playing"

// reloaded reports whether this page load is a reload (not a link or
// an address typed in).
func reloaded() bool {
	if app.IsServer {
		return false
	}
	perf := app.Window().Get("performance")
	if !perf.Truthy() || !perf.Get("getEntriesByType").Truthy() {
		return false
	}
	entries := perf.Call("getEntriesByType", "navigation")
	return entries.Length() > 0 && entries.Index(0).Get("type").String() == "reload"
}

func (p *QuizPage) playingHere(ctx app.Context) bool {
	var id string
	_ = ctx.SessionStorage().Get(playingKey, &id)
	return id != "" && id == p.id
}

func (p *QuizPage) markPlaying(ctx app.Context) {
	_ = ctx.SessionStorage().Set(playingKey, p.id)
}

func (p *QuizPage) notPlaying(ctx app.Context) {
	if p.playingHere(ctx) {
		ctx.SessionStorage().Del(playingKey)
	}
}

// resume picks up the attempt in progress for this quiz, if any: at once
// after a reload or when the card's Resume asked for it (now), else it
// waits on the quiz's page for Resume or Start over. One that no longer
// fits the quiz (the file changed) is dropped with a word.
func (p *QuizPage) resume(ctx app.Context, now bool) {
	if !p.file.Playable() {
		return
	}
	p.focus(ctx, "start")
	if startOver == p.id {
		// "Start over" on the quiz's card: the attempt in progress goes.
		startOver = ""
		learnerStore().ClearProgress(p.id)
		p.start(ctx, nil, review.ModeQuiz)
		return
	}
	a, ok := learnerStore().Progress(p.id)
	if !ok {
		return
	}
	if err := a.Validate(p.file.Quiz); err != nil {
		learnerStore().ClearProgress(p.id)
		p.message = "Your unfinished attempt could not be resumed because the quiz has changed since: " + err.Error()
		return
	}
	if a.Done() {
		// Finished, but its result could not be saved then (see finish):
		// save it now, or show it with “Try saving again”.
		if err := learnerStore().SaveAttempt(a); err != nil {
			p.finished, p.saveFail = a, true
			p.message = "Your last result at this quiz is not saved yet: " + err.Error() + ". Free some space and press “Try saving again”."
			return
		}
		learnerStore().ClearProgress(p.id)
		return
	}
	// Another tab may resume this same attempt: each tab that resumes it
	// goes on under an ID of its own (same start time, new random part),
	// so that when both finish neither result overwrites the other.
	started, _, _ := strings.Cut(a.ID, "-")
	a.ID = started + "-" + strconv.FormatUint(rand.Uint64(), 36)
	if !now && !(p.playingHere(ctx) && reloaded()) {
		p.pending = a
		p.focus(ctx, "resume")
		return
	}
	p.play(ctx, a)
}

// play shows the attempt a from its current question.
func (p *QuizPage) play(ctx app.Context, a *attempt.Attempt) {
	p.attempt, p.pending, p.quitting = a, nil, false
	p.restoreCurrent()
	p.markPlaying(ctx)
	p.focusQuestion(ctx)
}

// quit leaves the attempt in progress: kept (the quiz's page then offers
// Resume) or discarded.
func (p *QuizPage) quit(ctx app.Context, keep bool) {
	if p.attempt == nil {
		return
	}
	a := p.attempt
	p.attempt, p.quitting, p.hint = nil, false, ""
	p.notPlaying(ctx)
	if keep {
		a.Draft = cloneDraft(p.response, a.Checked)
		if err := learnerStore().SaveProgress(a); err != nil {
			p.message = "Your progress could not be kept in this browser (" + err.Error() + ")."
		}
		p.pending = a
		p.focus(ctx, "resume")
		return
	}
	learnerStore().ClearProgress(p.id)
	p.pending = nil
	p.focus(ctx, "start")
}

// cloneDraft is the response to keep as the draft of an unchecked
// question: none once it is checked (the answer is kept then).
func cloneDraft(r quiz.Response, checked bool) quiz.Response {
	if checked {
		return quiz.Response{}
	}
	c := &attempt.Attempt{Draft: r}
	return c.Clone().Draft
}

// restoreCurrent shows the current question as it was left: with its
// feedback when it had been checked.
func (p *QuizPage) restoreCurrent() {
	p.response, p.result, p.hint = quiz.Response{}, quiz.Result{}, ""
	p.shownAt, p.rating = now(), ratedAnswer{}
	if !p.attempt.Checked {
		// A choice ticked but not checked before the reload.
		p.response = cloneDraft(p.attempt.Draft, false)
		return
	}
	if len(p.attempt.Answers) == 0 {
		return
	}
	last := p.attempt.Answers[len(p.attempt.Answers)-1]
	p.response = last.Response
	if q, ok := p.attempt.Question(p.file.Quiz); ok {
		p.result = quiz.Grade(q, last.Response)
		p.rating.log, _ = answerLog(p.id, q.ID, last.At)
	}
}

// startOver is the quiz whose card's "Start over" was pressed: its page
// drops the attempt in progress and starts a new one.
var startOver string

// start begins an attempt: every question (review.ModeQuiz), the missed
// ones of the last attempt (review.ModeRetry) or the learner's mistakes
// (review.ModePractice). Missed questions come back later in the session
// unless the learner turned that off.
func (p *QuizPage) start(ctx app.Context, only []string, mode review.Mode) {
	requeue := !learnerStore().Settings().NoRequeue
	learnerStore().ClearProgress(p.id)
	p.finished, p.message = nil, ""
	p.play(ctx, attempt.NewMode(p.file.Quiz, only, mode, requeue, now(), rand.Uint64()))
	p.saveProgress()
}

// saveDraft keeps the response in progress with the attempt, so that a
// choice ticked but not checked is there again after a reload.
func (p *QuizPage) saveDraft() {
	if p.attempt == nil || p.attempt.Checked {
		return
	}
	p.attempt.Draft = cloneDraft(p.response, false)
	p.saveProgress()
}

// renderQuit is the Quit control above the question and, once pressed,
// the choice between keeping the progress and discarding it. Escape or
// "Go on with the quiz" cancels; the focus goes to the choice and back.
func (p *QuizPage) renderQuit() app.UI {
	if !p.quitting {
		return app.Div().Class("quit-bar").Body(
			app.Button().ID("quit").Class("button small quit").Type("button").Text("Quit").
				OnClick(func(ctx app.Context, e app.Event) {
					p.quitting = true
					p.focus(ctx, "quit-keep")
				}),
		)
	}
	cancel := func(ctx app.Context) {
		p.quitting = false
		p.focus(ctx, "quit")
	}
	return app.Div().ID("quit-choice").Class("quit-choice").Attr("role", "group").
		Aria("labelledby", "quit-question").Aria("describedby", "quit-help").
		On("keydown", func(ctx app.Context, e app.Event) {
			if e.Get("key").String() == "Escape" {
				e.PreventDefault()
				cancel(ctx)
			}
		}).Body(
		app.P().ID("quit-question").Class("quit-question").Text("Leave this quiz?"),
		app.P().ID("quit-help").Class("muted").Text("Keep your progress to resume later at this question, or discard this attempt. Your answers so far stay in your reviews either way."),
		app.Div().Class("actions").Body(
			app.Button().ID("quit-keep").Class("button primary").Type("button").Text("Keep my progress").
				OnClick(func(ctx app.Context, e app.Event) { p.quit(ctx, true) }),
			app.Button().ID("quit-discard").Class("button").Type("button").Text("Discard").
				OnClick(func(ctx app.Context, e app.Event) { p.quit(ctx, false) }),
			app.Button().ID("quit-cancel").Class("button").Type("button").Text("Go on with the quiz").
				OnClick(func(ctx app.Context, e app.Event) { cancel(ctx) }),
		),
	)
}

func (p *QuizPage) saveProgress() {
	if err := learnerStore().SaveProgress(p.attempt); err != nil {
		p.message = "Your progress could not be saved in this browser (" + err.Error() + "). You can go on; finish the quiz in this tab to keep it."
	}
}

func (p *QuizPage) check(ctx app.Context) {
	if p.attempt == nil || p.attempt.Checked {
		return
	}
	q, ok := p.attempt.Question(p.file.Quiz)
	if !ok {
		return
	}
	if !answered(q, p.response) {
		p.hint = hintFor(q)
		return
	}
	at := now()
	took := at.Sub(p.shownAt)
	res, err := p.attempt.Check(p.file.Quiz, p.response, at)
	if err != nil {
		p.message = err.Error()
		return
	}
	p.result, p.hint = res, ""
	p.attempt.Draft = quiz.Response{}
	p.saveProgress()
	// The review card: saved at once, so that leaving now loses nothing.
	if l, err := recordAnswer(p.id, q, res, p.attempt.Mode, took, at); err != nil {
		p.message = "Your answer could not be saved for review (" + err.Error() + "). The quiz goes on."
	} else {
		p.rating.log = l
		announceDue(ctx)
	}
	p.focus(ctx, "next")
}

func (p *QuizPage) next(ctx app.Context) {
	if p.attempt == nil || !p.attempt.Checked {
		return
	}
	p.attempt.Next(now())
	p.attempt.Draft = quiz.Response{}
	if p.attempt.Done() {
		p.finish(ctx)
		return
	}
	p.restoreCurrent()
	p.saveProgress()
	p.focusQuestion(ctx)
}

// finish keeps the finished attempt. When the browser refuses to store
// it, the attempt stays on screen and in progress, with a way to retry.
func (p *QuizPage) finish(ctx app.Context) {
	s := learnerStore()
	if err := s.SaveAttempt(p.attempt); err != nil {
		p.saveFail = true
		// Kept in progress too if it fits, so a reload can still save it
		// (see resume); this message is the one that matters, whatever
		// that write gives.
		_ = s.SaveProgress(p.attempt)
		p.message = "Your result could not be saved in this browser: " + err.Error() + ". Nothing already saved was lost. Free some space (or export a backup) and press “Try saving again”."
	} else {
		p.saveFail = false
		p.message = ""
		s.ClearProgress(p.id)
	}
	p.finished = p.attempt
	p.attempt = nil
	p.notPlaying(ctx)
	p.focus(ctx, "results-title")
}

func (p *QuizPage) retrySave(ctx app.Context) {
	if p.finished == nil {
		return
	}
	if err := learnerStore().SaveAttempt(p.finished); err != nil {
		p.message = "Still not saved: " + err.Error() + "."
		return
	}
	p.saveFail, p.message = false, ""
	learnerStore().ClearProgress(p.id)
}

func (p *QuizPage) focusQuestion(ctx app.Context) {
	p.focus(ctx, "question-prompt")
}

// onKey is the keyboard: number keys pick a choice, Enter checks the
// answer and then goes on. It returns whether it used the key.
func (p *QuizPage) onKey(ctx app.Context, k keyPress) bool {
	if p.attempt == nil || p.quitting {
		return false
	}
	return questionKey(ctx, k, p.attempt, p.file.Quiz, p.response, p.check, p.next, func(r quiz.Response) {
		p.response, p.hint = r, ""
	})
}

// questionKey is what a key does on a question screen (a quiz or a
// review): Enter checks the answer and then goes on; a number key picks
// the choice shown at that place, handing pick the new response. It
// returns whether it used the key.
func questionKey(ctx app.Context, k keyPress, a *attempt.Attempt, qz *quiz.Quiz, r quiz.Response,
	check, next func(app.Context), pick func(quiz.Response)) bool {
	switch {
	case k.Key == "Enter" && !k.OnButton:
		if a.Checked {
			next(ctx)
		} else {
			check(ctx)
		}
		return true
	case len(k.Key) == 1 && k.Key >= "1" && k.Key <= "9" && !k.InTextField && !a.Checked:
		q, ok := a.Question(qz)
		if !ok {
			return false
		}
		r, ok := pickByNumber(q, a, r, int(k.Key[0]-'1'))
		if ok {
			pick(r)
		}
		return ok
	}
	return false
}

// pickByNumber is the response after the number key n+1 was pressed: it
// picks (or for several answers toggles) the choice shown at that place.
func pickByNumber(q quiz.Question, a *attempt.Attempt, r quiz.Response, n int) (quiz.Response, bool) {
	switch q.Type {
	case quiz.TrueFalse:
		if n > 1 {
			return r, false
		}
		v := n == 0
		r.Bool = &v
	case quiz.Single, quiz.Multiple:
		order := a.DisplayOrder(q)
		if n >= len(order) {
			return r, false
		}
		r = toggleChoice(q, r, order[n])
	default:
		return r, false
	}
	return r, true
}

func (p *QuizPage) Render() app.UI {
	switch {
	case !p.loaded:
		return page("quiz", app.P().Attr("role", "status").Text("Loading the quiz…"))
	case p.file.ID == "":
		return page("quiz",
			app.H1().Text("Quiz not found"),
			app.P().Text("There is no quiz with this address. It may have been renamed or removed."),
			app.A().Href(appPath("/")).Text("See all quizzes"),
		)
	case !p.file.Playable():
		return page("quiz",
			app.H1().Text(p.file.File),
			&ProblemList{Title: "This question file cannot be played", Problems: p.file.Problems},
			app.A().Href(appPath("/")).Text("See all quizzes"),
		)
	case p.finished != nil:
		return page("quiz", p.renderMessage(), &Results{
			Quiz:       p.file.Quiz,
			Attempt:    p.finished,
			SaveFail:   p.saveFail,
			Mistakes:   len(learnerStore().Mistakes(p.id)),
			OnRetry:    func(ctx app.Context) { p.start(ctx, p.finished.MissedIDs(), review.ModeRetry) },
			OnRestart:  func(ctx app.Context) { p.start(ctx, nil, review.ModeQuiz) },
			OnPractise: p.practise,
			OnSave:     p.retrySave,
			Earlier:    learnerStore().Attempts(p.id),
		})
	case p.attempt != nil:
		return page("quiz", p.renderMessage(), p.renderQuit(), &QuestionForm{
			Quiz:     p.file.Quiz,
			Attempt:  p.attempt,
			Response: p.response,
			Result:   p.result,
			Hint:     p.hint,
			OnChange: func(ctx app.Context, edit func(quiz.Response) quiz.Response) {
				p.response, p.hint = edit(p.response), ""
				p.saveDraft()
			},
			OnCheck: p.check,
			OnNext:  p.next,
			Log:     p.rating.log,
			Rated:   p.rating.rated,
			OnRate:  p.rate,
		})
	}
	return page("quiz", p.renderMessage(), &QuizIntro{
		File:    p.file,
		Pending: p.pending,
		OnResume: func(ctx app.Context) {
			if p.pending != nil {
				p.play(ctx, p.pending)
			}
		},
		Mistakes:   len(learnerStore().Mistakes(p.id)),
		OnStart:    func(ctx app.Context) { p.start(ctx, nil, review.ModeQuiz) },
		OnPractise: p.practise,
	})
}

// practise starts "Practise mistakes": the questions whose latest answer,
// in any attempt or review, was not right.
func (p *QuizPage) practise(ctx app.Context) {
	ids := learnerStore().Mistakes(p.id)
	if len(ids) == 0 {
		p.message = "There is nothing to practise: your latest answer to every question of this quiz was right."
		return
	}
	p.start(ctx, ids, review.ModePractice)
}

// rate changes the rating of the answer just checked ("I knew it", "I
// guessed"), which reschedules its review.
func (p *QuizPage) rate(ctx app.Context, knew bool) {
	if err := p.rating.change(p.result, knew); err != nil {
		p.message = sentence(firstUpper(err.Error()))
		return
	}
	announceDue(ctx)
}

func (p *QuizPage) renderMessage() app.UI {
	return app.Div().ID("quiz-message").Attr("role", "alert").Body(
		app.If(p.message != "", func() app.UI {
			return app.P().Class("alert").Text(p.message)
		}),
	)
}
