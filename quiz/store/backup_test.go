package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"
)

// The keys and records of issue 8's kinds, written here as the shared
// plan fixes them, so these tests do not depend on the Store's methods
// for them.

func bkCardKey(quizID, questionID string) string {
	return Prefix + "card/" + quizID + "/" + questionID
}

// bkCard is the record of a card of a quiz's question last reviewed at
// last, after reps reviews.
func bkCard(t *testing.T, quizID, questionID string, last time.Time, reps uint64) string {
	t.Helper()
	c := review.Card{QuizID: quizID, QuestionID: questionID, Hash: "h-" + questionID}
	c.FSRS.LastReview, c.FSRS.Reps = last, reps
	c.FSRS.Due = last.Add(time.Duration(reps+1) * 24 * time.Hour)
	if reps > 0 {
		c.FSRS.State, c.FSRS.Stability, c.FSRS.Difficulty = 2, float64(reps), 5
	}
	return record(t, map[string]any{"v": Version, "card": c})
}

func bkLogKey(id string) string { return Prefix + "log/" + id }

func bkLog(t *testing.T, id, quizID, questionID string, at time.Time, score float64) string {
	t.Helper()
	l := review.Log{ID: id, QuizID: quizID, QuestionID: questionID, Mode: review.ModeReview,
		Rating: 3, Score: score, Correct: score == 1, TookMS: 4200, At: at}
	return record(t, map[string]any{"v": Version, "log": l})
}

var bkSettingsKey = Prefix + "settings/learner"

func bkSettings(t *testing.T, retention float64) string {
	t.Helper()
	st := review.DefaultSettings()
	st.Retention = retention
	return record(t, map[string]any{"v": Version, "settings": st})
}

// bkBackup makes a backup file of records given as stored, as Export
// does (with its check sum).
func bkBackup(t *testing.T, records map[string]string) []byte {
	t.Helper()
	m := map[string]json.RawMessage{}
	for k, v := range records {
		if json.Valid([]byte(v)) {
			m[k] = json.RawMessage(v)
		} else {
			m[k] = json.RawMessage(record(t, v))
		}
	}
	data, err := encodeBackup(m, t0)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// bkInProgress is an attempt at quiz k in progress with its first
// question answered at `at` (answered) or none.
func bkInProgress(t *testing.T, seed uint64, answered bool, at time.Time) *attempt.Attempt {
	t.Helper()
	q := sampleQuiz("k")
	a := attempt.New(q, nil, t0.Add(-time.Hour), seed)
	if answered {
		if _, err := a.Check(q, quiz.Response{Choices: []int{0}}, at); err != nil {
			t.Fatal(err)
		}
		a.Next(at)
	}
	return a
}

func bkAttempt(t *testing.T, a *attempt.Attempt) string {
	t.Helper()
	return record(t, attemptRecord{V: Version, Attempt: a})
}

func bkUserQuiz(t *testing.T, id, title string) string {
	t.Helper()
	q := sampleQuiz(id)
	q.Title = title
	return record(t, userQuizRecord{V: Version, UserQuiz: &UserQuiz{ID: id, Quiz: *q, Saved: t0}})
}

// retention checks the desired retention the Store reads.
func retention(want float64) func(*testing.T, *Store) {
	return func(t *testing.T, s *Store) {
		t.Helper()
		if got := s.Settings().Retention; got != want {
			t.Errorf("retention %v, want %v", got, want)
		}
	}
}

// lastReview checks the card of k/q1 the Store reads.
func lastReview(at time.Time, reps uint64) func(*testing.T, *Store) {
	return func(t *testing.T, s *Store) {
		t.Helper()
		c, ok := s.Card("k", "q1")
		if !ok || !c.FSRS.LastReview.Equal(at) || c.FSRS.Reps != reps {
			t.Errorf("card %+v, %v; want last review %v after %d reviews", c.FSRS, ok, at, reps)
		}
	}
}

// TestPlanImportMergeRules checks the merge rule of every kind of record:
// what the plan counts and says, and what ApplyImport leaves stored.
func TestPlanImportMergeRules(t *testing.T) {
	done := played(t, "k", 1, 2, t0)
	doneTitled := done.Clone()
	doneTitled.QuizTitle = "edited here"
	prog0 := bkInProgress(t, 7, false, t0)
	prog1 := bkInProgress(t, 7, true, t0)
	prog1Later := prog1.Clone()
	prog1Later.Answers[0].At = t0.Add(time.Hour)
	other1 := bkInProgress(t, 8, true, t0) // another attempt, as far along
	finishedProg := bkInProgress(t, 9, true, t0)
	finishedHere := finishedProg.Clone()
	finishedHere.Finished, finishedHere.Current = t0, len(finishedHere.Order)
	unfinished := attempt.New(sampleQuiz("k"), nil, t0, 5)

	day := 24 * time.Hour
	ck := bkCardKey("k", "q1")
	lk := bkLogKey("mwx-1")
	pk := ProgressKey("k")
	ak := AttemptKey(done.ID)
	uk := UserQuizKey("user-a")
	other := Prefix + "ui/hint-seen"
	absent := "\x00absent"

	tests := []struct {
		name        string
		here        map[string]string // stored before
		backup      map[string]string // records of the backup
		add, kept   ImportCounts
		skipped     int
		broken      int
		ignored     int
		line        string            // a line the plan shows
		after       map[string]string // stored after, absent for none
		skippedWhy  string            // part of the reason of the skipped record
		skippedWhat string
		check       func(*testing.T, *Store) // what the Store reads after
	}{
		{name: "result missing is added",
			backup: map[string]string{ak: bkAttempt(t, done)},
			add:    ImportCounts{Attempts: 1}, line: "1 result to add",
			after: map[string]string{ak: bkAttempt(t, done)}},
		{name: "result here is never overwritten",
			here:   map[string]string{ak: bkAttempt(t, doneTitled)},
			backup: map[string]string{ak: bkAttempt(t, done)},
			kept:   ImportCounts{Attempts: 1}, line: "1 result already here",
			after: map[string]string{ak: bkAttempt(t, doneTitled)}},
		{name: "own quiz missing is added",
			backup: map[string]string{uk: bkUserQuiz(t, "user-a", "Backup title")},
			add:    ImportCounts{Quizzes: 1}, line: "1 own quiz to add",
			after: map[string]string{uk: bkUserQuiz(t, "user-a", "Backup title")}},
		{name: "own quiz here is kept",
			here:   map[string]string{uk: bkUserQuiz(t, "user-a", "Here title")},
			backup: map[string]string{uk: bkUserQuiz(t, "user-a", "Backup title")},
			kept:   ImportCounts{Quizzes: 1}, line: "1 own quiz already here (kept as it is)",
			after: map[string]string{uk: bkUserQuiz(t, "user-a", "Here title")}},
		{name: "log missing is added",
			backup: map[string]string{lk: bkLog(t, "mwx-1", "k", "q1", t0, 1)},
			add:    ImportCounts{Logs: 1}, line: "1 past review to add",
			after: map[string]string{lk: bkLog(t, "mwx-1", "k", "q1", t0, 1)}},
		{name: "log here is never counted twice",
			here:   map[string]string{lk: bkLog(t, "mwx-1", "k", "q1", t0, 0.5)},
			backup: map[string]string{lk: bkLog(t, "mwx-1", "k", "q1", t0, 1)},
			kept:   ImportCounts{Logs: 1}, line: "1 past review already here",
			after: map[string]string{lk: bkLog(t, "mwx-1", "k", "q1", t0, 0.5)}},
		{name: "card missing is added",
			backup: map[string]string{ck: bkCard(t, "k", "q1", t0, 3)},
			add:    ImportCounts{Cards: 1}, line: "1 review card to add",
			after: map[string]string{ck: bkCard(t, "k", "q1", t0, 3)}},
		{name: "card reviewed later in the backup wins",
			here:   map[string]string{ck: bkCard(t, "k", "q1", t0, 5)},
			backup: map[string]string{ck: bkCard(t, "k", "q1", t0.Add(day), 2)},
			add:    ImportCounts{NewerCards: 1}, line: "1 review card with newer progress",
			after: map[string]string{ck: bkCard(t, "k", "q1", t0.Add(day), 2)}, check: lastReview(t0.Add(day), 2)},
		{name: "card reviewed later here wins",
			here:   map[string]string{ck: bkCard(t, "k", "q1", t0.Add(day), 2)},
			backup: map[string]string{ck: bkCard(t, "k", "q1", t0, 5)},
			kept:   ImportCounts{Cards: 1}, line: "1 review card already as recent here",
			after: map[string]string{ck: bkCard(t, "k", "q1", t0.Add(day), 2)}, check: lastReview(t0.Add(day), 2)},
		{name: "same last review, more reviews in the backup wins",
			here:   map[string]string{ck: bkCard(t, "k", "q1", t0, 2)},
			backup: map[string]string{ck: bkCard(t, "k", "q1", t0, 3)},
			add:    ImportCounts{NewerCards: 1},
			after:  map[string]string{ck: bkCard(t, "k", "q1", t0, 3)}},
		{name: "same last review, more reviews here wins",
			here:   map[string]string{ck: bkCard(t, "k", "q1", t0, 3)},
			backup: map[string]string{ck: bkCard(t, "k", "q1", t0, 2)},
			kept:   ImportCounts{Cards: 1},
			after:  map[string]string{ck: bkCard(t, "k", "q1", t0, 3)}},
		{name: "same card on both sides is kept",
			here:   map[string]string{ck: bkCard(t, "k", "q1", t0, 3)},
			backup: map[string]string{ck: bkCard(t, "k", "q1", t0, 3)},
			kept:   ImportCounts{Cards: 1},
			after:  map[string]string{ck: bkCard(t, "k", "q1", t0, 3)}},
		{name: "quiz in progress missing is added",
			backup: map[string]string{pk: bkAttempt(t, prog1)},
			add:    ImportCounts{Progress: 1}, line: "1 quiz in progress to add",
			after: map[string]string{pk: bkAttempt(t, prog1)}},
		{name: "quiz in progress with more answers in the backup wins",
			here:   map[string]string{pk: bkAttempt(t, prog0)},
			backup: map[string]string{pk: bkAttempt(t, prog1)},
			add:    ImportCounts{NewerProgress: 1}, line: "1 quiz in progress further along in the backup (it replaces the one here)",
			after: map[string]string{pk: bkAttempt(t, prog1)}},
		{name: "quiz in progress with more answers here wins",
			here:   map[string]string{pk: bkAttempt(t, prog1)},
			backup: map[string]string{pk: bkAttempt(t, prog0)},
			kept:   ImportCounts{Progress: 1}, line: "1 quiz in progress kept as it is here (as far along or newer)",
			after: map[string]string{pk: bkAttempt(t, prog1)}},
		{name: "as many answers, answered later in the backup wins",
			here:   map[string]string{pk: bkAttempt(t, prog1)},
			backup: map[string]string{pk: bkAttempt(t, prog1Later)},
			add:    ImportCounts{NewerProgress: 1},
			after:  map[string]string{pk: bkAttempt(t, prog1Later)}},
		{name: "as many answers, answered later here wins",
			here:   map[string]string{pk: bkAttempt(t, prog1Later)},
			backup: map[string]string{pk: bkAttempt(t, other1)},
			kept:   ImportCounts{Progress: 1},
			after:  map[string]string{pk: bkAttempt(t, prog1Later)}},
		{name: "quiz in progress finished here is not brought back",
			here:   map[string]string{AttemptKey(finishedHere.ID): bkAttempt(t, finishedHere)},
			backup: map[string]string{pk: bkAttempt(t, finishedProg)},
			kept:   ImportCounts{Progress: 1},
			after:  map[string]string{pk: absent}},
		{name: "quiz in progress finished in the backup is not brought back",
			backup: map[string]string{pk: bkAttempt(t, finishedProg), AttemptKey(finishedHere.ID): bkAttempt(t, finishedHere)},
			add:    ImportCounts{Attempts: 1}, kept: ImportCounts{Progress: 1},
			after: map[string]string{pk: absent, AttemptKey(finishedHere.ID): bkAttempt(t, finishedHere)}},
		{name: "quiz in progress here finished in the backup is no longer in progress",
			here:   map[string]string{pk: bkAttempt(t, finishedProg)},
			backup: map[string]string{AttemptKey(finishedHere.ID): bkAttempt(t, finishedHere)},
			add:    ImportCounts{Attempts: 1, FinishedProgress: 1},
			line:   "1 quiz in progress here was finished in the backup: it will no longer be in progress",
			after:  map[string]string{pk: absent, AttemptKey(finishedHere.ID): bkAttempt(t, finishedHere)}},
		{name: "quiz in progress here finished in the backup and its result here too",
			here:   map[string]string{pk: bkAttempt(t, finishedProg), AttemptKey(finishedHere.ID): bkAttempt(t, finishedHere)},
			backup: map[string]string{AttemptKey(finishedHere.ID): bkAttempt(t, finishedHere)},
			add:    ImportCounts{FinishedProgress: 1}, kept: ImportCounts{Attempts: 1},
			after: map[string]string{pk: absent}},
		{name: "quiz in progress here finished in the backup, which has another in progress",
			here:   map[string]string{pk: bkAttempt(t, finishedProg)},
			backup: map[string]string{AttemptKey(finishedHere.ID): bkAttempt(t, finishedHere), pk: bkAttempt(t, prog0)},
			add:    ImportCounts{Attempts: 1, NewerProgress: 1},
			after:  map[string]string{pk: bkAttempt(t, prog0), AttemptKey(finishedHere.ID): bkAttempt(t, finishedHere)}},
		{name: "another result of the quiz leaves the quiz in progress here alone",
			here:   map[string]string{pk: bkAttempt(t, prog1)},
			backup: map[string]string{ak: bkAttempt(t, done)},
			add:    ImportCounts{Attempts: 1},
			after:  map[string]string{pk: bkAttempt(t, prog1), ak: bkAttempt(t, done)}},
		{name: "settings from the backup when none here",
			backup: map[string]string{bkSettingsKey: bkSettings(t, 0.85)},
			add:    ImportCounts{Settings: 1}, line: "Review settings from the backup (none are set here)",
			after: map[string]string{bkSettingsKey: bkSettings(t, 0.85)}, check: retention(0.85)},
		{name: "settings here are kept",
			here:   map[string]string{bkSettingsKey: bkSettings(t, 0.95)},
			backup: map[string]string{bkSettingsKey: bkSettings(t, 0.85)},
			kept:   ImportCounts{Settings: 1}, line: "Your review settings here are kept; the backup’s are not used",
			after: map[string]string{bkSettingsKey: bkSettings(t, 0.95)}, check: retention(0.95)},
		{name: "a record of the app's pages missing is added as it is",
			backup: map[string]string{other: `{"seen":true}`, Prefix + "settings": "plain text"},
			add:    ImportCounts{Other: 2}, line: "2 other saved items to add",
			after: map[string]string{other: `{"seen":true}`, Prefix + "settings": "plain text"}},
		{name: "a record of the app's pages here is kept",
			here:   map[string]string{other: `{"seen":false}`},
			backup: map[string]string{other: `{"seen":true}`},
			kept:   ImportCounts{Other: 1},
			after:  map[string]string{other: `{"seen":false}`}},
		{name: "records kept aside as broken are not brought back",
			backup: map[string]string{BrokenPrefix + ak + "@1": "{cut", ak: bkAttempt(t, done)},
			add:    ImportCounts{Attempts: 1}, broken: 1,
			line:  "1 record that was already unreadable when the backup was made is not restored",
			after: map[string]string{BrokenPrefix + ak + "@1": absent, ak: bkAttempt(t, done)}},
		{name: "a card of a newer version is skipped with a word",
			backup: map[string]string{ck: strings.Replace(bkCard(t, "k", "q1", t0, 1), `"v":1`, `"v":2`, 1), lk: bkLog(t, "mwx-1", "k", "q1", t0, 1)},
			add:    ImportCounts{Logs: 1}, skipped: 1, skippedWhat: "review card", skippedWhy: "newer version of Factquiz",
			line:  "1 review card cannot be restored and will be skipped: it was saved by a newer version of Factquiz; reload the page to update the app, then restore the backup again",
			after: map[string]string{ck: absent, lk: bkLog(t, "mwx-1", "k", "q1", t0, 1)}},
		{name: "an unreadable result is skipped with a word",
			backup: map[string]string{AttemptKey(unfinished.ID): bkAttempt(t, unfinished), ak: bkAttempt(t, done)},
			add:    ImportCounts{Attempts: 1}, skipped: 1, skippedWhat: "result", skippedWhy: "not finished",
			line:  "1 result cannot be restored and will be skipped: it is not finished",
			after: map[string]string{AttemptKey(unfinished.ID): absent, ak: bkAttempt(t, done)}},
		{name: "a cut-off card is skipped",
			backup:  map[string]string{ck: `{"v":1,"card":{"quizId":"k"`},
			skipped: 1, skippedWhat: "review card", skippedWhy: "cut off",
			after: map[string]string{ck: absent}},
		{name: "a card under the wrong key is skipped",
			backup:  map[string]string{bkCardKey("k", "q2"): bkCard(t, "k", "q1", t0, 1)},
			skipped: 1, skippedWhy: "wrong name",
			after: map[string]string{bkCardKey("k", "q2"): absent}},
		{name: "a log without time is skipped",
			backup:  map[string]string{lk: bkLog(t, "mwx-1", "k", "q1", time.Time{}, 1)},
			skipped: 1, skippedWhat: "past review", skippedWhy: "no time",
			after: map[string]string{lk: absent}},
		{name: "settings out of range are restored and read within their limits",
			backup: map[string]string{bkSettingsKey: bkSettings(t, 0.5)},
			add:    ImportCounts{Settings: 1},
			after:  map[string]string{bkSettingsKey: bkSettings(t, 0.5)},
			check:  retention(review.MinRetention)},
		{name: "a card without due date is skipped",
			backup:  map[string]string{ck: strings.Replace(bkCard(t, "k", "q1", t0, 1), `"Due":"2026-11-30T07:00:00Z"`, `"Due":"0001-01-01T00:00:00Z"`, 1)},
			skipped: 1, skippedWhat: "review card", skippedWhy: "no due date",
			after: map[string]string{ck: absent}},
		{name: "a null record is skipped",
			backup:  map[string]string{lk: "null"},
			skipped: 1, skippedWhy: "cut off or damaged",
			after: map[string]string{lk: absent}},
		{name: "entries of another app are ignored",
			backup:  map[string]string{"otherapp/x": `{"a":1}`},
			ignored: 1, line: "1 entry that does not belong to Factquiz is ignored",
			after: map[string]string{"otherapp/x": absent}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kv := NewMemKV(0)
			for k, v := range tt.here {
				mustSet(t, kv, k, v)
			}
			s, notices := Open(kv, t0)
			if len(notices) != 0 {
				t.Fatalf("notices %v", notices)
			}
			before := snapshot(kv)
			p, err := s.PlanImport(bkBackup(t, tt.backup))
			if err != nil {
				t.Fatal(err)
			}
			if !sameKV(before, snapshot(kv)) {
				t.Fatalf("PlanImport changed the storage")
			}
			if p.Add != tt.add || p.Here != tt.kept {
				t.Errorf("plan adds %+v and keeps %+v; want %+v and %+v", p.Add, p.Here, tt.add, tt.kept)
			}
			if len(p.Skipped) != tt.skipped || p.Broken != tt.broken || p.Ignored != tt.ignored {
				t.Errorf("plan skips %+v, %d broken, %d ignored", p.Skipped, p.Broken, p.Ignored)
			}
			for _, sk := range p.Skipped {
				if !strings.Contains(sk.Why, tt.skippedWhy) || (tt.skippedWhat != "" && sk.What != tt.skippedWhat) {
					t.Errorf("skipped %+v, want a %q because %q", sk, tt.skippedWhat, tt.skippedWhy)
				}
			}
			lines := p.Lines()
			if tt.line != "" && !slices.Contains(lines, tt.line) {
				t.Errorf("plan lines %q lack %q", lines, tt.line)
			}
			sum, err := s.ApplyImport(p)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Written != tt.add || sum.Here != tt.kept || sum.Skipped != tt.skipped {
				t.Errorf("summary %+v; want written %+v, here %+v", sum, tt.add, tt.kept)
			}
			for k, want := range tt.after {
				got, ok := kv.Get(k)
				if want == absent && ok {
					t.Errorf("%s stored: %s", k, got)
				}
				if want != absent && got != want {
					t.Errorf("%s = %s\nwant %s", k, got, want)
				}
			}
			if tt.check != nil {
				tt.check(t, s)
			}
			// Restoring again adds nothing.
			after := snapshot(kv)
			again, err := s.PlanImport(bkBackup(t, tt.backup))
			if err != nil {
				t.Fatal(err)
			}
			if again.Add.Total() != 0 || again.Here.Total() != tt.add.Total()+tt.kept.Total()-tt.add.FinishedProgress {
				t.Errorf("second plan adds %+v, keeps %+v", again.Add, again.Here)
			}
			if sum, err := s.ApplyImport(again); err != nil || sum.Written.Total() != 0 || !sameKV(after, snapshot(kv)) {
				t.Errorf("second restore wrote %+v, %v", sum.Written, err)
			}
		})
	}
}

// bkFullStore fills a storage with a bit of everything: two results and
// a quiz in progress at quiz k, an own quiz with a result, cards, logs,
// settings, a record of the app's pages and one kept aside as broken.
func bkFullStore(t *testing.T, kv *MemKV) *Store {
	t.Helper()
	s, _ := Open(kv, t0)
	for i, a := range []*attempt.Attempt{played(t, "k", 1, 2, t0), played(t, "k", 2, 1, t0.Add(time.Hour))} {
		if err := s.SaveAttempt(a); err != nil {
			t.Fatalf("attempt %d: %v", i, err)
		}
	}
	if err := s.SaveProgress(bkInProgress(t, 3, true, t0.Add(2*time.Hour))); err != nil {
		t.Fatal(err)
	}
	u, err := s.SaveUserQuiz(UserQuiz{Quiz: *sampleQuiz("user-notes"), FileName: "notes.gift", Format: "gift"})
	if err != nil {
		t.Fatal(err)
	}
	own := played(t, u.ID, 4, 1, t0.Add(3*time.Hour))
	if err := s.SaveAttempt(own); err != nil {
		t.Fatal(err)
	}
	for i, q := range []struct{ quiz, question string }{{"k", "q1"}, {"k", "q2"}, {u.ID, "q1"}} {
		at := t0.Add(time.Duration(i) * time.Hour)
		mustSet(t, kv, bkCardKey(q.quiz, q.question), bkCard(t, q.quiz, q.question, at, uint64(i+1)))
		id := "log-" + string(rune('a'+i))
		mustSet(t, kv, bkLogKey(id), bkLog(t, id, q.quiz, q.question, at, 1))
	}
	mustSet(t, kv, bkSettingsKey, bkSettings(t, 0.93))
	// Written as a browser's JSON.stringify writes it: '<', '&' and a line
	// separator as they are.
	mustSet(t, kv, Prefix+"ui/hint-seen", "{\"seen\":true,\"note\":\"<b> & \u2028</b>\"}")
	mustSet(t, kv, BrokenPrefix+"factquiz/attempt/z@1", "{not json <b>")
	mustSet(t, kv, "otherapp/x", "not ours")
	s.Reload()
	return s
}

// bkRestorable is a snapshot without Factquiz's broken records and other
// apps' keys: what a restore into an empty storage should bring back.
func bkRestorable(m map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		if strings.HasPrefix(k, Prefix) && !strings.HasPrefix(k, BrokenPrefix) {
			out[k] = v
		}
	}
	return out
}

// TestBackupRoundTrip: export, clear the storage, import, and everything
// is back: results, progress, own quizzes, cards, logs, settings, the
// app's other records; not the broken record, not another app's key.
func TestBackupRoundTrip(t *testing.T) {
	kv := NewMemKV(0)
	s := bkFullStore(t, kv)
	want := bkRestorable(snapshot(kv))
	data, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "otherapp") {
		t.Errorf("backup holds another app's key")
	}
	if !strings.Contains(string(data), `"{not json <b>"`) {
		t.Errorf("broken record not kept in the backup as text")
	}
	var parsed map[string]any
	if err := json.Unmarshal(data, &parsed); err != nil {
		t.Fatalf("backup is not JSON: %v", err)
	}
	for _, k := range kv.Keys() {
		kv.Remove(k)
	}
	s.Reload()

	p, err := s.PlanImport(data)
	if err != nil {
		t.Fatal(err)
	}
	wantAdd := ImportCounts{Attempts: 3, Quizzes: 1, Progress: 1, Cards: 3, Logs: 3, Settings: 1, Other: 1}
	if p.Add != wantAdd || p.Here.Total() != 0 || p.Broken != 1 || len(p.Skipped) != 0 {
		t.Errorf("plan %+v", p)
	}
	if p.Exported.IsZero() || p.Exported.After(time.Now()) || time.Since(p.Exported) > time.Minute {
		t.Errorf("exported %v", p.Exported)
	}
	sum, err := s.ApplyImport(p)
	if err != nil || sum.Written != wantAdd {
		t.Fatalf("ApplyImport = %+v, %v", sum, err)
	}
	if got := snapshot(kv); !sameKV(got, want) {
		t.Errorf("after the round trip the storage holds\n%v\nwant\n%v", got, want)
	}
	// The Store sees them.
	if got := s.Attempts("k"); len(got) != 2 {
		t.Errorf("attempts at k: %v", ids(got))
	}
	if a, ok := s.Progress("k"); !ok || len(a.Answers) != 1 {
		t.Errorf("progress %+v, %v", a, ok)
	}
	if us := s.UserQuizzes(); len(us) != 1 || us[0].FileName != "notes.gift" || len(s.Attempts(us[0].ID)) != 1 {
		t.Errorf("own quizzes %+v", us)
	}
	if cs := s.Cards(); len(cs) != 3 || cs[0].FSRS.Reps != 1 {
		t.Errorf("cards %+v", cs)
	}
	if ls := s.Logs(); len(ls) != 3 || ls[0].ID != "log-a" {
		t.Errorf("logs %+v", ls)
	}
	if st := s.Settings(); st.Retention != 0.93 {
		t.Errorf("settings %+v", st)
	}
}

// TestBackupRoundTripRelease: a storage written by the 2026-12-02 release
// comes back whole through a backup.
func TestBackupRoundTripRelease(t *testing.T) {
	data, err := os.ReadFile("testdata/release-2026-12-02.json")
	if err != nil {
		t.Fatal(err)
	}
	var dump map[string]string
	if err := json.Unmarshal(data, &dump); err != nil {
		t.Fatal(err)
	}
	src := NewMemKV(0)
	for k, v := range dump {
		mustSet(t, src, k, v)
	}
	s, notices := Open(src, t0)
	if len(notices) != 0 {
		t.Fatalf("notices %v", notices)
	}
	backup, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	dst := NewMemKV(0)
	d, _ := Open(dst, t0)
	n, err := d.Import(backup)
	if err != nil || n != len(dump) {
		t.Fatalf("Import = %d, %v; want %d records", n, err, len(dump))
	}
	if !sameKV(snapshot(dst), snapshot(src)) {
		t.Errorf("restored storage differs from the release's")
	}
	if len(d.AllAttempts()) != len(s.AllAttempts()) || len(d.UserQuizzes()) != 1 {
		t.Errorf("restored %d attempts, %d own quizzes", len(d.AllAttempts()), len(d.UserQuizzes()))
	}
}

// TestImportTwiceAddsNothing: restoring the same backup twice, into an
// empty storage or into the one it came from, adds nothing the second
// time and leaves the storage as it was.
func TestImportTwiceAddsNothing(t *testing.T) {
	src := NewMemKV(0)
	s := bkFullStore(t, src)
	data, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		kv   *MemKV
		s    *Store
		want int // records written the first time
	}{
		{"into the storage it came from", src, s, 0},
		{"into an empty storage", NewMemKV(0), nil, 13},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := tt.s
			if st == nil {
				st, _ = Open(tt.kv, t0)
			}
			n, err := st.Import(data)
			if err != nil || n != tt.want {
				t.Fatalf("first Import = %d, %v; want %d", n, err, tt.want)
			}
			before := snapshot(tt.kv)
			attempts := len(st.AllAttempts())
			p, err := st.PlanImport(data)
			if err != nil {
				t.Fatal(err)
			}
			if p.Add.Total() != 0 || p.Lines()[0] != "Nothing to add: everything in this backup that can be restored is already here" {
				t.Errorf("second plan adds %+v: %q", p.Add, p.Lines())
			}
			if !slices.Contains(p.Lines(), "3 results already here") {
				t.Errorf("second plan lines %q", p.Lines())
			}
			if n, err := st.Import(data); n != 0 || err != nil {
				t.Errorf("second Import = %d, %v", n, err)
			}
			if !sameKV(before, snapshot(tt.kv)) || len(st.AllAttempts()) != attempts {
				t.Errorf("second Import changed the storage")
			}
		})
	}
}

// TestBackupRefusedChangesNothing: a file too big, empty, not a backup,
// another app's, cut off, damaged or edited after it was made, or of a
// newer version is refused as a whole with a message saying what is
// wrong, and the storage is left exactly as it was.
func TestBackupRefusedChangesNothing(t *testing.T) {
	src := NewMemKV(0)
	s := bkFullStore(t, src)
	good, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(good, []byte(`"quizTitle": "Quiz k"`), []byte(`"quizTitle": "Quiz x"`), 1)
	if bytes.Equal(edited, good) {
		edited = bytes.Replace(good, []byte(`Quiz k`), []byte(`Quiz x`), 1)
	}
	flipped := bytes.Clone(good)
	i := bytes.Index(flipped, []byte(`"notes.gift`))
	flipped[i+2] ^= 0x01 // "notes" → "ootes": still JSON, not the same data
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(good, &raw); err != nil {
		t.Fatal(err)
	}
	newer := bytes.Replace(good, []byte(`"v": 1,`), []byte(`"v": 2,`), 1)
	noRecords := []byte(`{"v":1,"app":"factquiz","exported":"2026-11-28T07:00:00Z"}`)
	badSum := []byte(`{"v":1,"app":"factquiz","sha256":42,"records":{}}`)

	tests := []struct {
		name string
		data []byte
		is   error
		says string
	}{
		{"50 MB", bytes.Repeat([]byte(" "), 50<<20), ErrBackupTooBig, "52.4 MB"},
		{"empty", nil, ErrNotBackup, "empty"},
		{"only spaces", []byte(" \n\t"), ErrNotBackup, "empty"},
		{"a quiz file", []byte("::Q1:: Who? {=Aliyev ~Pashinyan}"), ErrNotBackup, "Download a backup"},
		{"a JSON array", []byte(`[]`), ErrNotBackup, "Download a backup"},
		{"another app's JSON", []byte(`{"v":1,"app":"other","records":{}}`), ErrNotBackup, "not made by Factquiz"},
		{"JSON without app", []byte(`{"v":1}`), ErrNotBackup, "not made by Factquiz"},
		{"a localStorage dump", []byte(`{"factquiz/attempt/x":"{}"}`), ErrNotBackup, "not made by Factquiz"},
		{"cut off at the start", []byte(`{`), ErrBackupDamaged, "cut off"},
		{"cut off halfway", good[:len(good)/2], ErrBackupDamaged, "cut off"},
		{"cut off before the last brace", good[:len(good)-2], ErrBackupDamaged, "cut off"},
		{"garbled in the middle", bytes.Replace(good, []byte(`"records": {`), []byte(`"records": {]`), 1), ErrBackupDamaged, "cannot be read after byte"},
		{"edited after it was made", edited, ErrBackupDamaged, "check sum does not match"},
		{"one bit changed", flipped, ErrBackupDamaged, "check sum does not match"},
		{"check sum of the wrong form", badSum, ErrBackupDamaged, "check sum"},
		{"no records", noRecords, ErrBackupDamaged, "list of records"},
		{"records as a list", []byte(`{"v":1,"app":"factquiz","records":[]}`), ErrBackupDamaged, "list of records"},
		{"no version", []byte(`{"app":"factquiz","records":{}}`), ErrBackupDamaged, "version"},
		{"newer version", newer, ErrBackupNewer, "reload the page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kv := NewMemKV(0)
			d, _ := Open(kv, t0)
			mine := played(t, "k", 99, 1, t0)
			mustSet(t, kv, AttemptKey(mine.ID), bkAttempt(t, mine))
			mustSet(t, kv, bkCardKey("k", "q1"), bkCard(t, "k", "q1", t0, 1))
			d.Reload()
			before := snapshot(kv)
			p, err := d.PlanImport(tt.data)
			if p != nil || !errors.Is(err, tt.is) || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("PlanImport = %v, %v; want %v saying %q", p, err, tt.is, tt.says)
			}
			n, err := d.Import(tt.data)
			if n != 0 || !errors.Is(err, tt.is) {
				t.Errorf("Import = %d, %v", n, err)
			}
			if !sameKV(before, snapshot(kv)) || len(d.AllAttempts()) != 1 {
				t.Errorf("a refused backup changed the storage")
			}
		})
	}
}

// TestBackupAcceptsLayoutAndOldFiles: re-indenting a backup does not
// change its check sum, and a backup of the 2026-12-02 release, which has
// none, is read.
func TestBackupAcceptsLayoutAndOldFiles(t *testing.T) {
	s := bkFullStore(t, NewMemKV(0))
	good, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, good); err != nil {
		t.Fatal(err)
	}
	var b map[string]json.RawMessage
	if err := json.Unmarshal(good, &b); err != nil {
		t.Fatal(err)
	}
	delete(b, "sha256")
	old, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	withBOM := append([]byte("\ufeff"), good...)
	for name, data := range map[string][]byte{"compact": compact.Bytes(), "without check sum": old, "with a byte-order mark": withBOM} {
		t.Run(name, func(t *testing.T) {
			d, _ := Open(NewMemKV(0), t0)
			p, err := d.PlanImport(data)
			if err != nil {
				t.Fatal(err)
			}
			if p.Add.Attempts != 3 || p.Add.Cards != 3 {
				t.Errorf("plan adds %+v", p.Add)
			}
		})
	}
}

// TestImportSkipsUnreadable: within a whole backup, records that cannot
// be read are skipped, the rest is restored, and Import's error says how
// many and why.
func TestImportSkipsUnreadable(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	a := played(t, "k", 1, 2, t0)
	data := bkBackup(t, map[string]string{
		AttemptKey(a.ID):    bkAttempt(t, a),
		AttemptKey("bad"):   `{"v":1,"attempt":{"id":"bad"}}`,
		AttemptKey("text"):  "{cut off",
		bkCardKey("k", "q"): `{"v":1,"card":{"quizId":"k","questionId":"q","fsrs":{"State":9}}}`,
		"otherapp/x":        "ignored",
	})
	n, err := s.Import(data)
	if n != 1 || err == nil {
		t.Fatalf("Import = %d, %v", n, err)
	}
	for _, says := range []string{
		"3 records of the backup could not be restored: ",
		"1 result skipped: it does not say which quiz it is for",
		"1 result skipped: it is cut off or damaged",
		"1 review card skipped: its review state is unknown",
	} {
		if !strings.Contains(err.Error(), says) {
			t.Errorf("Import's error %q does not say %q", err, says)
		}
	}
	if len(kv.Keys()) != 1 || len(s.AllAttempts()) != 1 {
		t.Errorf("keys %v", kv.Keys())
	}
}

// TestApplyImportDecidesAgain: what changed between the plan and its
// application is taken into account: a card reviewed meanwhile here is
// not replaced by the backup's older one, a result written meanwhile by
// another tab is not written twice.
func TestApplyImportDecidesAgain(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	ck := bkCardKey("k", "q1")
	mustSet(t, kv, ck, bkCard(t, "k", "q1", t0, 1))
	a := played(t, "k", 1, 2, t0)
	data := bkBackup(t, map[string]string{ck: bkCard(t, "k", "q1", t0.Add(time.Hour), 2), AttemptKey(a.ID): bkAttempt(t, a)})
	p, err := s.PlanImport(data)
	if err != nil || p.Add != (ImportCounts{Attempts: 1, NewerCards: 1}) {
		t.Fatalf("plan %+v, %v", p, err)
	}
	reviewed := bkCard(t, "k", "q1", t0.Add(2*time.Hour), 2)
	mustSet(t, kv, ck, reviewed)
	other, _ := Open(kv, t0) // another tab
	if err := other.SaveAttempt(a); err != nil {
		t.Fatal(err)
	}
	before := snapshot(kv)
	sum, err := s.ApplyImport(p)
	if err != nil || sum.Written.Total() != 0 || sum.Here != (ImportCounts{Attempts: 1, Cards: 1}) {
		t.Errorf("ApplyImport = %+v, %v", sum, err)
	}
	if !sameKV(before, snapshot(kv)) {
		t.Errorf("the storage changed")
	}
	if _, err := s.ApplyImport(nil); err == nil {
		t.Errorf("a nil plan was applied")
	}
	if _, err := other.ApplyImport(p); err == nil || !strings.Contains(err.Error(), "another storage") {
		t.Errorf("a plan of another store: %v", err)
	}
}

// TestImportWhenFull: when the storage fills up, ApplyImport stops with
// ErrQuotaFull; what it wrote is whole and in its order (settings, then
// quiz by quiz the own quiz before its results, progress, cards and
// reviews), nothing here was lost; restoring again after making room
// finishes without counting anything twice.
func TestImportWhenFull(t *testing.T) {
	src := NewMemKV(0)
	s := bkFullStore(t, src)
	for i := range 4 {
		if err := s.SaveAttempt(played(t, "m", uint64(10+i), 1, t0.Add(time.Duration(i)*time.Minute))); err != nil {
			t.Fatal(err)
		}
	}
	data, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	want := bkRestorable(snapshot(src))
	sizes := map[string]int{}
	for k, v := range want {
		sizes[k] = len(k) + len(v)
	}
	total := 0
	for _, n := range sizes {
		total += n
	}

	for _, room := range []int{0, 150, 600, 1500, 3000, total / 2, total - 200} {
		t.Run(fmt.Sprintf("room for %d bytes", room), func(t *testing.T) {
			kv := NewMemKV(0)
			d, _ := Open(kv, t0)
			mine := played(t, "k", 99, 2, t0)
			if err := d.SaveAttempt(mine); err != nil {
				t.Fatal(err)
			}
			here := snapshot(kv)
			kv.Quota = kv.Used() + room
			p, err := d.PlanImport(data)
			if err != nil {
				t.Fatal(err)
			}
			sum, err := d.ApplyImport(p)
			if !errors.Is(err, ErrQuotaFull) || !errors.Is(err, ErrNotSaved) || !strings.Contains(err.Error(), "restore the same backup again") {
				t.Fatalf("ApplyImport err = %v; want ErrQuotaFull", err)
			}
			got := snapshot(kv)
			for k, v := range here {
				if got[k] != v {
					t.Errorf("record here lost or changed: %s", k)
				}
			}
			written := 0
			for k, v := range got {
				if _, ok := here[k]; ok {
					continue
				}
				written++
				if want[k] != v {
					t.Errorf("%s written as %q, not whole", k, v)
				}
			}
			if written != sum.Written.Total() || sum.Written.Total()+sum.NotWritten != p.Add.Total() {
				t.Errorf("summary %+v: %d records written, plan adds %d", sum, written, p.Add.Total())
			}
			// Written records are the first ones in the plan's order.
			stop := false
			for _, r := range p.records {
				if r.kind == importKindFinish {
					continue // no record: a quiz in progress finished in the backup
				}
				_, in := got[r.key]
				if stop && in {
					if _, wasHere := here[r.key]; !wasHere {
						t.Errorf("%s written after a record that was not", r.key)
					}
				}
				if !in {
					stop = true
				}
			}
			// An own quiz's records never come without the own quiz.
			for k := range got {
				if strings.Contains(k, "user-notes") && !strings.HasPrefix(k, UserQuizKey("")) {
					if _, ok := got[UserQuizKey(s.UserQuizzes()[0].ID)]; !ok {
						t.Errorf("%s restored without its own quiz", k)
					}
				}
			}
			if len(d.AllAttempts()) != 1+sum.Written.Attempts {
				t.Errorf("store sees %d attempts after writing %d", len(d.AllAttempts()), sum.Written.Attempts)
			}
			// Room made: the same backup finishes the job.
			kv.Quota = 0
			rest, err := d.ApplyImport(p)
			if err != nil || rest.Written.Total() != sum.NotWritten {
				t.Errorf("second ApplyImport = %+v, %v; want %d written", rest, err, sum.NotWritten)
			}
			all := snapshot(kv)
			for k, v := range want {
				if all[k] != v {
					t.Errorf("%s not restored after making room", k)
				}
			}
			if len(all) != len(want)+len(here) || len(d.AllAttempts()) != len(s.AllAttempts())+1 {
				t.Errorf("%d records, %d attempts after finishing", len(all), len(d.AllAttempts()))
			}
		})
	}
}

func TestCheckBackupSize(t *testing.T) {
	tests := []struct {
		size int64
		ok   bool
	}{
		{0, true}, {5 << 20, true}, {MaxBackupBytes, true}, {MaxBackupBytes + 1, false}, {50 << 20, false},
	}
	for _, tt := range tests {
		err := CheckBackupSize(tt.size)
		if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrBackupTooBig)) {
			t.Errorf("CheckBackupSize(%d) = %v", tt.size, err)
		}
	}
}

func TestImportPlanLines(t *testing.T) {
	tests := []struct {
		name string
		plan ImportPlan
		want []string
	}{
		{"the usual", ImportPlan{Add: ImportCounts{Attempts: 12, NewerCards: 3}, Here: ImportCounts{Attempts: 2}},
			[]string{"12 results to add", "3 review cards with newer progress", "2 results already here"}},
		{"one of each to add", ImportPlan{Add: ImportCounts{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0}},
			[]string{"1 result to add", "1 own quiz to add", "1 quiz in progress to add",
				"1 quiz in progress further along in the backup (it replaces the one here)",
				"1 review card to add", "1 review card with newer progress", "1 past review to add",
				"Review settings from the backup (none are set here)",
				"1 set of class results to add (or to add to the one here)", "1 other saved item to add",
				"1 quiz in progress here was finished in the backup: it will no longer be in progress"}},
		{"all here", ImportPlan{Here: ImportCounts{Attempts: 2, Quizzes: 2, Progress: 2, Cards: 2, Logs: 2, Settings: 1, Other: 2}},
			[]string{"Nothing to add: everything in this backup that can be restored is already here",
				"2 results already here", "2 own quizzes already here (kept as they are)",
				"2 quizzes in progress kept as they are here (as far along or newer)",
				"2 review cards already as recent here", "2 past reviews already here",
				"Your review settings here are kept; the backup’s are not used", "2 other saved items already here"}},
		{"skipped, grouped", ImportPlan{Add: ImportCounts{Logs: 40},
			Skipped: []SkippedRecord{
				{Key: bkLogKey("a"), Why: "it has no time"},
				{Key: bkCardKey("k", "q"), Why: "it was saved by a newer version of Factquiz"},
				{Key: bkLogKey("b"), Why: "it has no time"},
			}, Broken: 2, Ignored: 1},
			[]string{"40 past reviews to add",
				"2 past reviews cannot be restored and will be skipped: it has no time",
				"1 review card cannot be restored and will be skipped: it was saved by a newer version of Factquiz",
				"2 records that were already unreadable when the backup was made are not restored",
				"1 entry that does not belong to Factquiz is ignored"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.plan.Lines(); !slices.Equal(got, tt.want) {
				t.Errorf("Lines() =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestImportSummaryLines(t *testing.T) {
	tests := []struct {
		sum  ImportSummary
		want []string
	}{
		{ImportSummary{}, []string{"Nothing was added: everything in this backup that can be restored is already here"}},
		{ImportSummary{Written: ImportCounts{Attempts: 12, NewerCards: 3, Settings: 1}, NotWritten: 4, Skipped: 1},
			[]string{"12 results added", "3 review cards updated with newer progress", "Review settings taken from the backup",
				"4 records not restored: the storage is full", "1 record skipped: it cannot be restored"}},
		{ImportSummary{Written: ImportCounts{Attempts: 1}, NotWritten: 1, Refused: true},
			[]string{"1 result added", "1 record not restored: the browser refused to save it"}},
		{ImportSummary{NotWritten: 3, Refused: true}, []string{"3 records not restored: the browser refused to save them"}},
	}
	for _, tt := range tests {
		if got := tt.sum.Lines(); !slices.Equal(got, tt.want) {
			t.Errorf("Lines() = %q\nwant %q", got, tt.want)
		}
	}
}

// TestApplyImportOrder pins the order in which records are written, on
// which a restore stopped by a full storage relies: settings, then quiz
// by quiz (by ID) its own quiz, results, quiz in progress, cards and past
// reviews, then the app's other records.
func TestApplyImportOrder(t *testing.T) {
	s := bkFullStore(t, NewMemKV(0))
	data, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := Open(NewMemKV(0), t0)
	p, err := d.PlanImport(data)
	if err != nil {
		t.Fatal(err)
	}
	own := s.UserQuizzes()[0].ID
	var got []string
	for _, r := range p.records {
		kind, _, _ := splitKey(r.key)
		if r.kind == importKindFinish {
			kind = "(finish)"
		}
		got = append(got, kind+" "+r.quizID)
	}
	want := []string{
		"settings ",
		"attempt k", "attempt k", "progress k", "(finish) k", "(finish) k", "card k", "card k", "log k", "log k",
		"userquiz " + own, "attempt " + own, "(finish) " + own, "card " + own, "log " + own,
		"ui ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("order\n%q\nwant\n%q", got, want)
	}
}

// TestImportWhenFullKeepsProgress: the quiz in progress here that the
// backup has finished stays in progress when its result cannot be
// written, and is no longer in progress once it is.
func TestImportWhenFullKeepsProgress(t *testing.T) {
	inProgress := bkInProgress(t, 9, true, t0)
	finished := inProgress.Clone()
	finished.Finished, finished.Current = t0, len(finished.Order)
	data := bkBackup(t, map[string]string{AttemptKey(finished.ID): bkAttempt(t, finished)})
	for _, tt := range []struct {
		name     string
		room     int
		progress bool // still in progress after
	}{
		{"no room for the result", 10, true},
		{"room for the result", 0, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			kv := NewMemKV(0)
			s, _ := Open(kv, t0)
			if err := s.SaveProgress(inProgress); err != nil {
				t.Fatal(err)
			}
			if tt.room > 0 {
				kv.Quota = kv.Used() + tt.room
			}
			p, err := s.PlanImport(data)
			if err != nil || p.Add != (ImportCounts{Attempts: 1, FinishedProgress: 1}) {
				t.Fatalf("plan %+v, %v", p.Add, err)
			}
			_, err = s.ApplyImport(p)
			if tt.progress != errors.Is(err, ErrQuotaFull) {
				t.Errorf("ApplyImport: %v", err)
			}
			if _, ok := s.Progress("k"); ok != tt.progress {
				t.Errorf("in progress = %v, want %v", ok, tt.progress)
			}
			if _, ok := kv.Get(AttemptKey(finished.ID)); ok == tt.progress {
				t.Errorf("result stored = %v", ok)
			}
		})
	}
}

// TestApplyImportStopped: a restore stopped by a full storage says so and
// asks for room; one stopped by a storage that refuses writes (site data
// blocked, read-only) never says "full" nor asks to delete anything.
func TestApplyImportStopped(t *testing.T) {
	data, err := bkFullStore(t, NewMemKV(0)).Export()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		kv        KV
		quota     bool
		says, not []string
	}{
		{"full", NewMemKV(1), true,
			[]string{"storage for this site is full", "0 records restored", "Make room", "the storage is full"},
			[]string{"refused", "lets this site keep data"}},
		{"refusing", kvError{NewMemKV(0)}, false,
			[]string{"access denied", "0 records restored", "lets this site keep data again", "the browser refused to save them"},
			[]string{"full", "Make room", "delete"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := Open(tt.kv, t0)
			p, err := d.PlanImport(data)
			if err != nil {
				t.Fatal(err)
			}
			sum, err := d.ApplyImport(p)
			if err == nil || !errors.Is(err, ErrNotSaved) || errors.Is(err, ErrQuotaFull) != tt.quota {
				t.Fatalf("ApplyImport err = %v; want ErrNotSaved, ErrQuotaFull %v", err, tt.quota)
			}
			if sum.NotWritten != p.Add.Total() || sum.Refused == tt.quota {
				t.Errorf("summary %+v; want %d not written, refused %v", sum, p.Add.Total(), !tt.quota)
			}
			text := err.Error() + " " + strings.Join(sum.Lines(), "; ")
			for _, w := range tt.says {
				if !strings.Contains(text, w) {
					t.Errorf("%q does not say %q", text, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(text, w) {
					t.Errorf("%q says %q", text, w)
				}
			}
		})
	}
}
