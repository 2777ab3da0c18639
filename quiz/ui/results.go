package ui

import (
	"fmt"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Results is the end of an attempt: score, percentage, time taken, the
// missed questions with the learner's answer and the right one, and the
// ways to go on.
type Results struct {
	app.Compo

	Quiz     *quiz.Quiz
	Attempt  *attempt.Attempt
	SaveFail bool
	// Mistakes is how many questions "Practise mistakes" would play.
	Mistakes   int
	OnRetry    func(app.Context)
	OnRestart  func(app.Context)
	OnPractise func(app.Context)
	OnSave     func(app.Context)
	// Earlier are the learner's attempts at the quiz, this one among
	// them or not: the score is compared with the last and best full one.
	Earlier []*attempt.Attempt
}

// renderComparison is the score against the last and the best full
// attempt, "New best!", and a small celebration at 100% (in words too).
func (r *Results) renderComparison(percent int) app.UI {
	text, best := scoreComparison(r.Attempt, r.Earlier)
	perfect := percent == 100 && r.Attempt.Mode == review.ModeQuiz
	return app.Div().ID("comparison-box").Class("comparison").Body(
		app.If(perfect, func() app.UI {
			return app.P().ID("perfect").Class("perfect").Body(
				app.Span().Class("confetti").Aria("hidden", "true"),
				app.Text("Every answer right. Well done!"),
			)
		}),
		app.If(best, func() app.UI { return app.P().ID("new-best").Class("new-best").Text("New best!") }),
		app.If(text != "", func() app.UI { return app.P().ID("comparison").Text(text) }),
	)
}

// modeNote says what kind of session the results are of, and how the
// score was counted when missed questions came back.
func (r *Results) modeNote() string {
	note := ""
	switch r.Attempt.Mode {
	case review.ModeRetry:
		note = "A retry of the missed questions: it does not change your best score."
	case review.ModePractice:
		note = "Practice of your mistakes: it does not change your best score."
	}
	if again := comeBack(r.Attempt); again > 0 {
		if note != "" {
			note += " "
		}
		note += "The score counts your first answers; " + plural(again, "question came", "questions came") + " back until you answered right."
	}
	return note
}

func (r *Results) Render() app.UI {
	s := r.Attempt.Summary(r.Quiz)
	return app.Section().Class("results").Aria("labelledby", "results-title").Body(
		app.H1().ID("results-title").TabIndex(-1).Text("Results: "+r.Quiz.Title),
		app.P().ID("score").Class("score").Text(fmt.Sprintf("%s out of %d", formatScore(s.Score), s.Max)),
		app.P().ID("percent").Class("percent").Text(fmt.Sprintf("%d%%", s.Percent)),
		r.renderComparison(s.Percent),
		app.P().ID("duration").Text("Time taken: "+duration(s.Duration)),
		app.If(pace(r.Attempt) != "", func() app.UI { return app.P().ID("pace").Text(pace(r.Attempt)) }),
		app.If(r.modeNote() != "", func() app.UI {
			return app.P().ID("mode-note").Class("muted").Text(r.modeNote())
		}),
		app.If(r.SaveFail, func() app.UI {
			return app.Button().ID("save-again").Class("button primary").Text("Try saving again").
				OnClick(func(ctx app.Context, e app.Event) { r.OnSave(ctx) })
		}),
		app.Div().Class("actions").Body(
			app.If(len(s.Missed) > 0, func() app.UI {
				return app.Button().ID("retry-missed").Class("button primary").
					Text("Retry the " + plural(len(s.Missed), "missed question", "missed questions")).
					OnClick(func(ctx app.Context, e app.Event) { r.OnRetry(ctx) })
			}),
			app.If(r.Mistakes > 0 && r.OnPractise != nil, func() app.UI {
				return app.Button().ID("practise").Class("button").
					Text("Practise mistakes (" + plural(r.Mistakes, "question", "questions") + ")").
					OnClick(func(ctx app.Context, e app.Event) { r.OnPractise(ctx) })
			}),
			app.Button().ID("restart").Class("button").Text("Start again").
				OnClick(func(ctx app.Context, e app.Event) { r.OnRestart(ctx) }),
			app.A().Class("button").Href(appPath("/")).Text("All quizzes"),
		),
		app.If(r.Attempt.Mode == review.ModeQuiz || r.Attempt.Mode == "", func() app.UI {
			// Only a full attempt: a retry's score is of some questions.
			return &SendResult{Quiz: r.Quiz, Attempt: r.Attempt}
		}),
		app.If(len(s.Missed) > 0, func() app.UI {
			return app.Section().Class("missed").Aria("labelledby", "missed-title").Body(
				app.H2().ID("missed-title").Text("Missed questions"),
				app.Ol().Body(
					app.Range(s.Missed).Slice(func(i int) app.UI {
						m := s.Missed[i]
						return app.Li().Class("missed-question").Body(
							app.P().Class("prompt").Text(m.Question.Prompt),
							app.P().Body(app.Strong().Text("Your answer: "), app.Text(orNone(m.Given))),
							app.P().Body(app.Strong().Text("The answer: "), app.Text(m.Correct)),
							app.If(m.Question.Evidence != "", func() app.UI {
								return app.Blockquote().Class("evidence").Text(m.Question.Evidence)
							}),
						)
					}),
				),
			)
		}).Else(func() app.UI {
			return app.P().Class("all-right").Text("You answered every question right.")
		}),
	)
}

// formatScore writes 7 or 7.5: partial credit can make halves.
func formatScore(v float64) string {
	return quiz.FormatNumber(float64(int(v*10+0.5)) / 10)
}

func orNone(s string) string {
	if s == "" {
		return "(no answer)"
	}
	return s
}

// comeBack is how many times a missed question came back in the attempt.
func comeBack(a *attempt.Attempt) int {
	seen := map[string]bool{}
	n := 0
	for _, id := range a.Order[:min(a.Current, len(a.Order))] {
		if seen[id] {
			n++
		}
		seen[id] = true
	}
	return n
}
