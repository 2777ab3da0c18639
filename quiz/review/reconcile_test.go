package review

import (
	"sort"
	"strings"
	"testing"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"

	"factquiz/quiz"
)

func ferries(id string) *quiz.Quiz {
	return &quiz.Quiz{ID: id, Title: "Island ferries", Questions: []quiz.Question{
		{ID: "q1", Type: quiz.Single, Prompt: "Which island does the morning boat reach first?",
			Choices: []quiz.Choice{{Text: "Holm", Correct: true}, {Text: "Sker"}, {Text: "Vaila"}}},
		{ID: "q2", Type: quiz.TrueFalse, Prompt: "The winter timetable has two crossings a day.", Truth: true, Fact: "count"},
		{ID: "q3", Type: quiz.Number, Prompt: "How many cars does the new ferry carry?", Numbers: []quiz.NumberAnswer{{Value: 36}}},
	}}
}

// studied returns the cards of every question of qz, each answered a
// different number of times, so that their FSRS states differ.
func studied(qz *quiz.Quiz) []Card {
	sch := NewScheduler(DefaultSettings())
	var cards []Card
	for i, q := range qz.Questions {
		c := NewCard(qz.ID, q, t0)
		at := t0
		for range i + 1 {
			c = sch.Review(c, fsrs.Good, at)
			at = c.FSRS.Due
		}
		cards = append(cards, c)
	}
	return cards
}

// apply saves changed over cards by key, as the store does.
func apply(cards, changed []Card) []Card {
	m := map[string]Card{}
	for _, c := range cards {
		m[c.Key()] = c
	}
	for _, c := range changed {
		m[c.Key()] = c
	}
	out := make([]Card, 0, len(m))
	for _, c := range m {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key() < out[j].Key() })
	return out
}

func byKey(cs []Card) map[string]Card {
	m := map[string]Card{}
	for _, c := range cs {
		m[c.Key()] = c
	}
	return m
}

func TestReconcile(t *testing.T) {
	now := t0.Add(30 * day)
	orig := ferries("ferries")
	cards := studied(orig)
	old := byKey(cards)

	changedQ2 := ferries("ferries")
	changedQ2.Questions[1].Prompt = "The winter timetable has three crossings a day."
	withoutQ3 := ferries("ferries")
	withoutQ3.Questions = withoutQ3.Questions[:2]
	renumbered := ferries("ferries")
	for i := range renumbered.Questions {
		renumbered.Questions[i].ID = "n" + renumbered.Questions[i].ID
	}
	retiredQ1 := append([]Card(nil), cards...)
	retiredQ1[0].Retired = t0.Add(day)

	type want struct {
		// state of each key after the changes: "same" (FSRS and all
		// unchanged), "reset", "retired", "from:<old key>" (a card that
		// followed its question, FSRS of the old key), "active" (un-retired,
		// FSRS unchanged)
		keys  map[string]string
		notes []string // substrings, one per note
	}
	tests := []struct {
		name     string
		cards    []Card
		quizzes  []*quiz.Quiz
		complete bool
		want     want
	}{
		{"unchanged", cards, []*quiz.Quiz{orig}, true,
			want{keys: map[string]string{"ferries/q1": "same", "ferries/q2": "same", "ferries/q3": "same"}}},
		{"question changed", cards, []*quiz.Quiz{changedQ2}, true,
			want{keys: map[string]string{"ferries/q1": "same", "ferries/q2": "reset", "ferries/q3": "same"},
				notes: []string{"“The winter timetable has three crossings a day.”"}}},
		{"question changed, not every quiz known", cards, []*quiz.Quiz{changedQ2}, false,
			want{keys: map[string]string{"ferries/q1": "same", "ferries/q2": "reset", "ferries/q3": "same"},
				notes: []string{"three crossings"}}},
		{"question removed, every quiz known", cards, []*quiz.Quiz{withoutQ3}, true,
			want{keys: map[string]string{"ferries/q1": "same", "ferries/q2": "same", "ferries/q3": "retired"},
				notes: []string{"1 question you answered is no longer in any quiz"}}},
		{"question removed, not every quiz known", cards, []*quiz.Quiz{withoutQ3}, false,
			want{keys: map[string]string{"ferries/q1": "same", "ferries/q2": "same", "ferries/q3": "same"}}},
		{"quiz gone", cards, nil, true,
			want{keys: map[string]string{"ferries/q1": "retired", "ferries/q2": "retired", "ferries/q3": "retired"},
				notes: []string{"3 questions you answered are no longer in any quiz"}}},
		{"file renamed", cards, []*quiz.Quiz{ferries("ferries-2027")}, true,
			want{keys: map[string]string{
				"ferries/q1": "retired", "ferries/q2": "retired", "ferries/q3": "retired",
				"ferries-2027/q1": "from:ferries/q1", "ferries-2027/q2": "from:ferries/q2", "ferries-2027/q3": "from:ferries/q3"}}},
		{"file renamed, not every quiz known", cards, []*quiz.Quiz{ferries("ferries-2027")}, false,
			want{keys: map[string]string{"ferries/q1": "same", "ferries/q2": "same", "ferries/q3": "same"}}},
		{"question IDs changed", cards, []*quiz.Quiz{renumbered}, true,
			want{keys: map[string]string{
				"ferries/q1": "retired", "ferries/q2": "retired", "ferries/q3": "retired",
				"ferries/nq1": "from:ferries/q1", "ferries/nq2": "from:ferries/q2", "ferries/nq3": "from:ferries/q3"}}},
		{"retired card's question back", retiredQ1, []*quiz.Quiz{orig}, true,
			want{keys: map[string]string{"ferries/q1": "active", "ferries/q2": "same", "ferries/q3": "same"}}},
		{"same questions in two files, both with cards", append(append([]Card(nil), cards...), studied(ferries("copy"))...),
			[]*quiz.Quiz{orig, ferries("copy")}, true,
			want{keys: map[string]string{"ferries/q1": "same", "copy/q1": "same", "copy/q3": "same"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changed, notes := Reconcile(tt.cards, tt.quizzes, tt.complete, now)
			after := byKey(apply(tt.cards, changed))
			changedKeys := byKey(changed)
			for key, state := range tt.want.keys {
				c, ok := after[key]
				if !ok {
					t.Errorf("%s: no card", key)
					continue
				}
				_, isChanged := changedKeys[key]
				switch {
				case state == "same":
					if isChanged || !sameFSRS(c.FSRS, old[key].FSRS) && !sameFSRS(c.FSRS, byKey(tt.cards)[key].FSRS) {
						t.Errorf("%s: changed (%+v), want unchanged", key, c)
					}
				case state == "reset":
					if !isChanged || c.FSRS.State != fsrs.New || !c.FSRS.Due.Equal(now) || c.FSRS.Reps != 0 || c.Hash == old[key].Hash {
						t.Errorf("%s: %+v, want reset to a new card due now with a new hash", key, c)
					}
				case state == "retired":
					if !isChanged || !c.Retired.Equal(now) || !sameFSRS(c.FSRS, old[key].FSRS) {
						t.Errorf("%s: retired %v, want retired at %v with its FSRS state kept", key, c.Retired, now)
					}
				case state == "active":
					if !isChanged || !c.Retired.IsZero() || !sameFSRS(c.FSRS, old[key].FSRS) {
						t.Errorf("%s: %+v, want active again with its FSRS state", key, c)
					}
				case strings.HasPrefix(state, "from:"):
					from := old[strings.TrimPrefix(state, "from:")]
					if !isChanged || !c.Retired.IsZero() || !sameFSRS(c.FSRS, from.FSRS) || c.Hash != from.Hash {
						t.Errorf("%s: %+v, want the FSRS state of %s", key, c, from.Key())
					}
				}
			}
			for key := range changedKeys {
				if _, ok := tt.want.keys[key]; !ok {
					t.Errorf("%s changed unexpectedly", key)
				}
			}
			if len(notes) != len(tt.want.notes) {
				t.Fatalf("notes %q, want %d containing %q", notes, len(tt.want.notes), tt.want.notes)
			}
			for i, n := range notes {
				if !strings.Contains(n, tt.want.notes[i]) {
					t.Errorf("note %q, want it to contain %q", n, tt.want.notes[i])
				}
			}
			// Reconciling again changes nothing.
			if again, notes := Reconcile(apply(tt.cards, changed), tt.quizzes, tt.complete, now.Add(day)); len(again) != 0 || len(notes) != 0 {
				t.Errorf("second Reconcile changed %v, notes %q", keys(again), notes)
			}
		})
	}
}

// TestReconcileDuplicates: several questions with one hash, several cards
// with one hash, cards twice under one key, quizzes that are nil or have
// questions without an ID: each question ends with at most one card, each
// card follows at most one question, nothing panics.
func TestReconcileDuplicates(t *testing.T) {
	now := t0.Add(30 * day)
	q1 := ferries("x").Questions[0]
	twin := &quiz.Quiz{ID: "twins", Title: "Twins", Questions: []quiz.Question{q1, q1, {Type: quiz.Text, Prompt: "No ID"}}}
	twin.Questions[1].ID = "q1b"
	a := studied(&quiz.Quiz{ID: "old-a", Questions: []quiz.Question{q1}})[0]
	b := a
	b.QuizID = "old-b"
	b.FSRS.Reps++ // reviewed more: follows first
	c := a
	c.QuizID = "old-c"
	dupe := a // a second card under a's key, reviewed less
	dupe.FSRS.Reps = 0
	changed, notes := Reconcile([]Card{a, b, c, dupe, {}}, []*quiz.Quiz{nil, twin, {}}, true, now)
	after := byKey(apply([]Card{a, b, c}, changed))
	if got := after["twins/q1"]; got.FSRS.Reps != b.FSRS.Reps || !got.Retired.IsZero() {
		t.Errorf("twins/q1 = %+v, want the state of old-b (reviewed most)", got)
	}
	if got := after["twins/q1b"]; got.FSRS.Reps != a.FSRS.Reps || !got.Retired.IsZero() {
		t.Errorf("twins/q1b = %+v, want the state of old-a", got)
	}
	for _, k := range []string{"old-a/q1", "old-b/q1", "old-c/q1"} {
		if after[k].Retired.IsZero() {
			t.Errorf("%s not retired", k)
		}
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "1 question") {
		t.Errorf("notes %q, want one saying 1 question is gone (old-c's)", notes)
	}
	if _, ok := after["twins/"]; ok {
		t.Error("a card for a question without an ID")
	}
}

func TestShort(t *testing.T) {
	long := strings.Repeat("word ", 30)
	tests := []struct{ in, want string }{
		{"  A short\nprompt ", "A short prompt"},
		{long, strings.TrimSpace(long)[:79] + "…"},
	}
	for _, tt := range tests {
		if got := short(tt.in); got != tt.want {
			t.Errorf("short(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
