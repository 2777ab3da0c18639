package store

import (
	"errors"
	"strings"
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

// TestOwnQuizFailingChecksKeptAside: an own quiz that a question file
// could not hold (a choice question with no choices, a matching question
// with no pairs), stored in the browser or restored from a backup, is
// kept aside with its problems named: never among the quizzes to play,
// never lost.
func TestOwnQuizFailingChecksKeptAside(t *testing.T) {
	good := UserQuiz{ID: "user-good", Quiz: *sampleQuiz("user-good"), Saved: t0}
	tests := []struct {
		name string
		bad  quiz.Question
		want string // in the reason given
	}{
		{"no choices", quiz.Question{ID: "q1", Type: quiz.Single, Prompt: "Which?"}, "question 1: choice question has no right answer"},
		{"no right choice", quiz.Question{ID: "q1", Type: quiz.Single, Prompt: "Which?", Choices: []quiz.Choice{{Text: "a"}, {Text: "b"}}}, "question 1: choice question has no right answer"},
		{"no pairs", quiz.Question{ID: "q1", Type: quiz.Matching, Prompt: "Match"}, "question 1: matching question needs at least 2 pairs"},
	}
	for _, tt := range tests {
		bad := UserQuiz{ID: "user-bad", Quiz: quiz.Quiz{ID: "user-bad", Title: "Crafted", Questions: []quiz.Question{tt.bad}}, Saved: t0}
		badText := record(t, userQuizRecord{V: Version, UserQuiz: &bad})
		checkAside := func(t *testing.T, kv KV, s *Store) {
			t.Helper()
			if _, ok := s.UserQuiz("user-bad"); ok {
				t.Error("the quiz that fails the checks is among the quizzes to play")
			}
			if _, ok := s.UserQuiz("user-good"); !ok {
				t.Error("the good quiz beside it is not there")
			}
			var aside []string
			for _, k := range kv.Keys() {
				if v, _ := kv.Get(k); strings.HasPrefix(k, BrokenPrefix+UserQuizKey("user-bad")+"@") && v == badText {
					aside = append(aside, k)
				}
			}
			if len(aside) != 1 {
				t.Errorf("kept aside under %v, want one key with the record as it was", aside)
			}
		}

		t.Run(tt.name+", restored", func(t *testing.T) {
			kv := NewMemKV(0)
			s, _ := Open(kv, t0)
			data := bkBackup(t, map[string]string{
				UserQuizKey("user-good"): record(t, userQuizRecord{V: Version, UserQuiz: &good}),
				UserQuizKey("user-bad"):  badText,
			})
			for range 2 { // restoring twice keeps one copy
				plan, err := s.PlanImport(data)
				if err != nil {
					t.Fatal(err)
				}
				if lines := strings.Join(plan.Lines(), "\n"); !strings.Contains(lines, "kept aside") || !strings.Contains(lines, tt.want) || !strings.Contains(lines, "Crafted") {
					t.Errorf("plan lines do not say it is kept aside and why (%q):\n%s", tt.want, lines)
				}
				if _, err := s.ApplyImport(plan); err != nil {
					t.Fatal(err)
				}
			}
			checkAside(t, kv, s)
		})

		t.Run(tt.name+", stored", func(t *testing.T) {
			kv := NewMemKV(0)
			if err := kv.Set(UserQuizKey("user-good"), record(t, userQuizRecord{V: Version, UserQuiz: &good})); err != nil {
				t.Fatal(err)
			}
			if err := kv.Set(UserQuizKey("user-bad"), badText); err != nil {
				t.Fatal(err)
			}
			s, notices := Open(kv, t0)
			if len(notices) != 1 || !strings.Contains(notices[0].Message, tt.want) || notices[0].MovedTo == "" {
				t.Errorf("notices %+v, want one saying %q and where it is kept", notices, tt.want)
			}
			checkAside(t, kv, s)
			if _, err := s.SaveUserQuiz(bad); !errors.Is(err, ErrNotSaved) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("SaveUserQuiz of the quiz that fails the checks: %v", err)
			}
		})
	}
}
