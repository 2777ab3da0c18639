package ui

import (
	"fmt"
	"math"

	"factquiz/quiz"
	"factquiz/quiz/attempt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Feedback tells, once an answer is checked, whether it was right, what
// the right answer is, why, and the sentence of the source that proves it.
// It is a live region, so screen readers announce it as it appears.
type Feedback struct {
	app.Compo

	Question quiz.Question
	Result   quiz.Result
	Checked  bool
	Hint     string
	// Response is the learner's answer, shown in words under the verdict
	// when it was not right.
	Response quiz.Response
}

func (f *Feedback) Render() app.UI {
	return app.Div().ID("feedback").Class("feedback").Attr("role", "status").Aria("live", "polite").Aria("atomic", true).Body(
		app.If(!f.Checked && f.Hint != "", func() app.UI {
			return app.P().Class("hint").Text(f.Hint)
		}),
		app.If(f.Checked, func() app.UI { return f.renderChecked() }),
	)
}

// verdict is how a checked answer went: a sentence for the feedback, a
// word with a sign for the bar at the bottom, and the class that colours
// both.
type verdict struct{ sentence, short, class string }

func verdictOf(r quiz.Result) verdict {
	switch {
	case r.Correct:
		return verdict{"Right!", "✓ Right", "right"}
	case r.Score > 0:
		return verdict{fmt.Sprintf("Partly right: %d%% of the marks.", int(math.Round(r.Score*100))), "◐ Partly right", "partial"}
	}
	return verdict{"Wrong.", "✗ Wrong", "wrong"}
}

func (f *Feedback) renderChecked() app.UI {
	q, r := f.Question, f.Result
	verdict := verdictOf(r)
	return app.Div().Class("feedback-body").Body(
		app.P().ID("verdict").Class("verdict "+verdict.class).Text(verdict.sentence),
		app.If(!r.Correct, func() app.UI {
			given := attempt.DescribeResponse(q, f.Response)
			return app.P().Class("answer", "your-answer").Body(
				app.Strong().Text("Your answer: "),
				app.Span().ID("your-answer").Text(given),
			)
		}),
		app.If(!r.Correct, func() app.UI {
			return app.P().Class("answer").Body(
				app.Strong().Text("The right answer: "),
				app.Span().ID("correct-answer").Text(q.CorrectAnswer()),
			)
		}),
		app.Range(r.Feedback).Slice(func(i int) app.UI {
			return app.P().Class("answer-feedback").Body(questionText(q, r.Feedback[i]))
		}),
		app.If(q.Explanation != "", func() app.UI {
			return app.P().Class("explanation").Body(questionText(q, q.Explanation))
		}),
		app.If(q.Evidence != "", func() app.UI {
			return app.Figure().Class("evidence").Body(
				app.FigCaption().Text("From the source:"),
				// The words that answer the question are marked (text only).
				app.Blockquote().ID("evidence").Body(evidenceParts(q)...),
			)
		}),
	)
}
