package ui

import (
	"fmt"

	"factquiz/quiz/review"
	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuizCard shows one quiz on the home page: its title, question count,
// the best and last scores of full attempts (retries and practice aside)
// and when it was last played, an attempt in progress with Resume and
// Start over, and the reviews due; or what is wrong with its file.
type QuizCard struct {
	app.Compo

	File quizFile
	// Stats are the learner's, passed in so that the card is redrawn when
	// they change (another tab finished the quiz).
	Stats store.Stats
	// Due is how many of the quiz's review cards are due now.
	Due int
	// Note tells this card from another with the same title ("kept on
	// 2 Dec, 14:05", "quiz 2 of this title"); see cardNotes.
	Note string
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
			return app.P().Class("description").Text(learnerDescription(f.Quiz.Description))
		}),
		app.If(f.Playable(), func() app.UI {
			return c.renderStats()
		}),
		app.If(f.Playable() && c.Stats.InProgress > 0, func() app.UI {
			return c.renderInProgress()
		}),
		app.If(len(errs) > 0, func() app.UI {
			return &ProblemList{Title: fmt.Sprintf("%s has %s", f.File, plural(len(errs), "problem", "problems")), Problems: errs}
		}),
		// No file name here: the teachers' page lists the files.
		app.If(c.Note != "" || f.Own, func() app.UI {
			return app.P().Class("card-note muted").Text(c.noteText())
		}),
	)
}

func (c *QuizCard) renderStats() app.UI {
	st := c.Stats
	n := c.File.QuestionCount()
	var parts []string
	if st.Played > 0 {
		parts = append(parts,
			fmt.Sprintf("best %d%%", st.Best),
			fmt.Sprintf("last %d%%", st.Last),
			"last played "+relativeTime(st.LastPlayed, now()))
	} else if st.Other > 0 {
		parts = append(parts, "no full attempt yet")
	} else if st.InProgress == 0 {
		parts = append(parts, "not played yet")
	}
	return app.P().Class("stats").Body(
		app.Span().Text(plural(n, "question", "questions")),
		app.Range(parts).Slice(func(i int) app.UI { return app.Span().Text(parts[i]) }),
		app.If(c.Due > 0, func() app.UI {
			return app.Span().Class("due").Text(fmt.Sprintf("%d due for review", c.Due))
		}),
	)
}

// renderInProgress is the attempt left half-way: "In progress: 4 of 19",
// with Resume (the quiz page picks it up) and Start over.
func (c *QuizCard) renderInProgress() app.UI {
	st, id := c.Stats, c.File.ID
	return app.Div().Class("in-progress").Body(
		app.P().Class("in-progress-text").Text(fmt.Sprintf("%s: %d of %d", inProgressLabel(st.InProgressMode), st.InProgress, st.InProgressTotal)),
		app.Div().Class("card-actions").Body(
			app.A().ID("resume-"+id).Class("button primary small").Href(quizPath(id)+"#resume").
				Aria("label", "Resume "+c.title()).Text("Resume"),
			app.Button().ID("start-over-"+id).Class("button small").Type("button").
				Aria("label", "Start over "+c.title()).Text("Start over").
				OnClick(func(ctx app.Context, e app.Event) {
					startOver = id
					ctx.Navigate(quizPath(id))
				}, app.EventScope(id)),
		),
	)
}

// inProgressLabel names an attempt in progress by its kind.
func inProgressLabel(m review.Mode) string {
	switch m {
	case review.ModeRetry:
		return "Retry in progress"
	case review.ModePractice:
		return "Practice in progress"
	}
	return "In progress"
}

func (c *QuizCard) title() string {
	if c.File.Quiz != nil && c.File.Quiz.Title != "" {
		return c.File.Quiz.Title
	}
	return c.File.File
}

// noteText is the card's last line: its Note, and that an own quiz is
// kept in this browser.
func (c *QuizCard) noteText() string {
	switch {
	case c.Note != "" && c.File.Own:
		return "Kept in this browser · " + c.Note
	case c.File.Own:
		return "Kept in this browser"
	}
	return firstUpper(c.Note)
}

// quizPath is the address of the quiz's page, for a link or ctx.Navigate.
func quizPath(id string) string { return appPath("/quiz/" + id) }
