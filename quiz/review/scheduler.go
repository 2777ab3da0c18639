package review

import (
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"

	"factquiz/quiz"
)

// Scheduler sets the next review of cards with go-fsrs: FSRS-6 with its
// default parameters (weights, learning steps of 1 and 10 minutes, a
// relearning step of 10 minutes, no fuzz), the learner's desired retention
// and maximum interval. It holds no card; it is safe for concurrent use.
type Scheduler struct {
	settings Settings
	f        *fsrs.FSRS
}

// NewScheduler returns a scheduler for the learner's settings, clamped to
// their limits (Settings.Clamped).
func NewScheduler(s Settings) *Scheduler {
	s = s.Clamped()
	p := fsrs.DefaultParam()
	p.RequestRetention = s.Retention
	p.MaximumInterval = float64(s.MaxIntervalDays)
	return &Scheduler{settings: s, f: fsrs.NewFSRS(p)}
}

// Settings returns the settings the scheduler uses, clamped.
func (s *Scheduler) Settings() Settings { return s.settings }

// Review schedules c as answered with rating r at now and returns it. A
// rating out of range is taken as the nearest one (Again or Easy); a clock
// behind the card's last review (another device, a clock set back) counts
// as the time of that review; a card whose memory state cannot be read
// (a record edited by hand) starts again as new. It never fails.
func (s *Scheduler) Review(c Card, r fsrs.Rating, now time.Time) Card {
	r = min(max(r, fsrs.Again), fsrs.Easy)
	if c.FSRS.LastReview.After(now) {
		now = c.FSRS.LastReview
	}
	info, err := s.f.Next(c.FSRS, now, r)
	if err != nil {
		info, err = s.f.Next(fsrs.NewCard(now), now, r)
		if err != nil {
			return c
		}
	}
	c.FSRS = info.Card
	return c
}

// Answer rates an answer to c's question q (Rate), schedules c with the
// rating and returns it with the answer's Log, whose ID is id and whose
// Before is c's schedule before the answer. When q is no longer the
// question c was scheduled for (its Hash changed), c starts again as new
// first, as Reconcile would do. A retired card answered again is active.
func (s *Scheduler) Answer(c Card, q quiz.Question, res quiz.Result, mode Mode, took time.Duration, now time.Time, id string) (Card, Log) {
	h := Hash(q)
	if c.Hash != h {
		if c.Hash != "" {
			c.FSRS = fsrs.NewCard(now)
		}
		c.Hash = h
	}
	if c.QuestionID == "" {
		c.QuestionID = q.ID
	}
	c.Fact = q.Fact
	c.Retired = time.Time{}
	before := c.FSRS
	rating := Rate(q, res, took)
	c = s.Review(c, rating, now)
	return c, Log{
		ID:         id,
		QuizID:     c.QuizID,
		QuestionID: c.QuestionID,
		Mode:       mode,
		Rating:     rating,
		Score:      res.Score,
		Correct:    res.Correct,
		TookMS:     max(took.Milliseconds(), 0),
		At:         now,
		Before:     before,
	}
}

// Rerate changes the rating of the answer l ("I knew it", "I guessed")
// and returns the card and the log with the new rating. The card is
// scheduled again from l.Before at the time of l, as if the answer had
// been rated r in the first place; when the card has been reviewed again
// since l (another tab), that later review stands and only the log's
// rating changes.
func (s *Scheduler) Rerate(c Card, l Log, r fsrs.Rating) (Card, Log) {
	r = min(max(r, fsrs.Again), fsrs.Easy)
	l.Rating = r
	if c.FSRS.Reps != l.Before.Reps+1 || c.FSRS.LastReview.Before(l.At) {
		return c, l
	}
	c.FSRS = l.Before
	return s.Review(c, r, l.At), l
}

// NewCard is the card of a question of a quiz answered for the first
// time at now: new to FSRS, due now.
func NewCard(quizID string, q quiz.Question, now time.Time) Card {
	return Card{QuizID: quizID, QuestionID: q.ID, Hash: Hash(q), Fact: q.Fact, FSRS: fsrs.NewCard(now)}
}
