// Package review schedules the questions a learner has answered for
// spaced review with FSRS (github.com/open-spaced-repetition/go-fsrs/v4,
// FSRS-6 with its default parameters). A question answered in a quiz
// becomes a Card; each review rates the answer (Rate) and the scheduler
// sets the card's next due time. Cards follow the question files as they
// change (Reconcile). The package imports no go-app: the store keeps its
// records and the UI shows them.
package review

import (
	"math"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// Settings are the learner's choices for reviews.
type Settings struct {
	// Retention is the desired probability of recalling a card when it
	// comes due: 0.80 to 0.97, 0.9 by default. Higher means more reviews.
	Retention float64 `json:"retention"`
	// MaxIntervalDays caps the time between two reviews of a card, in
	// days: 1 to 36500 (FSRS's own cap, the default).
	MaxIntervalDays int `json:"maxIntervalDays"`
	// NoRequeue turns off bringing a missed question back later in the
	// same quiz session (on by default, so the zero value means on).
	NoRequeue bool `json:"noRequeue,omitempty"`
	// LastBackup is when the learner last downloaded a backup (zero:
	// never), for the reminder on the Settings page.
	LastBackup time.Time `json:"lastBackup,omitzero"`
}

// Limits of Settings.
const (
	MinRetention       = 0.80
	MaxRetention       = 0.97
	DefaultRetention   = 0.9
	DefaultMaxInterval = 36500
)

// DefaultSettings are the settings of a learner who changed none.
func DefaultSettings() Settings {
	return Settings{Retention: DefaultRetention, MaxIntervalDays: DefaultMaxInterval}
}

// Clamped returns the settings brought within their limits: a retention
// below MinRetention or above MaxRetention is moved to the nearest limit,
// a maximum interval to 1 to DefaultMaxInterval days. A retention or
// maximum interval of zero (not set, or not a number) is the default.
func (s Settings) Clamped() Settings {
	switch {
	case s.Retention == 0 || math.IsNaN(s.Retention):
		s.Retention = DefaultRetention
	case s.Retention < MinRetention:
		s.Retention = MinRetention
	case s.Retention > MaxRetention:
		s.Retention = MaxRetention
	}
	switch {
	case s.MaxIntervalDays == 0:
		s.MaxIntervalDays = DefaultMaxInterval
	case s.MaxIntervalDays < 1:
		s.MaxIntervalDays = 1
	case s.MaxIntervalDays > DefaultMaxInterval:
		s.MaxIntervalDays = DefaultMaxInterval
	}
	return s
}

// Card is the review schedule of one question of one quiz.
type Card struct {
	QuizID     string `json:"quizId"`
	QuestionID string `json:"questionId"`
	// Hash is the question's content hash (Hash) when the card was last
	// scheduled: a changed question resets its card, and a renamed file's
	// cards follow their questions by it.
	Hash string `json:"hash"`
	// Fact is the question's fact kind ("date", "leader", ...), kept for
	// the progress charts; empty for hand-written questions.
	Fact string    `json:"fact,omitempty"`
	FSRS fsrs.Card `json:"fsrs"`
	// Retired is when the card's question left its quiz; a retired card
	// is never due and not counted.
	Retired time.Time `json:"retired,omitzero"`
}

// Key names a card in storage and in maps: quiz ID and question ID.
func (c Card) Key() string { return CardKey(c.QuizID, c.QuestionID) }

// CardKey is the key of the card of a quiz's question.
func CardKey(quizID, questionID string) string { return quizID + "/" + questionID }

// Mode is where an answer was given.
type Mode string

const (
	ModeQuiz     Mode = "quiz"     // a full attempt at a quiz
	ModeRetry    Mode = "retry"    // "Retry the missed questions"
	ModePractice Mode = "practice" // "Practise mistakes"
	ModeReview   Mode = "review"   // the Review page
)

// Log is one rated answer to a card's question: the review history the
// progress charts and the streak are drawn from. Each has its own ID, so
// that two tabs, or a backup restored twice, never count one twice.
type Log struct {
	ID         string      `json:"id"`
	QuizID     string      `json:"quizId"`
	QuestionID string      `json:"questionId"`
	Mode       Mode        `json:"mode"`
	Rating     fsrs.Rating `json:"rating"`
	// Score is the answer's grade, 0 to 1; Correct is a fully right one.
	Score   float64 `json:"score"`
	Correct bool    `json:"correct"`
	// TookMS is how long the learner took to answer, in milliseconds.
	TookMS int64     `json:"tookMs"`
	At     time.Time `json:"at"`
	// Before is the card as it was before this answer, so that changing
	// the rating ("I knew it", "I guessed") reschedules from it.
	Before fsrs.Card `json:"before"`
}
