// Package progress turns the learner's history (finished attempts, review
// cards and review logs) into the figures the Progress page draws: the
// score of each full attempt over time, accuracy by fact kind and by
// question, cards by FSRS state, reviews due per day, the day streak and
// the reviews done today. It imports no go-app: the UI draws what it
// returns.
//
// Which answers count where:
//   - Scores are full attempts only (Mode "quiz", or an older record with
//     no mode that played as many questions as the quiz's longest
//     attempt): a retry of the missed questions or a practice session
//     never shows as a score.
//   - Accuracy counts the first answer to each question in each finished
//     attempt of any mode (a question that came back later in the same
//     session counts once, as in the score) and every answer given on the
//     Review page. Answers of the other modes are also written as review
//     logs; they are counted from their attempt, never twice.
//   - Days are the learner's days, in the *time.Location given.
package progress

import (
	"sort"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"
	"factquiz/quiz/store"
)

// History is what the learner has done, as the store keeps it.
type History struct {
	// Attempts are the finished attempts, of every mode.
	Attempts []*attempt.Attempt
	Cards    []review.Card
	Logs     []review.Log
	// Quizzes are the quizzes known to the page, for the questions' fact
	// kinds and order; a question no longer in them falls back to its
	// card's kind.
	Quizzes []*quiz.Quiz
}

// ForQuiz is the part of h about one quiz; "" keeps everything.
func (h History) ForQuiz(quizID string) History {
	if quizID == "" {
		return h
	}
	out := History{}
	for _, a := range h.Attempts {
		if a != nil && a.QuizID == quizID {
			out.Attempts = append(out.Attempts, a)
		}
	}
	for _, c := range h.Cards {
		if c.QuizID == quizID {
			out.Cards = append(out.Cards, c)
		}
	}
	for _, l := range h.Logs {
		if l.QuizID == quizID {
			out.Logs = append(out.Logs, l)
		}
	}
	for _, q := range h.Quizzes {
		if q != nil && q.ID == quizID {
			out.Quizzes = append(out.Quizzes, q)
		}
	}
	return out
}

// Report is every figure of the Progress page.
type Report struct {
	Scores     []Series
	ByKind     []Accuracy
	ByQuestion []QuestionAccuracy
	States     []StateCount
	Due        []DayCount
	// DueLater counts the active cards due after the days of Due.
	DueLater int
	// DueNow counts the active cards due by now.
	DueNow       int
	Streak       int
	ReviewsToday int
	// Answers is how many answers Accuracy is drawn from.
	Answers int
}

// DueDays is how many days the due chart shows, today first.
const DueDays = 30

// Build computes the report of h at now, with days in loc.
func Build(h History, now time.Time, loc *time.Location) Report {
	answers := Answers(h)
	due, later := DuePerDay(h.Cards, now, loc, DueDays)
	return Report{
		Scores:       Scores(h.Attempts),
		ByKind:       ByKind(answers, h.KindOf),
		ByQuestion:   ByQuestion(answers, h.Quizzes),
		States:       CardStates(h.Cards),
		Due:          due,
		DueLater:     later,
		DueNow:       DueNow(h.Cards, now),
		Streak:       Streak(h, now, loc),
		ReviewsToday: ReviewsToday(h.Logs, now, loc),
		Answers:      len(answers),
	}
}

// Percent is part out of whole in percent, rounded half up; 0 when whole
// is 0.
func Percent(part, whole int) int {
	if whole <= 0 {
		return 0
	}
	return (part*200 + whole) / (whole * 2)
}

// ---- Scores of full attempts ----

// Score is one full attempt's result.
type Score struct {
	AttemptID string
	QuizID    string
	At        time.Time // when it finished
	Percent   int
	Score     float64 // points, half-right questions counting half
	Max       int     // questions played
}

// Series is the scores of one quiz's full attempts, oldest first.
type Series struct {
	QuizID string
	// Title is the quiz's title as its latest attempt recorded it (the UI
	// prefers the title of the quiz file as it is now).
	Title  string
	Points []Score
}

// Scores groups the full finished attempts by quiz (store.Full: the rule
// of the home page's "best" and "last"), each series oldest
// first; the series are ordered by their latest attempt, newest first.
func Scores(attempts []*attempt.Attempt) []Series {
	longest := map[string]int{}
	for _, a := range attempts {
		if a == nil {
			continue
		}
		if _, done := longest[a.QuizID]; !done {
			longest[a.QuizID] = store.Longest(attempts, a.QuizID)
		}
	}
	byQuiz := map[string]*Series{}
	var out []*Series
	for _, a := range attempts {
		if a == nil || !store.Full(a, longest[a.QuizID]) {
			continue
		}
		s := byQuiz[a.QuizID]
		if s == nil {
			s = &Series{QuizID: a.QuizID}
			byQuiz[a.QuizID] = s
			out = append(out, s)
		}
		s.Points = append(s.Points, Score{
			AttemptID: a.ID, QuizID: a.QuizID, At: a.Finished,
			Percent: a.Percent(), Score: a.Score(), Max: a.Questions(),
		})
	}
	series := make([]Series, 0, len(out))
	for _, s := range out {
		pts := s.Points
		sort.SliceStable(pts, func(i, j int) bool {
			if !pts[i].At.Equal(pts[j].At) {
				return pts[i].At.Before(pts[j].At)
			}
			return pts[i].AttemptID < pts[j].AttemptID
		})
		s.Title = latestTitle(attempts, s.QuizID)
		series = append(series, *s)
	}
	sort.SliceStable(series, func(i, j int) bool {
		a, b := series[i].Points[len(series[i].Points)-1].At, series[j].Points[len(series[j].Points)-1].At
		if !a.Equal(b) {
			return a.After(b)
		}
		return series[i].QuizID < series[j].QuizID
	})
	return series
}

// latestTitle is the title recorded by the latest finished attempt at a quiz.
func latestTitle(attempts []*attempt.Attempt, quizID string) string {
	var title string
	var at time.Time
	for _, a := range attempts {
		if a != nil && a.QuizID == quizID && a.QuizTitle != "" && (title == "" || a.Finished.After(at)) {
			title, at = a.QuizTitle, a.Finished
		}
	}
	return title
}
