package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuestionForm shows the current question of an attempt: progress, the
// prompt, an answer widget that fits its type, Check, and then the
// feedback and Next.
type QuestionForm struct {
	app.Compo

	Quiz     *quiz.Quiz
	Attempt  *attempt.Attempt
	Response quiz.Response
	Result   quiz.Result
	Hint     string
	// OnChange edits the page's response. It gets an edit rather than a
	// new response because two changes can come before the next render:
	// each must apply to the response as the first one left it.
	OnChange func(app.Context, func(quiz.Response) quiz.Response)
	OnCheck  func(app.Context)
	OnNext   func(app.Context)

	// Position and Total replace the attempt's progress when Total > 0
	// (the Review page plays one card at a time: "3 of 12").
	Position, Total int
	// DoneLabel is the last Next button's label ("See results" when empty).
	DoneLabel string
	// Log is the recorded answer to the checked question, with Rated (see
	// RatingChoice) and OnRate, to change its rating; no ID shows none.
	Log    review.Log
	Rated  string
	OnRate func(ctx app.Context, knew bool)

	shown string // the attempt and question last shown, see OnUpdate
	// fieldText is the answer field's value as of the question's first
	// render. The field is not bound to Response.Text: a render that lags
	// behind fast typing would write an older value back into the field
	// and lose the keys typed since.
	fieldText string
	// checkedShown: the question was shown checked (its feedback in view).
	checkedShown bool
}

// revealFeedback scrolls the page, once an answer is checked, so that the
// feedback and the rating buttons under it ("I knew it") show above the
// bar of actions at the bottom (Next): all of them when they fit, else
// from the verdict down. It scrolls smoothly
// unless the learner asked for reduced motion.
func revealFeedback() {
	if app.IsServer {
		return
	}
	w := app.Window()
	fb := w.GetElementByID("feedback")
	if !fb.Truthy() {
		return
	}
	bottomEdge := w.Get("innerHeight").Float()
	if bar := w.GetElementByID("question-actions"); bar.Truthy() {
		bottomEdge -= bar.Call("getBoundingClientRect").Get("height").Float()
	}
	r := fb.Call("getBoundingClientRect")
	top, bottom := r.Get("top").Float(), r.Get("bottom").Float()
	if rating := w.GetElementByID("rating"); rating.Truthy() {
		bottom = max(bottom, rating.Call("getBoundingClientRect").Get("bottom").Float())
	}
	const margin = 16
	var by float64
	switch {
	case top < margin:
		by = top - margin
	case bottom > bottomEdge-margin:
		by = min(top-margin, bottom-(bottomEdge-margin))
	default:
		return
	}
	behavior := "smooth"
	if mq := w.Call("matchMedia", "(prefers-reduced-motion: reduce)"); mq.Truthy() && mq.Get("matches").Bool() {
		behavior = "auto"
	}
	w.Call("scrollBy", map[string]any{"top": by, "behavior": behavior})
}

// OnUpdate empties the answer field when the question changes. go-app
// v10.1.11 reuses the field and never clears it: Value("") drops the
// value attribute (attributes.Set tests the value, not the name, against
// "value"), and removing the attribute leaves what was typed, so the
// answer to one text question showed up in the next one.
//
// When the question has just been checked, it brings the feedback into
// view (see revealFeedback).
func (f *QuestionForm) OnUpdate(ctx app.Context) {
	if f.shownNow() == f.shown {
		if f.Attempt.Checked && !f.checkedShown {
			ctx.Defer(func(app.Context) { revealFeedback() })
		}
		f.checkedShown = f.Attempt.Checked
		return
	}
	f.shown = f.shownNow()
	f.checkedShown = f.Attempt.Checked
	f.fieldText = f.Response.Text
	text := f.fieldText
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID("answer"); el.Truthy() {
			el.Set("value", text)
		}
	})
}

func (f *QuestionForm) OnInit() {
	f.shown = f.shownNow()
	f.checkedShown = f.Attempt.Checked
	f.fieldText = f.Response.Text
}

func (f *QuestionForm) shownNow() string {
	return fmt.Sprintf("%s/%d", f.Attempt.ID, f.Attempt.Current)
}

func (f *QuestionForm) Render() app.UI {
	q, ok := f.Attempt.Question(f.Quiz)
	if !ok {
		return app.P().Text("This question is no longer in the quiz.")
	}
	n, total := f.Attempt.Progress()
	if f.Total > 0 {
		n, total = f.Position, f.Total
	}
	checked := f.Attempt.Checked
	// A missed question that comes back later is not the last one.
	last := n == total && !(checked && f.Attempt.Requeue && !f.Result.Correct)
	again := f.earlierAnswers(q.ID) > 0
	done := n - 1
	if checked {
		done = n
	}
	return app.Section().Class("question").Aria("labelledby", "question-prompt").Body(
		app.P().Class("quiz-title muted").Text(f.Quiz.Title),
		app.Div().Class("progress-line").Body(
			app.Span().ID("progress-text").Text(fmt.Sprintf("%d of %d", n, total)),
			// The bar counts the questions done: the current one only
			// once it is checked (question 1 of 19 starts at 0).
			app.Progress().ID("progress").Max(total).Value(done).Aria("labelledby", "progress-text"),
		),
		app.If(again, func() app.UI {
			return app.P().ID("again-note").Class("again-note").Text("You missed this one earlier in this session: here it is again.")
		}),
		app.H1().ID("question-prompt").TabIndex(-1).Body(questionText(q, q.Prompt)),
		f.renderWidget(q, checked),
		// The feedback comes first and Next after it; on a phone the
		// actions stay in a bar at the bottom of the screen.
		&Feedback{Question: q, Result: f.Result, Checked: checked, Hint: f.Hint, Response: f.Response},
		app.If(checked && f.Log.ID != "" && f.OnRate != nil, func() app.UI {
			return &RatingChoice{Log: f.Log, Chosen: f.Rated, OnRate: f.OnRate}
		}),
		app.Div().ID("question-actions").Class("actions", "question-actions").Body(
			// The bar repeats the verdict beside Next, so that a phone
			// shows it with the button whatever is scrolled; the feedback
			// above already announces it to screen readers.
			app.If(checked, func() app.UI {
				v := verdictOf(f.Result)
				return app.Span().ID("bar-verdict").Class("bar-verdict", v.class).Aria("hidden", true).Text(v.short)
			}),
			app.If(!checked, func() app.UI {
				return app.Button().ID("check").Class("button primary").Type("button").Text("Check").
					OnClick(func(ctx app.Context, e app.Event) { f.OnCheck(ctx) })
			}).Else(func() app.UI {
				label := "Next question"
				if last {
					label = "See results"
					if f.DoneLabel != "" {
						label = f.DoneLabel
					}
				}
				return app.Button().ID("next").Class("button primary").Type("button").Text(label).
					OnClick(func(ctx app.Context, e app.Event) { f.OnNext(ctx) })
			}),
			app.Span().Class("keys muted").Text(keyHelp(q)),
		),
	)
}

// earlierAnswers is how many times the question was answered before in
// this attempt, the answer being checked now aside: a missed question
// that came back.
func (f *QuestionForm) earlierAnswers(id string) int {
	n := 0
	for _, a := range f.Attempt.Answers {
		if a.QuestionID == id {
			n++
		}
	}
	if f.Attempt.Checked && n > 0 {
		n--
	}
	return n
}

func keyHelp(q quiz.Question) string {
	switch q.Type {
	case quiz.Single, quiz.Multiple, quiz.TrueFalse:
		return "Keys: 1–9 pick an answer, Enter checks and goes on."
	}
	return "Enter checks and goes on."
}

func (f *QuestionForm) renderWidget(q quiz.Question, checked bool) app.UI {
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		return f.renderChoices(q, checked)
	case quiz.TrueFalse:
		return f.renderTrueFalse(q, checked)
	case quiz.Text, quiz.Number:
		return f.renderTyped(q, checked)
	case quiz.Matching:
		return f.renderMatching(q, checked)
	}
	return app.P().Class("alert").Text("This type of question cannot be played here: " + string(q.Type))
}

func (f *QuestionForm) renderChoices(q quiz.Question, checked bool) app.UI {
	inputType, legend := "radio", "Choose one answer"
	if q.Type == quiz.Multiple {
		inputType, legend = "checkbox", "Select all that apply"
	}
	order := f.Attempt.DisplayOrder(q)
	return app.FieldSet().Class("choices").Body(
		app.Legend().Class("visually-hidden").Text(legend),
		app.Range(order).Slice(func(pos int) app.UI {
			i := order[pos]
			c := q.Choices[i]
			id := "choice-" + strconv.Itoa(pos)
			picked := slices.Contains(f.Response.Choices, i)
			class, mark := "choice", choiceMark{}
			if checked {
				mark = markChoice(q.Type == quiz.Multiple, c.Correct, picked)
				class += " " + mark.class
			}
			return app.Div().Class(class).Body(
				app.Input().Type(inputType).ID(id).Name("answer").Value(strconv.Itoa(pos)).
					Checked(picked).Disabled(checked).
					// go-app keeps the handler of a reused input unless its
					// scope changes: without the scope, the next question's
					// choice at this position would still pick this one.
					OnChange(func(ctx app.Context, e app.Event) {
						on := ctx.JSSrc().Get("checked").Bool()
						f.OnChange(ctx, func(r quiz.Response) quiz.Response { return setChoice(q, r, i, on) })
					}, app.EventScope(f.Attempt.ID, q.ID, i)),
				app.Label().For(id).Body(
					app.Span().Class("key").Aria("hidden", true).Text(strconv.Itoa(pos+1)),
					app.Span().Class("choice-text").Body(questionText(q, c.Text)),
					app.If(mark.words != "", func() app.UI { return mark.render() }),
				),
			)
		}),
	)
}

// choiceMark is what a choice says after checking, in words and a sign
// as well as colour: the class colours the tile, the words say it.
type choiceMark struct {
	class string // "right", "wrong", "missed" or "" (for CSS)
	sign  string // ✓ or ✗, hidden from screen readers (the words say it)
	words string
}

// markChoice tells a choice's state after checking: the learner's own
// pick says "Your answer" and whether it was right; a right choice
// nobody picked says "Right answer", or in "select all" (several right
// answers) "You missed this one".
func markChoice(multiple, correct, picked bool) choiceMark {
	switch {
	case picked && correct:
		return choiceMark{"right picked", "✓", "Your answer — right"}
	case picked:
		return choiceMark{"wrong picked", "✗", "Your answer — wrong"}
	case correct && multiple:
		return choiceMark{"right missed", "!", "You missed this one — a right answer"}
	case correct:
		return choiceMark{"right", "✓", "Right answer"}
	}
	return choiceMark{}
}

// render is the mark on a line of its own under the choice's text.
func (m choiceMark) render() app.UI {
	return app.Span().Class("mark", "mark-"+strings.Fields(m.class)[0]).Body(
		app.Span().Class("mark-sign").Aria("hidden", true).Text(m.sign),
		app.Span().Class("mark-words").Text(m.words),
	)
}

func (f *QuestionForm) renderTrueFalse(q quiz.Question, checked bool) app.UI {
	options := []struct {
		label string
		value bool
	}{{"True", true}, {"False", false}}
	return app.FieldSet().Class("choices").Body(
		app.Legend().Class("visually-hidden").Text("True or false?"),
		app.Range(options).Slice(func(pos int) app.UI {
			o := options[pos]
			id := "choice-" + strconv.Itoa(pos)
			picked := f.Response.Bool != nil && *f.Response.Bool == o.value
			class, mark := "choice", choiceMark{}
			if checked {
				mark = markChoice(false, o.value == q.Truth, picked)
				class += " " + mark.class
			}
			return app.Div().Class(class).Body(
				app.Input().Type("radio").ID(id).Name("answer").Value(o.label).Checked(picked).Disabled(checked).
					OnChange(func(ctx app.Context, e app.Event) {
						v := o.value
						f.OnChange(ctx, func(r quiz.Response) quiz.Response { r.Bool = &v; return r })
					}),
				app.Label().For(id).Body(
					app.Span().Class("key").Aria("hidden", true).Text(strconv.Itoa(pos+1)),
					app.Span().Class("choice-text").Text(o.label),
					app.If(mark.words != "", func() app.UI { return mark.render() }),
				),
			)
		}),
	)
}

func (f *QuestionForm) renderTyped(q quiz.Question, checked bool) app.UI {
	label, mode := "Your answer", "text"
	if q.Type == quiz.Number {
		label, mode = "Your answer (a number)", "decimal"
	}
	return app.Div().Class("typed").Body(
		app.Label().For("answer").Text(label),
		app.Input().Type("text").ID("answer").Name("answer").Attr("inputmode", mode).
			AutoComplete(false).Attr("autocapitalize", "off").Attr("spellcheck", "false").
			Value(f.fieldText).ReadOnly(checked).
			Aria("describedby", "feedback").
			OnInput(func(ctx app.Context, e app.Event) {
				text := ctx.JSSrc().Get("value").String()
				f.OnChange(ctx, func(r quiz.Response) quiz.Response { r.Text = text; return r })
			}),
	)
}

func (f *QuestionForm) renderMatching(q quiz.Question, checked bool) app.UI {
	order := f.Attempt.DisplayOrder(q)
	matches := f.Response.Matches
	if len(matches) != len(q.Pairs) {
		matches = make([]int, len(q.Pairs))
		for i := range matches {
			matches[i] = -1
		}
	}
	// A row per real item; every select offers every partner, the
	// distractors (pairs without an item) among them in the attempt's
	// shuffled order, so an extra partner is told from a right one only
	// by knowing.
	items := q.Items()
	return app.FieldSet().Class("matching").Body(
		app.Legend().Text("Choose the partner of each item"),
		app.Range(items).Slice(func(row int) app.UI {
			i := items[row]
			id := "match-" + strconv.Itoa(i)
			class, mark := "match", choiceMark{}
			if checked {
				mark = markMatch(q, matches[i], i)
				class += " " + mark.class
			}
			return app.Div().Class(class).Body(
				app.Label().For(id).Body(questionText(q, q.Pairs[i].Item)),
				app.Select().ID(id).Disabled(checked).
					// The handler of a reused select is kept (see
					// renderChoices), and two changes can come before a
					// render: it reads every select as it is now rather
					// than the matches of the render that made it.
					OnChange(func(ctx app.Context, e app.Event) {
						matches := make([]int, len(q.Pairs))
						for j := range matches {
							matches[j] = -1
							if el := app.Window().GetElementByID("match-" + strconv.Itoa(j)); el.Truthy() {
								if v, err := strconv.Atoi(el.Get("value").String()); err == nil && v >= 0 && v < len(q.Pairs) {
									matches[j] = v
								}
							}
						}
						f.OnChange(ctx, func(r quiz.Response) quiz.Response { r.Matches = matches; return r })
					}, app.EventScope(f.Attempt.ID, q.ID, i)).
					Body(
						app.Option().Value("-1").Selected(matches[i] < 0).Text("Choose…"),
						app.Range(order).Slice(func(pos int) app.UI {
							j := order[pos]
							return app.Option().Value(strconv.Itoa(j)).Selected(matches[i] == j).Text(q.Pairs[j].Match)
						}),
					),
				app.If(mark.words != "", func() app.UI { return mark.render() }),
			)
		}),
	)
}

// markMatch tells whether the partner picked for item i of a matching
// question is right and, when it is not, which partner is.
func markMatch(q quiz.Question, picked, i int) choiceMark {
	right := q.Pairs[i].Match
	switch {
	case picked >= 0 && picked < len(q.Pairs) && !q.Pairs[picked].Distractor() && q.Pairs[picked].Match == right:
		return choiceMark{"right picked", "✓", "Your answer — right"}
	case picked >= 0 && picked < len(q.Pairs):
		return choiceMark{"wrong picked", "✗", "Your answer — wrong. Right answer: " + right}
	}
	return choiceMark{"wrong", "✗", "No answer. Right answer: " + right}
}
