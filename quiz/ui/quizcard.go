package ui

import (
	"fmt"
	"time"

	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuizCard shows one quiz on the home page: its title, question count,
// best score and when it was last played, or what is wrong with its file.
type QuizCard struct {
	app.Compo

	File quizFile
	// Stats are the learner's, passed in so that the card is redrawn when
	// they change (another tab finished the quiz).
	Stats store.Stats
}

func (c *QuizCard) Render() app.UI {
	f := c.File
	errs := f.Problems.Errors()
	title := f.File
	if f.Quiz != nil && f.Quiz.Title != "" {
		title = f.Quiz.Title
	}
	headingID := "card-" + f.ID
	return app.Article().Class("card").Aria("labelledby", headingID).Body(
		app.H2().ID(headingID).Body(
			app.If(f.Playable(), func() app.UI {
				return app.A().Href(quizPath(f.ID)).Text(title)
			}).Else(func() app.UI {
				return app.Span().Text(title)
			}),
		),
		app.If(f.Quiz != nil && f.Quiz.Description != "", func() app.UI {
			return app.P().Class("description").Text(f.Quiz.Description)
		}),
		app.If(f.Playable(), func() app.UI {
			return c.renderStats()
		}),
		app.If(len(errs) > 0, func() app.UI {
			return &ProblemList{Title: fmt.Sprintf("%s has %s", f.File, plural(len(errs), "problem", "problems")), Problems: errs}
		}),
		app.P().Class("file muted").Body(
			app.Text(f.File),
			app.If(f.Own, func() app.UI { return app.Text(" · kept in this browser") }),
		),
	)
}

func (c *QuizCard) renderStats() app.UI {
	st := c.Stats
	n := len(c.File.Quiz.Questions)
	best, last := "not played yet", ""
	if st.Played > 0 {
		best = fmt.Sprintf("best %d%%", st.Best)
		last = "last played " + relativeTime(st.LastPlayed, time.Now())
	}
	return app.P().Class("stats").Body(
		app.Span().Text(plural(n, "question", "questions")),
		app.Span().Text(best),
		app.If(last != "", func() app.UI { return app.Span().Text(last) }),
	)
}

func quizPath(id string) string { return "/quiz/" + id }
