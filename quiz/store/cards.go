package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"

	"factquiz/quiz"
	"factquiz/quiz/review"
)

// The review records as stored. Each carries the schema version.
type (
	cardRecord struct {
		V    int          `json:"v"`
		Card *review.Card `json:"card"`
	}
	logRecord struct {
		V   int         `json:"v"`
		Log *review.Log `json:"log"`
	}
	settingsRecord struct {
		V        int              `json:"v"`
		Settings *review.Settings `json:"settings"`
	}
)

func decodeCard(raw, id string) (*review.Card, error) {
	var rec cardRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil || rec.Card == nil {
		return nil, errShape
	}
	c := rec.Card
	if err := checkCard(*c); err != nil {
		return nil, err
	}
	if c.Key() != id {
		return nil, fmt.Errorf("it is saved under the wrong name")
	}
	return c, nil
}

// checkCard checks what can be checked without the quiz, so that a card
// that is read never makes the scheduler or the charts go wrong.
func checkCard(c review.Card) error {
	f := c.FSRS
	switch {
	case c.QuizID == "" || c.QuestionID == "":
		return fmt.Errorf("it does not say which question it is for")
	case f.State < fsrs.New || f.State > fsrs.Relearning:
		return fmt.Errorf("its review state is unknown")
	case f.Due.IsZero():
		return fmt.Errorf("it has no due date")
	case !finite(f.Stability) || !finite(f.Difficulty) || f.Stability < 0 || f.Difficulty < 0:
		return fmt.Errorf("its review schedule is damaged")
	}
	return nil
}

func decodeLog(raw, id string) (*review.Log, error) {
	var rec logRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil || rec.Log == nil {
		return nil, errShape
	}
	l := rec.Log
	if err := checkLog(*l); err != nil {
		return nil, err
	}
	if l.ID != id {
		return nil, fmt.Errorf("it is saved under the wrong name")
	}
	return l, nil
}

func checkLog(l review.Log) error {
	switch {
	case l.ID == "":
		return fmt.Errorf("it has no ID")
	case l.QuizID == "" || l.QuestionID == "":
		return fmt.Errorf("it does not say which question it is for")
	case l.At.IsZero():
		return fmt.Errorf("it has no time")
	case l.Rating < fsrs.Manual || l.Rating > fsrs.Easy || !finite(l.Score) || l.Score < 0 || l.Score > 1:
		return fmt.Errorf("its grade is out of range")
	}
	return nil
}

// decodeSettings reads the learner's settings; values out of range are
// brought within their limits, never refused.
func decodeSettings(raw, id string) (*review.Settings, error) {
	var rec settingsRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil || rec.Settings == nil {
		return nil, errShape
	}
	if id != settingsID {
		return nil, fmt.Errorf("it is saved under the wrong name")
	}
	s := rec.Settings.Clamped()
	return &s, nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// Cards returns every review card, retired ones included, in key order.
func (s *Store) Cards() []review.Card {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]review.Card, 0, len(s.cards))
	for _, c := range s.cards {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key() < out[j].Key() })
	return out
}

// Card returns the review card of a quiz's question.
func (s *Store) Card(quizID, questionID string) (review.Card, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.cards[review.CardKey(quizID, questionID)]
	return c, ok
}

// SaveCard stores a review card under its own key, replacing the one
// stored for the same question.
func (s *Store) SaveCard(c review.Card) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := checkCard(c); err != nil {
		return &SaveError{What: "your review", Err: err}
	}
	if err := s.put(CardKey(c.QuizID, c.QuestionID), cardRecord{V: Version, Card: &c}, "your review"); err != nil {
		return err
	}
	s.cards[c.Key()] = c
	return nil
}

// Logs returns every review log, oldest first (then by ID).
func (s *Store) Logs() []review.Log {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]review.Log, 0, len(s.logs))
	for _, l := range s.logs {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].At.Equal(out[j].At) {
			return out[i].At.Before(out[j].At)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// AddLog stores a review log under its own key. Adding a log with the ID
// of a stored one replaces it, so a log is never counted twice.
func (s *Store) AddLog(l review.Log) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.putLog(l)
}

func (s *Store) putLog(l review.Log) error {
	if err := checkLog(l); err != nil {
		return &SaveError{What: "your review", Err: err}
	}
	if err := s.put(LogKey(l.ID), logRecord{V: Version, Log: &l}, "your review"); err != nil {
		return err
	}
	s.logs[l.ID] = l
	return nil
}

// ErrNoLog is wrapped by the error of ReplaceLog and Rerate for a review
// that is not stored (removed by another tab, or never saved).
var ErrNoLog = errors.New("this answer's review is no longer saved")

// ReplaceLog stores a changed review log (a new rating, see
// review.Scheduler.Rerate) over the stored one of the same ID.
func (s *Store) ReplaceLog(l review.Log) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, mem := s.logs[l.ID]
	_, stored := s.kv.Get(LogKey(l.ID))
	if l.ID == "" || (!mem && !stored) {
		return &SaveError{What: "your new rating", Err: ErrNoLog}
	}
	return s.putLog(l)
}

// Settings returns the learner's review settings, within their limits;
// the defaults when none are saved.
func (s *Store) Settings() review.Settings {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.learnerSettings()
}

func (s *Store) learnerSettings() review.Settings {
	if s.settings == nil {
		return review.DefaultSettings()
	}
	return s.settings.Clamped()
}

// SaveSettings stores the learner's review settings, brought within their
// limits first (review.Settings.Clamped).
func (s *Store) SaveSettings(st review.Settings) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	st = st.Clamped()
	if err := s.put(SettingsKey, settingsRecord{V: Version, Settings: &st}, "your settings"); err != nil {
		return err
	}
	s.settings = &st
	return nil
}

// Answer records an answer to question q of a quiz: it reads the
// question's card afresh from the storage (another tab may have reviewed
// it since this one read it), or starts a new card, schedules it with sch
// (review.Scheduler.Answer; nil: a scheduler with the saved settings), and
// stores the card and a new log. Two tabs answering in turn both count:
// each schedules on top of the other's review, and each log has its own
// ID. When either record cannot be written, neither is, and the error
// says why. A card record that cannot be read is kept aside, as Open does,
// and the question starts again as new.
func (s *Store) Answer(sch *review.Scheduler, quizID string, q quiz.Question, res quiz.Result, mode review.Mode, took time.Duration, now time.Time) (review.Log, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if quizID == "" || q.ID == "" {
		return review.Log{}, &SaveError{What: "your review", Err: errors.New("the question has no name")}
	}
	if sch == nil {
		sch = review.NewScheduler(s.learnerSettings())
	}
	key := CardKey(quizID, q.ID)
	c, raw, had, err := s.freshCard(key, review.CardKey(quizID, q.ID))
	if err != nil {
		return review.Log{}, &SaveError{What: "your review", Err: err}
	}
	if !had {
		c = review.NewCard(quizID, q, now)
	}
	c, l := sch.Answer(c, q, res, mode, took, now, s.newLogID(now))
	if err := s.put(key, cardRecord{V: Version, Card: &c}, "your review"); err != nil {
		return review.Log{}, err
	}
	if err := s.put(LogKey(l.ID), logRecord{V: Version, Log: &l}, "your review"); err != nil {
		s.restore(key, raw, had)
		return review.Log{}, err
	}
	s.cards[c.Key()] = c
	s.logs[l.ID] = l
	return l, nil
}

// Rerate changes the rating of a stored answer ("I knew it", "I
// guessed"): it reads the answer's log and card afresh, reschedules the
// card (review.Scheduler.Rerate; sch nil: a scheduler with the saved
// settings) and stores both. When either cannot be written, neither is.
func (s *Store) Rerate(sch *review.Scheduler, logID string, r fsrs.Rating) (review.Card, review.Log, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fail := func(err error) (review.Card, review.Log, error) {
		return review.Card{}, review.Log{}, &SaveError{What: "your new rating", Err: err}
	}
	if sch == nil {
		sch = review.NewScheduler(s.learnerSettings())
	}
	lraw, ok := s.kv.Get(LogKey(logID))
	if !ok {
		return fail(ErrNoLog)
	}
	v, _, err := decode(kindLog, logID, lraw)
	if err != nil {
		return fail(fmt.Errorf("%w: %v", ErrNoLog, err))
	}
	l := *v.(*review.Log)
	key := CardKey(l.QuizID, l.QuestionID)
	c, raw, had, err := s.freshCard(key, review.CardKey(l.QuizID, l.QuestionID))
	if err != nil {
		return fail(err)
	}
	if !had {
		return fail(errors.New("the question's review card is no longer saved"))
	}
	c, l = sch.Rerate(c, l, r)
	if err := s.put(key, cardRecord{V: Version, Card: &c}, "your new rating"); err != nil {
		return review.Card{}, review.Log{}, err
	}
	if err := s.put(LogKey(l.ID), logRecord{V: Version, Log: &l}, "your new rating"); err != nil {
		s.restore(key, raw, had)
		return review.Card{}, review.Log{}, err
	}
	s.cards[c.Key()] = c
	s.logs[l.ID] = l
	return c, l, nil
}

// Reconcile brings the stored cards in line with the quizzes as they are
// now (review.Reconcile; complete: quizzes are all the learner has), read
// afresh from the storage, saves the cards it changed and returns its
// notes for the learner. It stops at the first card it cannot save.
func (s *Store) Reconcile(quizzes []*quiz.Quiz, complete bool, now time.Time) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var cards []review.Card
	for _, key := range s.kv.Keys() {
		kind, id, ok := splitKey(key)
		if !ok || kind != kindCard {
			continue
		}
		if c, _, had, err := s.freshCard(key, id); err == nil && had {
			cards = append(cards, c)
		}
	}
	changed, notes := review.Reconcile(cards, quizzes, complete, now)
	for _, c := range changed {
		if err := s.put(CardKey(c.QuizID, c.QuestionID), cardRecord{V: Version, Card: &c}, "your reviews"); err != nil {
			return notes, err
		}
		s.cards[c.Key()] = c
	}
	return notes, nil
}

// freshCard reads a card record from the KV. had is false when there is
// none, or when it could not be read and was kept aside (moveAside); err
// is set only for a card of a newer version of the app, which is left as
// it is. raw is the record as it was, to restore it.
func (s *Store) freshCard(key, id string) (c review.Card, raw string, had bool, err error) {
	raw, had = s.kv.Get(key)
	if !had {
		delete(s.cards, id)
		return c, "", false, nil
	}
	v, _, err := decode(kindCard, id, raw)
	switch {
	case errors.Is(err, errNewerVer):
		return c, raw, true, errors.New("this question's review card was saved by a newer version of Factquiz; reload the page to update the app")
	case err != nil:
		s.moveAside(key, raw, kindCard, err)
		delete(s.cards, id)
		return c, "", false, nil
	}
	c = *v.(*review.Card)
	s.cards[id] = c
	return c, raw, true, nil
}

// restore puts back a record as it was before a save that has to be
// undone: raw when there was one, or nothing.
func (s *Store) restore(key, raw string, had bool) {
	if had {
		_ = s.kv.Set(key, raw)
	} else {
		s.kv.Remove(key)
	}
}

// newLogID returns an ID for a review log: the time, then random digits,
// so that two tabs never pick the same one; one already stored is never
// reused.
func (s *Store) newLogID(now time.Time) string {
	for {
		id := now.UTC().Format("20060102T150405.000Z") + "-" + strconv.FormatUint(rand.Uint64(), 36)
		if _, taken := s.logs[id]; taken {
			continue
		}
		if _, taken := s.kv.Get(LogKey(id)); !taken {
			return id
		}
	}
}
