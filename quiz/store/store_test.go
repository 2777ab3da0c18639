package store

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
)

func TestSaveAndReadAttempts(t *testing.T) {
	kv := NewMemKV(0)
	s, notices := Open(kv, t0)
	if len(notices) != 0 {
		t.Fatalf("notices on empty storage: %v", notices)
	}
	a1 := played(t, "k", 1, 2, t0)
	a2 := played(t, "k", 2, 1, t0.Add(time.Hour))
	a3 := played(t, "other", 3, 0, t0.Add(2*time.Hour))
	for _, a := range []*attempt.Attempt{a1, a2, a3} {
		if err := s.SaveAttempt(a); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := kv.Get(AttemptKey(a1.ID)); !ok {
		t.Errorf("attempt not under its own key")
	}
	check := func(s *Store) {
		t.Helper()
		got := s.Attempts("k")
		if len(got) != 2 || got[0].ID != a2.ID || got[1].ID != a1.ID {
			t.Errorf("Attempts(k) = %v, want a2, a1", ids(got))
		}
		if all := s.AllAttempts(); len(all) != 3 || all[0].ID != a3.ID {
			t.Errorf("AllAttempts = %v", ids(all))
		}
		st := s.Stats("k")
		if st.Best != 100 || st.Played != 2 || !st.LastPlayed.Equal(t0.Add(time.Hour)) {
			t.Errorf("Stats = %+v", st)
		}
		if st := s.Stats("none"); st != (Stats{}) {
			t.Errorf("Stats of unplayed = %+v", st)
		}
	}
	check(s)
	// A fresh Store over the same storage (the page reloaded) reads the same.
	s2, notices := Open(kv, t0)
	if len(notices) != 0 {
		t.Errorf("notices: %v", notices)
	}
	check(s2)
	// What the Store hands out is a copy.
	s2.Attempts("k")[0].QuizTitle = "changed"
	if s2.Attempts("k")[0].QuizTitle == "changed" {
		t.Errorf("Attempts hands out the cached attempt")
	}
}

func ids(as []*attempt.Attempt) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func TestSaveAttemptRefusesUnfinished(t *testing.T) {
	s, _ := Open(NewMemKV(0), t0)
	a := attempt.New(sampleQuiz("k"), nil, t0, 1)
	if err := s.SaveAttempt(a); !errors.Is(err, ErrNotSaved) {
		t.Errorf("unfinished attempt: err = %v", err)
	}
	if err := s.SaveAttempt(nil); !errors.Is(err, ErrNotSaved) {
		t.Errorf("nil attempt: err = %v", err)
	}
	if err := s.SaveProgress(nil); !errors.Is(err, ErrNotSaved) {
		t.Errorf("nil progress: err = %v", err)
	}
}

func TestProgress(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	q := sampleQuiz("k")
	a := attempt.New(q, nil, t0, 1)
	if _, err := a.Check(q, quiz.Response{Choices: []int{1}}, t0); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProgress(a); err != nil {
		t.Fatal(err)
	}
	s2, _ := Open(kv, t0)
	got, ok := s2.Progress("k")
	if !ok || got.ID != a.ID || !got.Checked || got.Validate(q) != nil {
		t.Fatalf("Progress = %+v, %v", got, ok)
	}
	got.Current = 5
	if again, _ := s2.Progress("k"); again.Current != 0 {
		t.Errorf("Progress hands out the cached attempt")
	}
	b := attempt.New(q, nil, t0.Add(time.Minute), 2)
	if err := s2.SaveProgress(b); err != nil {
		t.Fatal(err)
	}
	if got, _ := s2.Progress("k"); got.ID != b.ID {
		t.Errorf("SaveProgress did not replace")
	}
	s2.ClearProgress("k")
	if _, ok := s2.Progress("k"); ok {
		t.Errorf("progress not cleared")
	}
	if _, ok := kv.Get(ProgressKey("k")); ok {
		t.Errorf("progress key not removed")
	}
}

func TestOpenKeepsAsideUnreadable(t *testing.T) {
	a := played(t, "k", 1, 2, t0)
	good := record(t, attemptRecord{V: Version, Attempt: a})
	unfinished := attempt.New(sampleQuiz("k"), nil, t0, 5)
	noQuiz := a.Clone()
	noQuiz.QuizID = ""
	badCurrent := a.Clone()
	badCurrent.Current = 9
	strayAnswer := a.Clone()
	strayAnswer.Answers[0].QuestionID = "zz"
	user := UserQuiz{ID: "user-x", Quiz: *sampleQuiz("user-x"), Saved: t0}
	empty := user
	empty.Quiz.Questions = nil

	tests := []struct {
		name    string
		key     string
		value   string
		because string // part of the notice
	}{
		{"bad JSON", AttemptKey("x"), `{"v":1,"attempt":{"id":"x",,}}`, "damaged"},
		{"truncated", AttemptKey(a.ID), good[:len(good)/2], "cut off"},
		{"empty string", AttemptKey("x"), ``, "damaged"},
		{"null", AttemptKey("x"), `null`, "not in the form"},
		{"array", AttemptKey("x"), `[1,2]`, "not in the form"},
		{"string", AttemptKey("x"), `"hello"`, "not in the form"},
		{"no version", AttemptKey(a.ID), strings.Replace(good, `"v":1,`, "", 1), "no version"},
		{"version as text", AttemptKey(a.ID), strings.Replace(good, `"v":1`, `"v":"1"`, 1), "not in the form"},
		{"version zero", AttemptKey(a.ID), strings.Replace(good, `"v":1`, `"v":0`, 1), "not in the form"},
		{"no attempt", AttemptKey("x"), `{"v":1}`, "not in the form"},
		{"attempt of wrong type", AttemptKey("x"), `{"v":1,"attempt":"yes"}`, "not in the form"},
		{"hand-edited field type", AttemptKey(a.ID), strings.Replace(good, `"current":2`, `"current":"two"`, 1), "not in the form"},
		{"missing quiz id", AttemptKey(a.ID), record(t, attemptRecord{V: 1, Attempt: noQuiz}), "which quiz"},
		{"unfinished attempt", AttemptKey(unfinished.ID), record(t, attemptRecord{V: 1, Attempt: unfinished}), "not finished"},
		{"current out of range", AttemptKey(a.ID), record(t, attemptRecord{V: 1, Attempt: badCurrent}), "out of range"},
		{"stray answer", AttemptKey(a.ID), record(t, attemptRecord{V: 1, Attempt: strayAnswer}), "does not fit"},
		{"under another ID", AttemptKey("other"), good, "wrong name"},
		{"no ID in key", AttemptKey(""), good, "no name"},
		{"progress of another quiz", ProgressKey("other"), record(t, attemptRecord{V: 1, Attempt: unfinished}), "wrong name"},
		{"user quiz without questions", UserQuizKey("user-x"), record(t, userQuizRecord{V: 1, UserQuiz: &empty}), "no questions"},
		{"user quiz under another ID", UserQuizKey("user-y"), record(t, userQuizRecord{V: 1, UserQuiz: &user}), "wrong name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kv := NewMemKV(0)
			mustSet(t, kv, tt.key, tt.value)
			mustSet(t, kv, "otherapp/x", "not ours")
			s, notices := Open(kv, t0)
			if len(notices) != 1 {
				t.Fatalf("notices = %v, want 1", notices)
			}
			n := notices[0]
			wantTo := BrokenPrefix + tt.key + "@" + strconv.FormatInt(t0.Unix(), 10)
			if n.Key != tt.key || n.MovedTo != wantTo {
				t.Errorf("notice %+v, want key %s moved to %s", n, tt.key, wantTo)
			}
			if !strings.Contains(n.Message, tt.because) || !strings.Contains(n.Message, "kept aside as "+wantTo) {
				t.Errorf("message %q should say %q and where it went", n.Message, tt.because)
			}
			if v, ok := kv.Get(wantTo); !ok || v != tt.value {
				t.Errorf("copy aside = %q, %v; want the original %q", v, ok, tt.value)
			}
			if _, ok := kv.Get(tt.key); ok {
				t.Errorf("original left in place")
			}
			if v, _ := kv.Get("otherapp/x"); v != "not ours" {
				t.Errorf("another app's key touched")
			}
			if len(s.AllAttempts()) != 0 || len(s.UserQuizzes()) != 0 {
				t.Errorf("unreadable record was read")
			}
			// Opening again finds nothing more to report.
			if _, again := Open(kv, t0); len(again) != 0 {
				t.Errorf("second Open: %v", again)
			}
		})
	}
}

func TestOpenReadsGoodRecordsBesideBadOnes(t *testing.T) {
	kv := NewMemKV(0)
	a := played(t, "k", 1, 2, t0)
	mustSet(t, kv, AttemptKey(a.ID), record(t, attemptRecord{V: 1, Attempt: a}))
	mustSet(t, kv, AttemptKey("bad1"), "{")
	mustSet(t, kv, AttemptKey("bad2"), "}")
	mustSet(t, kv, Prefix+"settings", `{"theme":"dark"}`)         // the UI's own record
	mustSet(t, kv, BrokenPrefix+"factquiz/attempt/old@1", "junk") // kept aside earlier
	s, notices := Open(kv, t0)
	if len(notices) != 2 {
		t.Errorf("notices = %v", notices)
	}
	if got := s.Attempts("k"); len(got) != 1 || got[0].ID != a.ID {
		t.Errorf("good attempt lost: %v", ids(got))
	}
	if v, _ := kv.Get(Prefix + "settings"); v != `{"theme":"dark"}` {
		t.Errorf("unknown kind touched")
	}
	if v, _ := kv.Get(BrokenPrefix + "factquiz/attempt/old@1"); v != "junk" {
		t.Errorf("earlier broken record touched")
	}
}

func TestOpenLeavesNewerVersionInPlace(t *testing.T) {
	kv := NewMemKV(0)
	newer := `{"v":2,"attempt":{"id":"x","shape":"unknown to v1"}}`
	mustSet(t, kv, AttemptKey("x"), newer)
	s, notices := Open(kv, t0)
	if len(notices) != 1 || notices[0].MovedTo != "" || !strings.Contains(notices[0].Message, "newer version") {
		t.Errorf("notices = %+v", notices)
	}
	if v, _ := kv.Get(AttemptKey("x")); v != newer {
		t.Errorf("newer record changed: %q", v)
	}
	if len(kv.Keys()) != 1 || len(s.AllAttempts()) != 0 {
		t.Errorf("keys = %v", kv.Keys())
	}
}

func TestBrokenKeyCollision(t *testing.T) {
	kv := NewMemKV(0)
	to := BrokenPrefix + AttemptKey("x") + "@" + strconv.FormatInt(t0.Unix(), 10)
	mustSet(t, kv, to, "first")
	mustSet(t, kv, AttemptKey("x"), "second")
	_, notices := Open(kv, t0)
	if len(notices) != 1 || notices[0].MovedTo != to+"-2" {
		t.Fatalf("notices = %+v", notices)
	}
	if v, _ := kv.Get(to); v != "first" {
		t.Errorf("earlier copy overwritten")
	}
	if v, _ := kv.Get(to + "-2"); v != "second" {
		t.Errorf("copy = %q", v)
	}
}

func TestMoveAsideWhenFull(t *testing.T) {
	bad := strings.Repeat("x", 100)
	kv := NewMemKV(len(AttemptKey("x")) + len(bad) + 10) // no room for a copy
	mustSet(t, kv, AttemptKey("x"), bad)
	before := snapshot(kv)
	_, notices := Open(kv, t0)
	if len(notices) != 1 || notices[0].MovedTo != "" || !strings.Contains(notices[0].Message, "left as it is") {
		t.Errorf("notices = %+v", notices)
	}
	if !sameKV(before, snapshot(kv)) {
		t.Errorf("storage changed: %v", snapshot(kv))
	}
}

func TestSaveWhenFull(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	a1 := played(t, "k", 1, 2, t0)
	if err := s.SaveAttempt(a1); err != nil {
		t.Fatal(err)
	}
	q := sampleQuiz("k")
	p := attempt.New(q, nil, t0, 9)
	if err := s.SaveProgress(p); err != nil {
		t.Fatal(err)
	}
	kv.Quota = kv.Used() + 10
	before := snapshot(kv)

	a2 := played(t, "k", 2, 0, t0.Add(time.Hour))
	err := s.SaveAttempt(a2)
	if !errors.Is(err, ErrQuotaFull) || !errors.Is(err, ErrNotSaved) {
		t.Fatalf("err = %v, want ErrQuotaFull and ErrNotSaved", err)
	}
	if !strings.Contains(err.Error(), "your result could not be saved") || !strings.Contains(err.Error(), "full") {
		t.Errorf("message %q", err)
	}
	// Replacing the progress with a bigger one fails and keeps the old one.
	p2 := p.Clone()
	p2.QuizTitle = strings.Repeat("long ", 20)
	if err := s.SaveProgress(p2); !errors.Is(err, ErrQuotaFull) {
		t.Errorf("SaveProgress err = %v", err)
	}
	if _, err := s.SaveUserQuiz(UserQuiz{Quiz: *q}); !errors.Is(err, ErrQuotaFull) {
		t.Errorf("SaveUserQuiz err = %v", err)
	}
	if !sameKV(before, snapshot(kv)) {
		t.Errorf("a failed save changed the storage")
	}
	if got := s.Attempts("k"); len(got) != 1 || got[0].ID != a1.ID {
		t.Errorf("Attempts after failed save = %v", ids(got))
	}
	if got, _ := s.Progress("k"); got.QuizTitle != p.QuizTitle {
		t.Errorf("Progress after failed save changed")
	}
	s2, notices := Open(kv, t0)
	if len(notices) != 0 || len(s2.Attempts("k")) != 1 {
		t.Errorf("reopened after failed saves: %v, %v", notices, ids(s2.Attempts("k")))
	}
}

// kvError is a KV whose Set fails with an error that is not about quota,
// like the browser adapter may return.
type kvError struct{ *MemKV }

func (kvError) Set(string, string) error { return errors.New("SecurityError: access denied") }

func TestSaveOtherError(t *testing.T) {
	s, _ := Open(kvError{NewMemKV(0)}, t0)
	err := s.SaveAttempt(played(t, "k", 1, 1, t0))
	if !errors.Is(err, ErrNotSaved) || errors.Is(err, ErrQuotaFull) || !strings.Contains(err.Error(), "access denied") {
		t.Errorf("err = %v", err)
	}
}

func TestTwoTabs(t *testing.T) {
	kv := NewMemKV(0)
	tab1, _ := Open(kv, t0)
	tab2, _ := Open(kv, t0)
	var wg sync.WaitGroup
	const each = 20
	for tab, s := range []*Store{tab1, tab2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				a := played(t, "k", uint64(tab*1000+i), i%3, t0.Add(time.Duration(i)*time.Minute))
				if err := s.SaveAttempt(a); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if n := len(tab1.Attempts("k")); n != each {
		t.Errorf("tab1 before Reload sees %d, want its own %d", n, each)
	}
	for i, s := range []*Store{tab1, tab2} {
		if notices := s.Reload(); len(notices) != 0 {
			t.Errorf("tab %d notices %v", i+1, notices)
		}
		if n := len(s.Attempts("k")); n != 2*each {
			t.Errorf("tab %d after Reload sees %d attempts, want %d", i+1, n, 2*each)
		}
		if st := s.Stats("k"); st.Played != 2*each || st.Best != 100 {
			t.Errorf("tab %d stats %+v", i+1, st)
		}
	}
	// A removal in one tab is seen by the other after Reload.
	tab1.ClearProgress("k")
	u, err := tab1.SaveUserQuiz(UserQuiz{Quiz: *sampleQuiz("")})
	if err != nil {
		t.Fatal(err)
	}
	tab2.Reload()
	if _, ok := tab2.UserQuiz(u.ID); !ok {
		t.Errorf("tab2 does not see tab1's quiz")
	}
	tab2.DeleteUserQuiz(u.ID)
	tab1.Reload()
	if len(tab1.UserQuizzes()) != 0 {
		t.Errorf("tab1 still sees the deleted quiz")
	}
}

func TestMigrate(t *testing.T) {
	migs := map[int]func(string, map[string]json.RawMessage) error{
		1: func(kind string, rec map[string]json.RawMessage) error {
			rec["kind"] = json.RawMessage(`"` + kind + `"`)
			return nil
		},
		2: func(string, map[string]json.RawMessage) error { return errors.New("boom") },
	}
	got, changed, err := migrate("attempt", `{"v":1,"a":true}`, 2, migs)
	if err != nil || !changed || got != `{"a":true,"kind":"attempt","v":2}` {
		t.Errorf("1→2: %q, %v, %v", got, changed, err)
	}
	if got, changed, err := migrate("attempt", `{"v":2}`, 2, migs); err != nil || changed || got != `{"v":2}` {
		t.Errorf("current: %q, %v, %v", got, changed, err)
	}
	if _, _, err := migrate("attempt", `{"v":2}`, 3, migs); !errors.Is(err, errOldVer) {
		t.Errorf("failing migration: %v", err)
	}
	if _, _, err := migrate("attempt", `{"v":1}`, 3, map[int]func(string, map[string]json.RawMessage) error{}); !errors.Is(err, errOldVer) {
		t.Errorf("no migration: %v", err)
	}
	if _, _, err := migrate("attempt", `{"v":4}`, 3, migs); !errors.Is(err, errNewerVer) {
		t.Errorf("newer: %v", err)
	}
}

func TestOneStoreConcurrentUse(t *testing.T) {
	s, _ := Open(NewMemKV(0), t0)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				if err := s.SaveAttempt(played(t, "k", uint64(g*100+i), 1, t0)); err != nil {
					t.Error(err)
				}
				s.Stats("k")
				s.Reload()
			}
		}()
	}
	wg.Wait()
	if n := len(s.Attempts("k")); n != 40 {
		t.Errorf("%d attempts, want 40", n)
	}
}
