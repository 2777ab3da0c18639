package store

import (
	"errors"
	"sort"
	"strconv"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/format"
)

// SaveUserQuiz stores a learner's own quiz, replacing one with the same
// ID. The ID is u.ID, else u.Quiz.ID, else a new "user-<title>-<time>"
// one; u.Quiz.ID is set to it, since attempts refer to the quiz by it. A
// zero u.Saved is set to now. It returns the quiz as stored.
func (s *Store) SaveUserQuiz(u UserQuiz) (UserQuiz, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u.Saved.IsZero() {
		u.Saved = s.clock()
	}
	if u.ID == "" {
		u.ID = u.Quiz.ID
	}
	if u.ID == "" {
		u.ID = NewUserQuizID(u.Quiz.Title, u.Saved.UnixMilli())
	}
	u.Quiz.ID = u.ID
	if len(u.Quiz.Questions) == 0 {
		return u, &SaveError{What: "the quiz", Err: errors.New("it has no questions")}
	}
	if ps := format.CheckQuiz(&u.Quiz); len(ps) > 0 {
		// Kept only what can be played, as when it is read back.
		return u, &SaveError{What: "the quiz", Err: &QuizProblemsError{Title: u.Quiz.Title, Problems: ps}}
	}
	if err := s.put(UserQuizKey(u.ID), userQuizRecord{V: Version, UserQuiz: &u}, "the quiz"); err != nil {
		return u, err
	}
	c := u
	s.users[u.ID] = &c
	return u, nil
}

// NewUserQuizID makes the ID of a learner's quiz from its title and a
// time in milliseconds: "user-battle-of-shusha-mi4x7k2a".
func NewUserQuizID(title string, ms int64) string {
	var b strings.Builder
	dash := false
	for _, r := range quiz.NormalizeText(title) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			if b.Len() >= 40 {
				break
			}
			continue
		}
		dash = true
	}
	slug := b.String()
	if slug == "" {
		slug = "quiz"
	}
	return "user-" + slug + "-" + strconv.FormatInt(ms, 36)
}

// UserQuiz returns the learner's quiz with the given ID.
func (s *Store) UserQuiz(id string) (UserQuiz, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.users[id]
	if !ok {
		return UserQuiz{}, false
	}
	return *u, true
}

// UserQuizzes returns the learner's own quizzes, most recently saved
// first.
func (s *Store) UserQuizzes() []UserQuiz {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]UserQuiz, 0, len(s.users))
	for _, u := range s.users {
		out = append(out, *u)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Saved.Equal(out[j].Saved) {
			return out[i].Saved.After(out[j].Saved)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// DeleteUserQuiz removes a learner's quiz and its attempt in progress.
// Its finished attempts stay in the history.
func (s *Store) DeleteUserQuiz(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.kv.Remove(UserQuizKey(id))
	delete(s.users, id)
	s.clearProgress(id)
}
