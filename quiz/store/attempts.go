package store

import (
	"cmp"
	"errors"
	"slices"
	"sort"
	"time"

	"factquiz/quiz/attempt"
	"factquiz/quiz/review"
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

// Stats sums up the learner's attempts at a quiz for its card on the
// home page. Best, Last, LastPlayed and Played are over full attempts
// only (see Full): a retry of the missed questions or a practice session
// never changes them.
type Stats struct {
	// Best is the best score of a full attempt in percent (0 when none).
	Best int
	// Last is the score of the latest full attempt in percent.
	Last int
	// LastPlayed is when the latest full attempt finished (zero when none).
	LastPlayed time.Time
	// Played is the number of finished full attempts.
	Played int
	// Other is the number of finished retries and practice sessions.
	Other int
	// InProgress and InProgressTotal are the attempt in progress ("in
	// progress: 4 of 19", as its Progress says); both 0 when none.
	InProgress, InProgressTotal int
	// InProgressMode is the mode of the attempt in progress.
	InProgressMode review.Mode
}

// Full reports whether a finished attempt counts as a full attempt at its
// quiz: Mode "quiz", or no mode (records written by the 2026-12-02
// release, where a retry had no mode either) and as many different
// questions as longest, the most any attempt at the quiz played (see
// Longest). A retry of the missed questions plays fewer, so it is not
// full; an old full attempt at a quiz whose file has grown since is not
// counted either, which errs on the side of never overstating "best".
func Full(a *attempt.Attempt, longest int) bool {
	if a == nil || !a.Done() {
		return false
	}
	switch a.Mode {
	case review.ModeQuiz:
		return true
	case "":
		return a.Questions() > 0 && a.Questions() >= longest
	}
	return false
}

// Longest is the most different questions any of the attempts played
// at the quiz: what an old record must have played to count as full.
func Longest(as []*attempt.Attempt, quizID string) int {
	n := 0
	for _, a := range as {
		if a != nil && a.QuizID == quizID {
			n = max(n, a.Questions())
		}
	}
	return n
}

// Stats returns the learner's stats at a quiz.
func (s *Store) Stats(quizID string) Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	var st Stats
	mine := s.attemptsAt(quizID)
	longest := Longest(mine, quizID)
	var last *attempt.Attempt
	for _, a := range mine {
		if !Full(a, longest) {
			st.Other++
			continue
		}
		st.Played++
		st.Best = max(st.Best, a.Percent())
		if last == nil || a.Finished.After(last.Finished) || (a.Finished.Equal(last.Finished) && a.ID > last.ID) {
			last = a
		}
	}
	if last != nil {
		st.Last, st.LastPlayed = last.Percent(), last.Finished
	}
	if p, ok := s.progress[quizID]; ok && !p.Done() {
		st.InProgress, st.InProgressTotal = p.Reached()
		st.InProgressMode = p.Mode
	}
	return st
}

// attemptsAt returns the stored finished attempts at a quiz (not copies:
// the caller holds s.mu and changes nothing), oldest first.
func (s *Store) attemptsAt(quizID string) []*attempt.Attempt {
	var out []*attempt.Attempt
	for _, a := range s.attempts {
		if a.QuizID == quizID {
			out = append(out, a)
		}
	}
	sortNewest(out)
	slices.Reverse(out)
	return out
}

// MissCount is how often a question was missed: "missed 3 times of 4".
type MissCount struct {
	// Missed counts the finished attempts whose first answer to the
	// question was not fully right (wrong, partly right or skipped).
	Missed int
	// Asked counts the finished attempts that played the question.
	Asked int
}

// MissCounts counts, per question ID, the first answers of every finished
// attempt at a quiz, whatever its mode (full, retry, practice). A question
// that came back in the same session counts once, by its first answer.
// The attempt in progress is not counted until it is finished.
func (s *Store) MissCounts(quizID string) map[string]MissCount {
	s.mu.Lock()
	defer s.mu.Unlock()
	counts := map[string]MissCount{}
	for _, a := range s.attemptsAt(quizID) {
		missed := map[string]bool{}
		for _, id := range a.MissedIDs() {
			missed[id] = true
		}
		seen := map[string]bool{}
		for _, id := range a.Order {
			if seen[id] {
				continue
			}
			seen[id] = true
			c := counts[id]
			c.Asked++
			if missed[id] {
				c.Missed++
			}
			counts[id] = c
		}
	}
	return counts
}

// Mistakes lists the questions of a quiz to practise: those whose latest
// answer was not fully right, in any mode (full attempts, retries,
// practice, the attempt in progress, and the review logs), so that a
// question leaves the list once answered right, and comes back when
// missed again. They are in the quiz's order as its longest attempt
// played it (the author's order), then in the order in which the others
// first appeared (in other attempts, then in reviews, oldest first).
func (s *Store) Mistakes(quizID string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	played := s.attemptsAt(quizID)
	if p, ok := s.progress[quizID]; ok {
		played = append(played, p)
	}
	type latest struct {
		at    time.Time
		right bool
	}
	last := map[string]latest{}
	note := func(id string, at time.Time, right bool) {
		// Of two answers at the same time (a quiz answer is also logged
		// for its card), the later noted wins: the log.
		if l, ok := last[id]; !ok || !at.Before(l.at) {
			last[id] = latest{at, right}
		}
	}
	for _, a := range played {
		for _, ans := range a.Answers {
			note(ans.QuestionID, ans.At, ans.Correct)
		}
	}
	var reviewed []review.Log
	for _, l := range s.logs {
		if l.QuizID == quizID {
			reviewed = append(reviewed, l)
		}
	}
	slices.SortFunc(reviewed, func(x, y review.Log) int {
		return cmp.Or(x.At.Compare(y.At), cmp.Compare(x.ID, y.ID))
	})
	for _, l := range reviewed {
		note(l.QuestionID, l.At, l.Correct)
	}
	// The quiz's order: the longest attempt first (the oldest of equals).
	byLength := slices.Clone(played)
	slices.SortStableFunc(byLength, func(x, y *attempt.Attempt) int { return y.Questions() - x.Questions() })
	var ids []string
	seen := map[string]bool{}
	for _, a := range byLength {
		for _, id := range a.Order {
			if seen[id] {
				continue
			}
			seen[id] = true
			if l, ok := last[id]; ok && !l.right {
				ids = append(ids, id)
			}
		}
	}
	for _, l := range reviewed {
		if !seen[l.QuestionID] {
			seen[l.QuestionID] = true
			if !last[l.QuestionID].right {
				ids = append(ids, l.QuestionID)
			}
		}
	}
	return ids
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
