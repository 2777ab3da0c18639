package store

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"

	"factquiz/quiz"
	"factquiz/quiz/review"
)

var (
	reviewRight = quiz.Result{Score: 1, Correct: true, Answered: true}
	reviewWrong = quiz.Result{Answered: true}
)

func studiedCard(t *testing.T, quizID string, q quiz.Question, at time.Time) review.Card {
	t.Helper()
	sch := review.NewScheduler(review.DefaultSettings())
	return sch.Review(review.NewCard(quizID, q, at), fsrs.Good, at)
}

func reviewLog(id string, at time.Time) review.Log {
	return review.Log{ID: id, QuizID: "k", QuestionID: "q1", Mode: review.ModeReview, Rating: fsrs.Good,
		Score: 1, Correct: true, TookMS: 4000, At: at}
}

func TestCardsLogsSettingsSaved(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	q := sampleQuiz("k").Questions
	c1, c2 := studiedCard(t, "k", q[0], t0), studiedCard(t, "k", q[1], t0)
	for _, c := range []review.Card{c2, c1} {
		if err := s.SaveCard(c); err != nil {
			t.Fatal(err)
		}
	}
	logs := []review.Log{reviewLog("b", t0.Add(time.Hour)), reviewLog("c", t0), reviewLog("a", t0.Add(time.Hour))}
	for _, l := range logs {
		if err := s.AddLog(l); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AddLog(logs[0]); err != nil { // the same log again: still one
		t.Fatal(err)
	}
	st := review.Settings{Retention: 0.85, MaxIntervalDays: 180, NoRequeue: true, LastBackup: t0}
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	keys := []string{"factquiz/card/k/q1", "factquiz/card/k/q2", "factquiz/log/a", "factquiz/log/b", "factquiz/log/c", "factquiz/settings/learner"}
	for _, k := range keys {
		if v, ok := kv.Get(k); !ok || !strings.HasPrefix(v, `{"v":1,`) {
			t.Errorf("%s = %q, %v; want a record of version 1", k, v, ok)
		}
	}
	if n := len(kv.Keys()); n != len(keys) {
		t.Errorf("%d keys, want %d: %v", n, len(keys), kv.Keys())
	}
	reopened, notices := Open(kv, t0)
	if len(notices) != 0 {
		t.Fatalf("notices %v", notices)
	}
	for name, st := range map[string]*Store{"saving store": s, "reopened": reopened} {
		cards := st.Cards()
		if len(cards) != 2 || cards[0].Key() != "k/q1" || cards[1].Key() != "k/q2" {
			t.Errorf("%s: cards %v", name, cardKeys(cards))
		}
		if c, ok := st.Card("k", "q1"); !ok || !c.FSRS.Due.Equal(c1.FSRS.Due) || c.Hash != c1.Hash || c.FSRS.Reps != 1 {
			t.Errorf("%s: Card(k, q1) = %+v, %v; want %+v", name, c, ok, c1)
		}
		if _, ok := st.Card("k", "q3"); ok {
			t.Errorf("%s: a card for a question never answered", name)
		}
		var got []string
		for _, l := range st.Logs() {
			got = append(got, l.ID)
		}
		if strings.Join(got, ",") != "c,a,b" {
			t.Errorf("%s: logs %v, want oldest first: c, a, b", name, got)
		}
		if got := st.Settings(); got.Retention != 0.85 || got.MaxIntervalDays != 180 || !got.NoRequeue || !got.LastBackup.Equal(t0) {
			t.Errorf("%s: settings %+v", name, got)
		}
	}
}

func cardKeys(cs []review.Card) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Key())
	}
	return out
}

func TestSettingsDefaultsAndLimits(t *testing.T) {
	tests := []struct {
		name   string
		stored string // "" for none
		want   review.Settings
	}{
		{"none saved", "", review.DefaultSettings()},
		{"saved", `{"v":1,"settings":{"retention":0.92,"maxIntervalDays":400}}`, review.Settings{Retention: 0.92, MaxIntervalDays: 400}},
		{"empty", `{"v":1,"settings":{}}`, review.DefaultSettings()},
		{"out of range", `{"v":1,"settings":{"retention":3,"maxIntervalDays":-20}}`, review.Settings{Retention: review.MaxRetention, MaxIntervalDays: 1}},
		{"too low", `{"v":1,"settings":{"retention":0.1,"maxIntervalDays":99999999}}`, review.Settings{Retention: review.MinRetention, MaxIntervalDays: review.DefaultMaxInterval}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kv := NewMemKV(0)
			if tt.stored != "" {
				mustSet(t, kv, SettingsKey, tt.stored)
			}
			s, notices := Open(kv, t0)
			if len(notices) != 0 {
				t.Errorf("notices %v", notices)
			}
			if got := s.Settings(); got != tt.want {
				t.Errorf("Settings() = %+v, want %+v", got, tt.want)
			}
		})
	}
	// Saving clamps too.
	s, _ := Open(NewMemKV(0), t0)
	if err := s.SaveSettings(review.Settings{Retention: 0.99, MaxIntervalDays: 7}); err != nil {
		t.Fatal(err)
	}
	if got := s.Settings(); got.Retention != review.MaxRetention || got.MaxIntervalDays != 7 {
		t.Errorf("saved %+v", got)
	}
}

func TestOpenKeepsAsideDamagedReviewRecords(t *testing.T) {
	q := sampleQuiz("k").Questions[0]
	card := studiedCard(t, "k", q, t0)
	goodCard := record(t, cardRecord{V: 1, Card: &card})
	badState := card
	badState.FSRS.State = 7
	noQuestion := card
	noQuestion.QuestionID = ""
	negative := card
	negative.FSRS.Stability = -2
	noDue := card
	noDue.FSRS.Due = time.Time{}
	l := reviewLog("l1", t0)
	goodLog := record(t, logRecord{V: 1, Log: &l})
	badScore := l
	badScore.Score = 2
	badRating := l
	badRating.Rating = 9
	noTime := l
	noTime.At = time.Time{}
	tests := []struct {
		name    string
		key     string
		value   string
		because string
		what    string
	}{
		{"card cut off", CardKey("k", "q1"), goodCard[:len(goodCard)/2], "cut off", "review card"},
		{"card under another question", CardKey("k", "q2"), goodCard, "wrong name", "review card"},
		{"card without a card", CardKey("k", "q1"), `{"v":1}`, "not in the form", "review card"},
		{"card of unknown state", CardKey("k", "q1"), record(t, cardRecord{V: 1, Card: &badState}), "review state is unknown", "review card"},
		{"card without its question", CardKey("k", "q1"), record(t, cardRecord{V: 1, Card: &noQuestion}), "which question", "review card"},
		{"card with negative stability", CardKey("k", "q1"), record(t, cardRecord{V: 1, Card: &negative}), "damaged", "review card"},
		{"card without due date", CardKey("k", "q1"), record(t, cardRecord{V: 1, Card: &noDue}), "no due date", "review card"},
		{"card with text for a number", CardKey("k", "q1"), strings.Replace(goodCard, `"Reps":1`, `"Reps":"one"`, 1), "not in the form", "review card"},
		{"log under another ID", LogKey("l2"), goodLog, "wrong name", "review record"},
		{"log cut off", LogKey("l1"), goodLog[:20], "cut off", "review record"},
		{"log with a score of 2", LogKey("l1"), record(t, logRecord{V: 1, Log: &badScore}), "out of range", "review record"},
		{"log with rating 9", LogKey("l1"), record(t, logRecord{V: 1, Log: &badRating}), "out of range", "review record"},
		{"log without time", LogKey("l1"), record(t, logRecord{V: 1, Log: &noTime}), "no time", "review record"},
		{"settings cut off", SettingsKey, `{"v":1,"settings":{"reten`, "cut off", "review settings"},
		{"settings null", SettingsKey, `{"v":1,"settings":null}`, "not in the form", "review settings"},
		{"settings of wrong type", SettingsKey, `{"v":1,"settings":{"retention":"high"}}`, "not in the form", "review settings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kv := NewMemKV(0)
			mustSet(t, kv, tt.key, tt.value)
			mustSet(t, kv, CardKey("k", "q9"), record(t, cardRecord{V: 1, Card: func() *review.Card { c := card; c.QuestionID = "q9"; return &c }()}))
			s, notices := Open(kv, t0)
			if len(notices) != 1 {
				t.Fatalf("notices %v, want 1", notices)
			}
			n := notices[0]
			wantTo := BrokenPrefix + tt.key + "@" + strconv.FormatInt(t0.Unix(), 10)
			if n.Key != tt.key || n.MovedTo != wantTo || !strings.Contains(n.Message, tt.because) || !strings.Contains(n.Message, tt.what) {
				t.Errorf("notice %+v, want %s moved to %s, saying %q about a %s", n, tt.key, wantTo, tt.because, tt.what)
			}
			if v, ok := kv.Get(wantTo); !ok || v != tt.value {
				t.Errorf("copy aside = %q, %v", v, ok)
			}
			if _, ok := kv.Get(tt.key); ok {
				t.Error("damaged record left in place")
			}
			if got := cardKeys(s.Cards()); len(got) != 1 || got[0] != "k/q9" || len(s.Logs()) != 0 || s.Settings() != review.DefaultSettings() {
				t.Errorf("cards %v, logs %d, settings %+v: want only the good card", got, len(s.Logs()), s.Settings())
			}
		})
	}
}

func TestOpenLeavesOtherSettingsAlone(t *testing.T) {
	kv := NewMemKV(0)
	mustSet(t, kv, Prefix+"settings/theme", `dark`)
	mustSet(t, kv, CardKey("k", "q1"), `{"v":2,"card":{"new":"shape"}}`)
	s, notices := Open(kv, t0)
	if len(notices) != 1 || notices[0].MovedTo != "" || !strings.Contains(notices[0].Message, "A review card was saved by a newer version") {
		t.Errorf("notices %+v, want one about the newer card", notices)
	}
	if v, _ := kv.Get(Prefix + "settings/theme"); v != "dark" || len(kv.Keys()) != 2 || len(s.Cards()) != 0 {
		t.Errorf("keys %v", kv.Keys())
	}
	// Answering that question leaves the newer card as it is.
	before := snapshot(kv)
	if _, err := s.Answer(nil, "k", sampleQuiz("k").Questions[0], reviewRight, review.ModeReview, time.Second, t0); err == nil || !strings.Contains(err.Error(), "newer version") {
		t.Errorf("Answer over a newer card: %v", err)
	}
	if !sameKV(before, snapshot(kv)) {
		t.Error("storage changed")
	}
}

func TestSaveRefusesBadReviewRecords(t *testing.T) {
	s, _ := Open(NewMemKV(0), t0)
	card := studiedCard(t, "k", sampleQuiz("k").Questions[0], t0)
	noQuiz := card
	noQuiz.QuizID = ""
	l := reviewLog("", t0)
	tests := []struct {
		name string
		save func() error
	}{
		{"card without quiz", func() error { return s.SaveCard(noQuiz) }},
		{"log without ID", func() error { return s.AddLog(l) }},
		{"replacing a log never saved", func() error { return s.ReplaceLog(reviewLog("nope", t0)) }},
	}
	for _, tt := range tests {
		if err := tt.save(); !errors.Is(err, ErrNotSaved) {
			t.Errorf("%s: error %v, want one wrapping ErrNotSaved", tt.name, err)
		}
	}
	if err := s.ReplaceLog(reviewLog("nope", t0)); !errors.Is(err, ErrNoLog) {
		t.Errorf("ReplaceLog of an unknown log: %v, want ErrNoLog", err)
	}
	if n := len(s.kv.(*MemKV).Keys()); n != 0 {
		t.Errorf("%d records written", n)
	}
}

// TestAnswerSchedules: Store.Answer starts a card for a question never
// answered, schedules one answered before from what is stored, and keeps
// the card and the log.
func TestAnswerSchedules(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	sch := review.NewScheduler(review.DefaultSettings())
	q := sampleQuiz("k").Questions[0]
	l1, err := s.Answer(sch, "k", q, reviewRight, review.ModeQuiz, 20*time.Second, t0)
	if err != nil {
		t.Fatal(err)
	}
	want, wantLog := sch.Answer(review.NewCard("k", q, t0), q, reviewRight, review.ModeQuiz, 20*time.Second, t0, l1.ID)
	c, ok := s.Card("k", "q1")
	if !ok || !c.FSRS.Due.Equal(want.FSRS.Due) || c.FSRS.Reps != 1 || l1.Rating != wantLog.Rating || l1.Mode != review.ModeQuiz {
		t.Errorf("card %+v, log %+v; want %+v, %+v", c, l1, want, wantLog)
	}
	at := c.FSRS.Due
	l2, err := s.Answer(sch, "k", q, reviewWrong, review.ModeReview, 5*time.Second, at)
	if err != nil {
		t.Fatal(err)
	}
	want2 := sch.Review(want, fsrs.Again, at)
	reopened, _ := Open(kv, t0)
	c2, _ := reopened.Card("k", "q1")
	if !c2.FSRS.Due.Equal(want2.FSRS.Due) || c2.FSRS.Reps != 2 || l2.Rating != fsrs.Again || !l2.Before.Due.Equal(c.FSRS.Due) {
		t.Errorf("after a wrong answer: card %+v, log %+v; want due %v", c2.FSRS, l2, want2.FSRS.Due)
	}
	if l1.ID == l2.ID || len(reopened.Logs()) != 2 {
		t.Errorf("logs %v", reopened.Logs())
	}
	// With no scheduler, the saved settings are used.
	if err := s.SaveSettings(review.Settings{Retention: 0.9, MaxIntervalDays: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Answer(nil, "k", sampleQuiz("k").Questions[1], reviewRight, review.ModeQuiz, time.Second, t0); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Card("k", "q2"); c.FSRS.Due.Sub(t0) != 24*time.Hour {
		t.Errorf("with a maximum interval of 1 day, an Easy new card is due in %v", c.FSRS.Due.Sub(t0))
	}
}

// TestAnswerTwoTabs: two tabs (two Stores over one storage) answer the
// same question in turn, neither reloading: both answers count, each once.
func TestAnswerTwoTabs(t *testing.T) {
	kv := NewMemKV(0)
	tabA, _ := Open(kv, t0)
	tabB, _ := Open(kv, t0)
	sch := review.NewScheduler(review.DefaultSettings())
	q := sampleQuiz("k").Questions[0]
	tabs := []*Store{tabA, tabB, tabA, tabB}
	ratings := []quiz.Result{reviewRight, reviewWrong, reviewRight, reviewRight}
	want := review.NewCard("k", q, t0)
	at := t0
	var logs []review.Log
	for i, tab := range tabs {
		l, err := tab.Answer(sch, "k", q, ratings[i], review.ModeReview, 10*time.Second, at)
		if err != nil {
			t.Fatal(err)
		}
		if !l.Before.Due.Equal(want.FSRS.Due) || l.Before.Reps != want.FSRS.Reps {
			t.Errorf("answer %d was scheduled from %+v, want the card after answer %d: %+v", i+1, l.Before, i, want.FSRS)
		}
		want = sch.Review(want, review.Rate(q, ratings[i], 10*time.Second), at)
		logs = append(logs, l)
		at = want.FSRS.Due
	}
	for _, tab := range []*Store{tabA, tabB} {
		tab.Reload()
		c, _ := tab.Card("k", "q1")
		if c.FSRS.Reps != 4 || !c.FSRS.Due.Equal(want.FSRS.Due) {
			t.Errorf("card reps %d due %v, want 4, %v", c.FSRS.Reps, c.FSRS.Due, want.FSRS.Due)
		}
		got := tab.Logs()
		if len(got) != 4 {
			t.Fatalf("%d logs, want 4", len(got))
		}
		for i := range got {
			if got[i].ID != logs[i].ID {
				t.Errorf("log %d is %s, want %s", i, got[i].ID, logs[i].ID)
			}
		}
	}
}

// TestAnswerConcurrent: one tab's goroutines answering at once (go-app's
// ctx.Async) lose nothing.
func TestAnswerConcurrent(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	q := sampleQuiz("k").Questions[0]
	var wg sync.WaitGroup
	const n = 20
	for i := range n {
		wg.Go(func() {
			if _, err := s.Answer(nil, "k", q, reviewRight, review.ModeReview, time.Second, t0.Add(time.Duration(i)*time.Second)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	reopened, _ := Open(kv, t0)
	if c, _ := reopened.Card("k", "q1"); c.FSRS.Reps != n || len(reopened.Logs()) != n {
		t.Errorf("reps %d, logs %d; want %d each", c.FSRS.Reps, len(reopened.Logs()), n)
	}
}

// failLogs is a storage where review logs cannot be written.
type failLogs struct{ *MemKV }

func (kv failLogs) Set(key, value string) error {
	if strings.HasPrefix(key, Prefix+kindLog+"/") {
		return ErrQuotaFull
	}
	return kv.MemKV.Set(key, value)
}

func TestAnswerNotSaved(t *testing.T) {
	q := sampleQuiz("k").Questions[0]
	card := studiedCard(t, "k", q, t0)
	tests := []struct {
		name  string
		setup func(kv *MemKV)
	}{
		{"new card", func(*MemKV) {}},
		{"card answered before", func(kv *MemKV) { mustSet(t, kv, CardKey("k", "q1"), record(t, cardRecord{V: 1, Card: &card})) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := NewMemKV(0)
			tt.setup(mem)
			s, _ := Open(failLogs{mem}, t0)
			before := snapshot(mem)
			_, err := s.Answer(nil, "k", q, reviewRight, review.ModeReview, time.Second, t0.Add(time.Hour))
			if !errors.Is(err, ErrQuotaFull) || !errors.Is(err, ErrNotSaved) {
				t.Errorf("error %v, want one wrapping ErrQuotaFull and ErrNotSaved", err)
			}
			if !sameKV(before, snapshot(mem)) {
				t.Errorf("storage changed: %v", snapshot(mem))
			}
			if c, ok := s.Card("k", "q1"); ok && c.FSRS.Reps != card.FSRS.Reps {
				t.Errorf("card in memory changed: reps %d", c.FSRS.Reps)
			}
		})
	}
}

func TestAnswerOverDamagedCard(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	mustSet(t, kv, CardKey("k", "q1"), `{"v":1,"card":{"quizId":"k"`) // written by another tab, cut off
	q := sampleQuiz("k").Questions[0]
	if _, err := s.Answer(nil, "k", q, reviewRight, review.ModeReview, time.Second, t0); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Card("k", "q1"); c.FSRS.Reps != 1 {
		t.Errorf("reps %d, want a new card answered once", c.FSRS.Reps)
	}
	aside := 0
	for _, k := range kv.Keys() {
		if strings.HasPrefix(k, BrokenPrefix+CardKey("k", "q1")) {
			aside++
		}
	}
	if aside != 1 {
		t.Errorf("keys %v, want the damaged card kept aside", kv.Keys())
	}
}

func TestStoreRerate(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	sch := review.NewScheduler(review.DefaultSettings())
	q := sampleQuiz("k").Questions[0]
	l, err := s.Answer(sch, "k", q, reviewWrong, review.ModeReview, time.Second, t0)
	if err != nil {
		t.Fatal(err)
	}
	c, nl, err := s.Rerate(sch, l.ID, fsrs.Good)
	if err != nil {
		t.Fatal(err)
	}
	want := sch.Review(review.NewCard("k", q, t0), fsrs.Good, t0)
	reopened, _ := Open(kv, t0)
	stored, _ := reopened.Card("k", "q1")
	logs := reopened.Logs()
	if !c.FSRS.Due.Equal(want.FSRS.Due) || !stored.FSRS.Due.Equal(want.FSRS.Due) || stored.FSRS.Reps != 1 {
		t.Errorf("card due %v (stored %v, reps %d), want %v", c.FSRS.Due, stored.FSRS.Due, stored.FSRS.Reps, want.FSRS.Due)
	}
	if nl.ID != l.ID || len(logs) != 1 || logs[0].Rating != fsrs.Good {
		t.Errorf("logs %+v, want the one log rated Good", logs)
	}
	if _, _, err := s.Rerate(sch, "no-such-log", fsrs.Good); !errors.Is(err, ErrNoLog) {
		t.Errorf("Rerate of an unknown log: %v", err)
	}
	// ReplaceLog, as the UI may do it itself.
	nl.Rating = fsrs.Easy
	if err := s.ReplaceLog(nl); err != nil {
		t.Fatal(err)
	}
	if logs := s.Logs(); len(logs) != 1 || logs[0].Rating != fsrs.Easy {
		t.Errorf("logs after ReplaceLog: %+v", logs)
	}
}

func TestStoreReconcile(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	qz := sampleQuiz("k")
	for _, q := range qz.Questions {
		if _, err := s.Answer(nil, "k", q, reviewRight, review.ModeQuiz, time.Second, t0); err != nil {
			t.Fatal(err)
		}
	}
	// Another tab answered q2 meanwhile; this one has not reloaded.
	other, _ := Open(kv, t0)
	if _, err := other.Answer(nil, "k", qz.Questions[1], reviewRight, review.ModeReview, time.Second, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	changed := sampleQuiz("k")
	changed.Questions[0].Prompt = "Pick the first letter."
	notes, err := s.Reconcile([]*quiz.Quiz{changed}, true, t0.Add(2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "Pick the first letter.") {
		t.Errorf("notes %q", notes)
	}
	reopened, _ := Open(kv, t0)
	c1, _ := reopened.Card("k", "q1")
	c2, _ := reopened.Card("k", "q2")
	if c1.FSRS.State != fsrs.New || c1.FSRS.Reps != 0 || c2.FSRS.Reps != 2 {
		t.Errorf("q1 state %v reps %d (want a new card), q2 reps %d (want 2: the other tab's answer kept)", c1.FSRS.State, c1.FSRS.Reps, c2.FSRS.Reps)
	}
	if c, _ := s.Card("k", "q2"); c.FSRS.Reps != 2 {
		t.Errorf("the store's own copy of q2 not refreshed: reps %d", c.FSRS.Reps)
	}
}
