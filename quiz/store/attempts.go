package store

import (
	"errors"
	"sort"
	"time"

	"factquiz/quiz/attempt"
)

// SaveAttempt stores a finished attempt under its own key. Saving the same
// attempt again replaces it; attempts of other tabs are untouched.
func (s *Store) SaveAttempt(a *attempt.Attempt) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if a == nil {
		return &SaveError{What: "your result", Err: errors.New("no attempt")}
	}
	if err := checkAttempt(a, true); err != nil {
		return &SaveError{What: "your result", Err: err}
	}
	if err := s.put(AttemptKey(a.ID), attemptRecord{V: Version, Attempt: a}, "your result"); err != nil {
		return err
	}
	s.attempts[a.ID] = a.Clone()
	return nil
}

// Attempts returns the finished attempts at a quiz, newest first. They are
// copies: changing them changes nothing stored.
func (s *Store) Attempts(quizID string) []*attempt.Attempt {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*attempt.Attempt
	for _, a := range s.attempts {
		if a.QuizID == quizID {
			out = append(out, a.Clone())
		}
	}
	sortNewest(out)
	return out
}

// AllAttempts returns every finished attempt, newest first.
func (s *Store) AllAttempts() []*attempt.Attempt {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*attempt.Attempt, 0, len(s.attempts))
	for _, a := range s.attempts {
		out = append(out, a.Clone())
	}
	sortNewest(out)
	return out
}

func sortNewest(as []*attempt.Attempt) {
	sort.Slice(as, func(i, j int) bool {
		if !as[i].Finished.Equal(as[j].Finished) {
			return as[i].Finished.After(as[j].Finished)
		}
		return as[i].ID > as[j].ID
	})
}

// Stats sums up the learner's finished attempts at a quiz.
type Stats struct {
	// Best is the best score in percent (0 when never played).
	Best int
	// LastPlayed is when the latest attempt finished (zero when never).
	LastPlayed time.Time
	// Played is the number of finished attempts.
	Played int
}

// Stats returns the learner's stats at a quiz.
func (s *Store) Stats(quizID string) Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	var st Stats
	for _, a := range s.attempts {
		if a.QuizID != quizID {
			continue
		}
		st.Played++
		st.Best = max(st.Best, a.Percent())
		if a.Finished.After(st.LastPlayed) {
			st.LastPlayed = a.Finished
		}
	}
	return st
}

// SaveProgress stores the attempt in progress at its quiz, replacing the
// previous one (one attempt in progress per quiz; the last tab wins).
func (s *Store) SaveProgress(a *attempt.Attempt) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if a == nil {
		return &SaveError{What: "your progress", Err: errors.New("no attempt")}
	}
	if err := checkAttempt(a, false); err != nil {
		return &SaveError{What: "your progress", Err: err}
	}
	if err := s.put(ProgressKey(a.QuizID), attemptRecord{V: Version, Attempt: a}, "your progress"); err != nil {
		return err
	}
	s.progress[a.QuizID] = a.Clone()
	return nil
}

// Progress returns a copy of the attempt in progress at a quiz. Call
// attempt.Validate with the quiz before resuming it: the quiz file may
// have changed since.
func (s *Store) Progress(quizID string) (*attempt.Attempt, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.progress[quizID]
	return a.Clone(), ok
}

// ClearProgress forgets the attempt in progress at a quiz (finished or
// abandoned).
func (s *Store) ClearProgress(quizID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clearProgress(quizID)
}

func (s *Store) clearProgress(quizID string) {
	s.kv.Remove(ProgressKey(quizID))
	delete(s.progress, quizID)
}
