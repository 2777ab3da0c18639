package ui

import (
	"factquiz/quiz/review"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// RatingChoice follows the feedback of a checked answer: when the
// question comes back for review ("Next review in 4 days"), and two
// small buttons that change the rating the answer earned: "I knew it"
// and "I guessed".
type RatingChoice struct {
	app.Compo

	// Log is the recorded answer; an empty ID shows nothing.
	Log review.Log
	// Chosen is what the learner said: "knew", "guessed" or "".
	Chosen string
	OnRate func(ctx app.Context, knew bool)
}

func (r *RatingChoice) Render() app.UI {
	if r.Log.ID == "" {
		return app.Div().ID("rating")
	}
	next := ""
	if c, ok := learnerStore().Card(r.Log.QuizID, r.Log.QuestionID); ok {
		next = "Next review " + untilWords(c.FSRS.Due, now()) + "."
	}
	return app.Div().ID("rating").Class("rating").Body(
		app.P().ID("next-review").Attr("role", "status").Text(next),
		app.Div().Class("rating-buttons").Role("group").Aria("label", "How well did you know it?").Body(
			app.Button().ID("knew-it").Class("button small").Type("button").
				Aria("pressed", r.Chosen == "knew").Text("I knew it").
				OnClick(func(ctx app.Context, e app.Event) { r.OnRate(ctx, true) }),
			app.Button().ID("guessed").Class("button small").Type("button").
				Aria("pressed", r.Chosen == "guessed").Text("I guessed").
				OnClick(func(ctx app.Context, e app.Event) { r.OnRate(ctx, false) }),
		),
	)
}
