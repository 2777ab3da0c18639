package store

import (
	"errors"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
)

func TestUserQuizzes(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	q := sampleQuiz("")
	q.Title = "Battle of Şuşa, 2020!"
	u1, err := s.SaveUserQuiz(UserQuiz{Quiz: *q, Saved: t0})
	if err != nil {
		t.Fatal(err)
	}
	if want := NewUserQuizID(q.Title, t0.UnixMilli()); u1.ID != want || u1.Quiz.ID != want {
		t.Errorf("ID = %q / %q, want %q", u1.ID, u1.Quiz.ID, want)
	}
	if u1.ID[:len("user-battle-of-susa-2020-")] != "user-battle-of-susa-2020-" {
		t.Errorf("ID %q", u1.ID)
	}
	u2, err := s.SaveUserQuiz(UserQuiz{ID: "user-mine", Quiz: *sampleQuiz("ignored"), FileName: "mine.yaml", Format: "yaml", Saved: t0.Add(time.Hour)})
	if err != nil || u2.Quiz.ID != "user-mine" {
		t.Fatalf("SaveUserQuiz = %+v, %v", u2, err)
	}
	if _, err := s.SaveUserQuiz(UserQuiz{Quiz: quiz.Quiz{Title: "empty"}}); !errors.Is(err, ErrNotSaved) {
		t.Errorf("empty quiz saved: %v", err)
	}
	s2, notices := Open(kv, t0)
	if len(notices) != 0 {
		t.Errorf("notices %v", notices)
	}
	list := s2.UserQuizzes()
	if len(list) != 2 || list[0].ID != "user-mine" || list[1].ID != u1.ID || list[0].FileName != "mine.yaml" {
		t.Fatalf("UserQuizzes = %+v", list)
	}
	// Deleting a quiz drops its progress but keeps its history.
	a := attempt.New(&u2.Quiz, nil, t0, 1)
	if err := s2.SaveProgress(a); err != nil {
		t.Fatal(err)
	}
	done := played(t, "user-mine", 2, 1, t0)
	if err := s2.SaveAttempt(done); err != nil {
		t.Fatal(err)
	}
	s2.DeleteUserQuiz("user-mine")
	if _, ok := s2.UserQuiz("user-mine"); ok {
		t.Errorf("quiz not deleted")
	}
	if _, ok := s2.Progress("user-mine"); ok {
		t.Errorf("progress of the deleted quiz kept")
	}
	if len(s2.Attempts("user-mine")) != 1 {
		t.Errorf("history of the deleted quiz lost")
	}
}

func TestNewUserQuizID(t *testing.T) {
	for title, want := range map[string]string{
		"":                  "user-quiz-1",
		"   ":               "user-quiz-1",
		"Хроника":           "user-quiz-1",
		"Karabakh War 2020": "user-karabakh-war-2020-1",
		"«Iron Fist»":       "user-iron-fist-1",
	} {
		if got := NewUserQuizID(title, 1); got != want {
			t.Errorf("NewUserQuizID(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestMemKVQuota(t *testing.T) {
	kv := NewMemKV(10)
	if err := kv.Set("ab", "12345678"); err != nil {
		t.Fatal(err)
	}
	if err := kv.Set("c", ""); !errors.Is(err, ErrQuotaFull) {
		t.Errorf("over quota: %v", err)
	}
	if err := kv.Set("ab", "1234"); err != nil {
		t.Errorf("replacing with a smaller value: %v", err)
	}
	if kv.Used() != 6 {
		t.Errorf("Used = %d", kv.Used())
	}
	kv.Remove("ab")
	if _, ok := kv.Get("ab"); ok || len(kv.Keys()) != 0 {
		t.Errorf("not removed")
	}
}
