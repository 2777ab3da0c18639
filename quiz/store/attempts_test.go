package store

import (
	"reflect"
	"strconv"
	"testing"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"
)

// fiveQuiz has five number questions: the answer to qN is N.
func fiveQuiz() *quiz.Quiz {
	q := &quiz.Quiz{ID: "five", Title: "Five"}
	for i := 1; i <= 5; i++ {
		q.Questions = append(q.Questions, quiz.Question{
			ID: "q" + strconv.Itoa(i), Type: quiz.Number, Prompt: "Say " + strconv.Itoa(i) + ".",
			Numbers: []quiz.NumberAnswer{{Value: float64(i)}},
		})
	}
	return q
}

// run is a session at fiveQuiz: only (nil: all), its mode, requeue, and
// misses: how many times each question is answered wrong before it is
// answered right (without requeue, any miss is one wrong answer).
type run struct {
	only    []string
	mode    review.Mode
	requeue bool
	misses  map[string]int
	// stop leaves the session unfinished after this many answers (0: finish).
	stop int
}

// play plays r from start, one answer every 10 seconds.
func (r run) play(t *testing.T, start time.Time, seed uint64) *attempt.Attempt {
	t.Helper()
	q := fiveQuiz()
	a := attempt.NewMode(q, r.only, r.mode, r.requeue, start, seed)
	wrongs := map[string]int{}
	now := start
	for n := 1; !a.Done(); n++ {
		cur, ok := a.Question(q)
		if !ok || n > 50 {
			t.Fatalf("stuck at %d of %v", a.Current, a.Order)
		}
		resp := quiz.Response{Text: cur.ID[1:]} // "q3" is answered 3
		if wrongs[cur.ID] < r.misses[cur.ID] {
			wrongs[cur.ID]++
			resp.Text = "99"
		}
		now = now.Add(10 * time.Second)
		if _, err := a.Check(q, resp, now); err != nil {
			t.Fatal(err)
		}
		if n == r.stop {
			return a
		}
		a.Next(now)
	}
	return a
}

// The mode of a session at fiveQuiz, as the releases wrote it.
const old = review.Mode("") // written by the 2026-12-02 release

func TestStats(t *testing.T) {
	all := run{mode: review.ModeQuiz}
	tests := []struct {
		name string
		runs []run
		want Stats // LastPlayed is checked apart: the finish of the run numbered lastFull
		// lastFull is the index in runs of the latest full attempt (-1: none).
		lastFull int
	}{
		{"never played", nil, Stats{}, -1},
		{"one full attempt", []run{{mode: review.ModeQuiz, misses: map[string]int{"q2": 1}}},
			Stats{Best: 80, Last: 80, Played: 1}, 0},
		{"a retry never changes best", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q2": 1, "q4": 1}},
			{mode: review.ModeRetry, only: []string{"q2", "q4"}},
		}, Stats{Best: 60, Last: 60, Played: 1, Other: 1}, 0},
		{"practice never changes best or last", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q1": 1}},
			{mode: review.ModeQuiz, misses: map[string]int{"q1": 1, "q5": 1, "q3": 1}},
			{mode: review.ModePractice, only: []string{"q1", "q3", "q5"}, requeue: true},
		}, Stats{Best: 80, Last: 40, Played: 2, Other: 1}, 1},
		{"an old retry (no mode, fewer questions) is not full", []run{
			{mode: old, misses: map[string]int{"q1": 1, "q3": 1}},
			{mode: old, only: []string{"q1", "q3"}},
		}, Stats{Best: 60, Last: 60, Played: 1, Other: 1}, 0},
		{"old and new full attempts both count", []run{
			{mode: old, misses: map[string]int{"q1": 1}},
			{mode: review.ModeQuiz, misses: map[string]int{"q1": 1, "q2": 1, "q3": 1, "q4": 1}},
		}, Stats{Best: 80, Last: 20, Played: 2}, 1},
		{"first answers only with requeue", []run{
			{mode: review.ModeQuiz, requeue: true, misses: map[string]int{"q1": 2, "q5": 1}},
		}, Stats{Best: 60, Last: 60, Played: 1}, 0},
		// q1 missed comes back later, but the card counts different
		// questions: at question 3 of the quiz's 5.
		{"in progress", []run{
			all,
			{mode: review.ModeQuiz, requeue: true, misses: map[string]int{"q1": 1}, stop: 3},
		}, Stats{Best: 100, Last: 100, Played: 1, InProgress: 3, InProgressTotal: 5, InProgressMode: review.ModeQuiz}, 0},
		{"a practice in progress", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q1": 1, "q2": 1}},
			{mode: review.ModePractice, only: []string{"q1", "q2"}, stop: 1},
		}, Stats{Best: 60, Last: 60, Played: 1, InProgress: 1, InProgressTotal: 2, InProgressMode: review.ModePractice}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kv := NewMemKV(0)
			s, _ := Open(kv, t0)
			var finished []time.Time
			for i, r := range tt.runs {
				a := r.play(t, t0.Add(time.Duration(i)*time.Hour), uint64(i+1))
				if r.stop > 0 {
					if err := s.SaveProgress(a); err != nil {
						t.Fatal(err)
					}
					finished = append(finished, time.Time{})
					continue
				}
				if err := s.SaveAttempt(a); err != nil {
					t.Fatal(err)
				}
				finished = append(finished, a.Finished)
			}
			for _, s := range []*Store{s, reopen(t, kv)} {
				got := s.Stats("five")
				want := tt.want
				if tt.lastFull >= 0 {
					want.LastPlayed = finished[tt.lastFull]
				}
				if !got.LastPlayed.Equal(want.LastPlayed) {
					t.Errorf("LastPlayed %v, want %v", got.LastPlayed, want.LastPlayed)
				}
				got.LastPlayed = want.LastPlayed
				if got != want {
					t.Errorf("Stats = %+v\n   want %+v", got, want)
				}
			}
		})
	}
}

func reopen(t *testing.T, kv KV) *Store {
	t.Helper()
	s, notices := Open(kv, t0)
	if len(notices) != 0 {
		t.Errorf("notices: %v", notices)
	}
	return s
}

func TestFull(t *testing.T) {
	done := func(mode review.Mode, n int) *attempt.Attempt {
		a := &attempt.Attempt{Mode: mode, Finished: t0}
		for i := range n {
			a.Order = append(a.Order, "q"+strconv.Itoa(i))
		}
		a.Current = len(a.Order)
		return a
	}
	requeued := done(review.ModeRetry, 2)
	requeued.Order = append(requeued.Order, "q0", "q0")
	oldRequeued := done(old, 3)
	oldRequeued.Order = append(oldRequeued.Order, "q0") // 3 different questions, 4 played
	tests := []struct {
		name    string
		a       *attempt.Attempt
		longest int
		want    bool
	}{
		{"quiz", done(review.ModeQuiz, 3), 5, true},
		{"retry", done(review.ModeRetry, 5), 5, false},
		{"practice", done(review.ModePractice, 5), 5, false},
		{"old, all questions", done(old, 5), 5, true},
		{"old, fewer questions", done(old, 4), 5, false},
		{"old, repeats do not make it longer", oldRequeued, 4, false},
		{"retry with repeats", requeued, 2, false},
		{"not finished", &attempt.Attempt{Mode: review.ModeQuiz, Order: []string{"q0"}}, 1, false},
		{"nil", nil, 0, false},
	}
	for _, tt := range tests {
		if got := Full(tt.a, tt.longest); got != tt.want {
			t.Errorf("%s: Full = %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := Longest([]*attempt.Attempt{done(old, 2), oldRequeued, nil, done(review.ModeQuiz, 3)}, ""); got != 3 {
		t.Errorf("Longest = %d, want 3", got)
	}
}

// reviewed is a review log of fiveQuiz's question id at t0+at.
func reviewed(id string, right bool, at time.Duration) review.Log {
	l := review.Log{ID: "log-" + id + "-" + at.String(), QuizID: "five", QuestionID: id,
		Mode: review.ModeReview, Rating: fsrs.Again, At: t0.Add(at)}
	if right {
		l.Rating, l.Score, l.Correct = fsrs.Good, 1, true
	}
	return l
}

func TestMistakes(t *testing.T) {
	tests := []struct {
		name string
		runs []run
		want []string
		logs []review.Log
	}{
		{"never played", nil, nil, nil},
		{"all right", []run{{mode: review.ModeQuiz}}, nil, nil},
		{"the misses of a full attempt, in the quiz's order", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q4": 1, "q2": 1, "q5": 1}},
		}, []string{"q2", "q4", "q5"}, nil},
		{"put right by requeue in the same session", []run{
			{mode: review.ModeQuiz, requeue: true, misses: map[string]int{"q4": 1, "q2": 2}},
		}, nil, nil},
		{"practice answers right leave the list, wrong ones stay", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q4": 1, "q2": 1, "q5": 1}},
			{mode: review.ModePractice, only: []string{"q2", "q4", "q5"}, misses: map[string]int{"q4": 1}},
		}, []string{"q4"}, nil},
		{"a practice left half-way counts what it answered", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q4": 1, "q2": 1, "q5": 1}},
			{mode: review.ModePractice, only: []string{"q2", "q4", "q5"}, stop: 1},
		}, []string{"q4", "q5"}, nil},
		{"missed again in a later attempt", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q3": 1}},
			{mode: review.ModeRetry, only: []string{"q3"}},
			{mode: review.ModeQuiz, misses: map[string]int{"q1": 1, "q3": 1}},
		}, []string{"q1", "q3"}, nil},
		{"right in a later full attempt", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q1": 1, "q3": 1}},
			{mode: review.ModeQuiz, misses: map[string]int{"q3": 1}},
		}, []string{"q3"}, nil},
		{"a practice first: still the quiz's order", []run{
			{mode: review.ModePractice, only: []string{"q5", "q1"}, misses: map[string]int{"q5": 1, "q1": 1}},
			{mode: review.ModeQuiz, misses: map[string]int{"q5": 1, "q3": 1, "q1": 1}},
		}, []string{"q1", "q3", "q5"}, nil},
		{"a review answered right leaves the list", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q2": 1, "q4": 1}},
		}, []string{"q4"}, []review.Log{reviewed("q2", true, 2*time.Hour)}},
		{"a review missed joins the list", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q4": 1}},
		}, []string{"q1", "q4"}, []review.Log{reviewed("q1", true, time.Hour), reviewed("q1", false, 2*time.Hour)}},
		{"a review older than the attempt does not count", []run{
			{mode: review.ModeQuiz},
		}, nil, []review.Log{reviewed("q3", false, -time.Hour)}},
		{"the log of a quiz answer at the same time agrees with it", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q1": 1}},
		}, []string{"q1"}, []review.Log{reviewed("q1", false, 10*time.Second)}},
		{"a question only reviewed comes after the quiz's order", []run{
			{mode: review.ModeQuiz, misses: map[string]int{"q2": 1}},
		}, []string{"q2", "q9"}, []review.Log{reviewed("q9", false, time.Hour)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kv := NewMemKV(0)
			s, _ := Open(kv, t0)
			for i, r := range tt.runs {
				a := r.play(t, t0.Add(time.Duration(i)*time.Hour), uint64(i+1))
				save := s.SaveAttempt
				if r.stop > 0 {
					save = s.SaveProgress
				}
				if err := save(a); err != nil {
					t.Fatal(err)
				}
			}
			for _, l := range tt.logs {
				if err := s.AddLog(l); err != nil {
					t.Fatal(err)
				}
			}
			for _, s := range []*Store{s, reopen(t, kv)} {
				if got := s.Mistakes("five"); !reflect.DeepEqual(got, tt.want) {
					t.Errorf("Mistakes = %v, want %v", got, tt.want)
				}
			}
			if got := s.Mistakes("other"); len(got) != 0 {
				t.Errorf("Mistakes of another quiz = %v", got)
			}
		})
	}
}

func TestMissCounts(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	runs := []run{
		{mode: review.ModeQuiz, misses: map[string]int{"q1": 1, "q2": 1, "q3": 1}},
		{mode: review.ModeRetry, only: []string{"q1", "q2", "q3"}, misses: map[string]int{"q1": 1}},
		// q1 missed twice in one session counts once: first answers only.
		{mode: review.ModeQuiz, requeue: true, misses: map[string]int{"q1": 2, "q5": 1}},
		{mode: review.ModePractice, only: []string{"q1", "q5"}},
		// Not finished: not counted.
		{mode: review.ModeQuiz, misses: map[string]int{"q1": 1, "q2": 1}, stop: 2},
	}
	for i, r := range runs {
		a := r.play(t, t0.Add(time.Duration(i)*time.Hour), uint64(i+1))
		save := s.SaveAttempt
		if r.stop > 0 {
			save = s.SaveProgress
		}
		if err := save(a); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]MissCount{
		"q1": {Missed: 3, Asked: 4},
		"q2": {Missed: 1, Asked: 3},
		"q3": {Missed: 1, Asked: 3},
		"q4": {Missed: 0, Asked: 2},
		"q5": {Missed: 1, Asked: 3},
	}
	for _, s := range []*Store{s, reopen(t, kv)} {
		if got := s.MissCounts("five"); !reflect.DeepEqual(got, want) {
			t.Errorf("MissCounts = %v\n         want %v", got, want)
		}
	}
	if got := s.MissCounts("other"); len(got) != 0 {
		t.Errorf("MissCounts of another quiz = %v", got)
	}
}
