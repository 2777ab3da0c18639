//go:build !quizonly

package ui

import (
	"strconv"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/generate"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DraftQuestion is one generated question before it is kept: a "keep"
// checkbox, the prompt, the answer and the wrong choices, and the sentence
// of the article that proves it with the fact marked.
type DraftQuestion struct {
	app.Compo

	Index    int // position in the list, from 0
	Question quiz.Question
	// Fact is the fact it asks about; HasFact is false when the generator
	// did not say.
	Fact     generate.Fact
	HasFact  bool
	Answer   string
	Wrong    []string
	Kept     bool
	OnToggle func(ctx app.Context, index int, kept bool)
}

func (d *DraftQuestion) Render() app.UI {
	q := d.Question
	n := strconv.Itoa(d.Index + 1)
	id := "keep-" + n
	promptID := "draft-prompt-" + n
	class := "card draft"
	if !d.Kept {
		class += " dropped"
	}
	answer := d.Answer
	if q.Type == quiz.TrueFalse {
		answer = "False"
		if q.Truth {
			answer = "True"
		}
	}
	if answer == "" {
		answer = q.CorrectAnswer()
	}
	var wrong []string
	if q.Type != quiz.TrueFalse {
		wrong = d.Wrong
	}
	// A fieldset per question: its legend names the group a screen reader
	// enters, and the stylesheet spaces fieldsets apart.
	return app.FieldSet().Class(class).Body(
		app.Legend().Class("visually-hidden").Text("Question "+n),
		app.Div().Class("draft-keep").Body(
			// The label holds its box: the whole "Keep" pill is the target.
			app.Label().Class("keep-toggle").Body(
				app.Input().Type("checkbox").ID(id).Checked(d.Kept).
					Aria("describedby", promptID).
					OnChange(func(ctx app.Context, e app.Event) {
						if d.OnToggle != nil {
							d.OnToggle(ctx, d.Index, ctx.JSSrc().Get("checked").Bool())
						}
					}),
				app.Text("Keep"),
				app.Span().Class("visually-hidden").Text(" question "+n),
			),
			app.Span().Class("muted").Text(" · "+draftTypeName(q.Type)+draftKindSuffix(d)),
			app.If(!d.Kept, func() app.UI {
				return app.Span().Class("muted").Text(" · dropped")
			}),
		),
		app.P().ID(promptID).Class("prompt").Body(
			app.Strong().Text(n+". "),
			app.Text(q.Prompt),
		),
		app.P().Class("answer").Body(
			app.Strong().Text("Answer: "),
			app.Span().Class("draft-answer").Text(answer),
		),
		app.If(len(wrong) > 0, func() app.UI {
			return app.P().Class("wrong-choices muted").Text("Wrong choices: " + strings.Join(wrong, " · "))
		}),
		app.If(q.Evidence != "", func() app.UI {
			return app.Figure().Class("evidence").Body(
				app.FigCaption().Text("From the article:"),
				app.Blockquote().Body(d.evidence()...),
			)
		}),
	)
}

// evidence is the proving sentence with the fact marked when the fact's
// offsets fall inside it, else the sentence as plain text.
func (d *DraftQuestion) evidence() []app.UI {
	ev := d.Question.Evidence
	f := d.Fact
	if d.HasFact && f.Sentence == ev {
		start, end := f.Start-f.SentenceStart, f.End-f.SentenceStart
		if validFactSpan(ev, start, end) {
			return highlightedText(ev, [2]int{0, len(ev)}, []factSpan{{start: start, end: end, kind: f.Kind}})
		}
	}
	return []app.UI{app.Text(ev)}
}

func draftKindSuffix(d *DraftQuestion) string {
	if !d.HasFact {
		return ""
	}
	return ", about a " + factKindName(d.Fact.Kind)
}

// draftTypeName says what a question type asks for.
func draftTypeName(t quiz.Type) string {
	switch t {
	case quiz.Single:
		return "choose one"
	case quiz.Multiple:
		return "choose all that apply"
	case quiz.TrueFalse:
		return "true or false"
	case quiz.Text:
		return "type the answer"
	case quiz.Number:
		return "type a number"
	case quiz.Matching:
		return "matching"
	}
	return string(t)
}
