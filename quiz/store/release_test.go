package store

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/format"
)

// The storage of a learner of the 2026-12-02 release, dumped from the
// browser's localStorage: a full attempt at the Karabakh quiz (15 of 19,
// 79%), a retry of its 4 missed questions all right (100%), a new attempt
// left at question 4 of 19, and an own quiz.
const releaseDump = "testdata/release-2026-12-02.json"

// openRelease opens a Store over the dump and the Karabakh quiz file.
func openRelease(t *testing.T) (*Store, *MemKV, *quiz.Quiz) {
	t.Helper()
	data, err := os.ReadFile(releaseDump)
	if err != nil {
		t.Fatal(err)
	}
	var dump map[string]string
	if err := json.Unmarshal(data, &dump); err != nil {
		t.Fatalf("%s: %v", releaseDump, err)
	}
	kv := NewMemKV(0)
	for k, v := range dump {
		mustSet(t, kv, k, v)
	}
	s, notices := Open(kv, t0)
	if len(notices) != 0 {
		t.Errorf("the release's records gave notices: %v", notices)
	}
	if !sameKV(snapshot(kv), dump) {
		t.Errorf("opening the release's storage changed it")
	}
	src, err := os.ReadFile("../../questions/karabakh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, _ := format.Parse("karabakh.yaml", src)
	if q == nil || q.ID != "karabakh" || len(q.Questions) != 19 {
		t.Fatalf("questions/karabakh.yaml did not give the 19-question quiz karabakh")
	}
	return s, kv, q
}

func TestReleaseDumpLoads(t *testing.T) {
	s, _, q := openRelease(t)
	full, retry := "mwpaatc0-3ro5fbhjuzvj", "mwpanoao-4y35nd20j42l"
	all := s.AllAttempts()
	if got := ids(all); !reflect.DeepEqual(got, []string{retry, full}) {
		t.Fatalf("AllAttempts = %v, want the retry and the full attempt", got)
	}
	if got := ids(s.Attempts("karabakh")); !reflect.DeepEqual(got, []string{retry, full}) {
		t.Errorf("Attempts(karabakh) = %v", got)
	}
	for _, a := range all {
		if a.Mode != "" || a.Requeue {
			t.Errorf("attempt %s read with mode %q, requeue %v", a.ID, a.Mode, a.Requeue)
		}
	}
	if all[0].Percent() != 100 || all[1].Percent() != 79 || all[1].Questions() != 19 || all[0].Questions() != 4 {
		t.Errorf("retry %d%% of %d, full %d%% of %d; want 100%% of 4 and 79%% of 19",
			all[0].Percent(), all[0].Questions(), all[1].Percent(), all[1].Questions())
	}

	p, ok := s.Progress("karabakh")
	if !ok {
		t.Fatal("the attempt in progress is lost")
	}
	if n, total := p.Progress(); n != 4 || total != 19 {
		t.Errorf("progress %d of %d, want 4 of 19", n, total)
	}
	if err := p.Validate(q); err != nil {
		t.Errorf("the attempt in progress cannot be resumed: %v", err)
	}

	u, ok := s.UserQuiz("user-own1")
	if !ok || u.Quiz.Title != "My notes" || len(u.Quiz.Questions) != 1 || len(s.UserQuizzes()) != 1 {
		t.Errorf("own quiz: %+v, %v; %d own quizzes", u, ok, len(s.UserQuizzes()))
	}

	st := s.Stats("karabakh")
	want := Stats{Best: 79, Last: 79, LastPlayed: time.Date(2026, 11, 20, 18, 6, 5, 0, time.UTC),
		Played: 1, Other: 1, InProgress: 4, InProgressTotal: 19}
	if !st.LastPlayed.Equal(want.LastPlayed) {
		t.Errorf("LastPlayed %v, want %v", st.LastPlayed, want.LastPlayed)
	}
	st.LastPlayed = want.LastPlayed
	if st != want {
		t.Errorf("Stats = %+v\nwant %+v (the 100%% retry is not a full attempt)", st, want)
	}

	// The four missed questions were put right by the retry and the new
	// attempt: nothing to practise yet.
	if m := s.Mistakes("karabakh"); len(m) != 0 {
		t.Errorf("Mistakes = %v, want none", m)
	}
	counts := s.MissCounts("karabakh")
	for id, want := range map[string]MissCount{
		"putin-office": {Missed: 1, Asked: 2}, "truce-violations": {Missed: 1, Asked: 2},
		"clashes-erupted": {Missed: 0, Asked: 1}, "peace-leaders": {Missed: 0, Asked: 1},
	} {
		if counts[id] != want {
			t.Errorf("MissCounts[%s] = %+v, want %+v", id, counts[id], want)
		}
	}
	if len(counts) != 19 {
		t.Errorf("MissCounts has %d questions, want 19", len(counts))
	}
}

// The attempt in progress, written by the release, plays on as it did
// then: a missed question does not come back, and the finished attempt
// counts as full.
func TestReleaseProgressPlaysOn(t *testing.T) {
	s, kv, q := openRelease(t)
	a, _ := s.Progress("karabakh")
	now := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	var shown []string
	for !a.Done() {
		cur, ok := a.Question(q)
		if !ok {
			t.Fatalf("no question at %d", a.Current)
		}
		shown = append(shown, cur.ID)
		// Nothing chosen or typed: every answer is wrong.
		if _, err := a.Check(q, quiz.Response{}, now); err != nil {
			t.Fatal(err)
		}
		a.Next(now)
		if err := s.SaveProgress(a); err != nil {
			t.Fatal(err)
		}
		if len(shown) > 19 {
			t.Fatalf("more than 19 questions shown: %v", shown)
		}
	}
	if len(shown) != 16 || shown[0] != "armenia-prime-minister" || shown[15] != "peace-leaders" {
		t.Errorf("shown %v, want the 16 questions from armenia-prime-minister to peace-leaders once each", shown)
	}
	if err := s.SaveAttempt(a); err != nil {
		t.Fatal(err)
	}
	s.ClearProgress("karabakh")
	s2, notices := Open(kv, now)
	if len(notices) != 0 {
		t.Errorf("notices: %v", notices)
	}
	st := s2.Stats("karabakh")
	if st.Best != 79 || st.Last != 16 || st.Played != 2 || st.Other != 1 || st.InProgress != 0 || !st.LastPlayed.Equal(now) {
		t.Errorf("Stats = %+v, want best 79, last 16 (3 of 19), 2 full, 1 other, none in progress", st)
	}
	if m := s2.Mistakes("karabakh"); len(m) != 16 || m[0] != "armenia-prime-minister" || m[15] != "peace-leaders" {
		t.Errorf("Mistakes = %v, want the 16 questions answered wrong, in the quiz's order", m)
	}
	if c := s2.MissCounts("karabakh")["putin-office"]; c != (MissCount{Missed: 1, Asked: 3}) {
		t.Errorf("putin-office missed %d times of %d, want 1 of 3", c.Missed, c.Asked)
	}
	// The old attempt in progress stays without the new fields.
	if a.Mode != "" || a.Requeue {
		t.Errorf("resumed old attempt became mode %q requeue %v", a.Mode, a.Requeue)
	}
}
