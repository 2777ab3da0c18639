package attempt

import (
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/review"
)

// How the learner answers the question on screen in the requeue tests.
const (
	right = "right"
	wrong = "wrong"
	half  = "half" // partly right: q2 with one of its two right choices
	skip  = "skip" // Next without Check
)

// respond returns a response to a question of sample() that is right,
// wrong or partly right.
func respond(t *testing.T, id, how string) quiz.Response {
	t.Helper()
	good := map[string]quiz.Response{
		"q1": {Choices: []int{0}}, "q2": {Choices: []int{0, 1}}, "q3": {Bool: boolp(true)},
		"q4": {Text: "3"}, "q5": {Matches: []int{0, 1, 2}}, "q6": {Text: "Shusha"},
	}
	bad := map[string]quiz.Response{
		"q1": {Choices: []int{1}}, "q2": {Choices: []int{2}}, "q3": {Bool: boolp(false)},
		"q4": {Text: "7"}, "q5": {Matches: []int{1, 2, 0}}, "q6": {Text: "Baku"},
	}
	switch how {
	case right:
		return good[id]
	case wrong:
		return bad[id]
	case half:
		if id != "q2" {
			t.Fatalf("no partly right answer for %s", id)
		}
		return quiz.Response{Choices: []int{0}}
	}
	t.Fatalf("unknown answer %q", how)
	return quiz.Response{}
}

// play answers the questions as they come with the given answers, checks
// that the attempt stays valid and its progress moves forward at every
// step, and returns the questions shown in order.
func play(t *testing.T, q *quiz.Quiz, a *Attempt, answers []string) []string {
	t.Helper()
	var shown []string
	now := t0
	lastN, _ := a.Progress()
	lastN--
	for i, how := range answers {
		cur, ok := a.Question(q)
		if !ok {
			t.Fatalf("step %d: no question to answer (done=%v); shown so far %v", i+1, a.Done(), shown)
		}
		shown = append(shown, cur.ID)
		n, total := a.Progress()
		if n != lastN+1 || total < n {
			t.Errorf("step %d: Progress %d of %d after %d", i+1, n, total, lastN)
		}
		lastN = n
		if got := a.Returning(); got != slices.Contains(shown[:len(shown)-1], cur.ID) {
			t.Errorf("step %d: Returning() = %v for %s after %v", i+1, got, cur.ID, shown[:len(shown)-1])
		}
		now = now.Add(10 * time.Second)
		if how != skip {
			if _, err := a.Check(q, respond(t, cur.ID, how), now); err != nil {
				t.Fatalf("step %d: Check: %v", i+1, err)
			}
			if err := a.Validate(q); err != nil {
				t.Errorf("step %d: checked attempt invalid: %v", i+1, err)
			}
		}
		a.Next(now)
		if err := a.Validate(q); err != nil {
			t.Errorf("step %d: attempt invalid after Next: %v", i+1, err)
		}
		// The attempt is saved after every step: a reload resumes it as it was.
		var back Attempt
		data, err := json.Marshal(a)
		if err == nil {
			err = json.Unmarshal(data, &back)
		}
		if err != nil || !reflect.DeepEqual(&back, a) {
			t.Errorf("step %d: JSON round trip changed the attempt (%v)", i+1, err)
		}
	}
	return shown
}

func TestRequeue(t *testing.T) {
	tests := []struct {
		name    string
		requeue bool
		answers []string
		shown   []string
		score   float64
		percent int
		missed  []string
		given   []string // Summary's "your answer" of each missed question: the first one
	}{
		{"all right", true,
			[]string{right, right, right, right, right, right},
			[]string{"q1", "q2", "q3", "q4", "q5", "q6"}, 6, 100, nil, nil},
		{"a miss comes back three questions later", true,
			[]string{right, wrong, right, right, right, right, right},
			[]string{"q1", "q2", "q3", "q4", "q5", "q2", "q6"}, 5, 83, []string{"q2"}, []string{"Macron"}},
		{"a miss near the end comes back at the end", true,
			[]string{right, right, right, right, wrong, right, right},
			[]string{"q1", "q2", "q3", "q4", "q5", "q6", "q5"}, 5, 83, []string{"q5"},
			[]string{"Baku → Armenia; Yerevan → Georgia; Tbilisi → Azerbaijan"}},
		{"the last question missed twice comes back until right", true,
			[]string{right, right, right, right, right, wrong, wrong, right},
			[]string{"q1", "q2", "q3", "q4", "q5", "q6", "q6", "q6"}, 5, 83, []string{"q6"}, []string{"Baku"}},
		{"a skipped question comes back and scores 0", true,
			[]string{skip, right, right, right, right, right, right},
			[]string{"q1", "q2", "q3", "q4", "q1", "q5", "q6"}, 5, 83, []string{"q1"}, []string{NoAnswer}},
		{"a partly right answer comes back and keeps its half", true,
			[]string{right, half, right, right, right, right, right},
			[]string{"q1", "q2", "q3", "q4", "q5", "q2", "q6"}, 5.5, 92, []string{"q2"}, []string{"Putin"}},
		{"two misses missed again", true,
			[]string{wrong, wrong, right, right, wrong, wrong, right, right, right, right},
			// q1 back after q4 (pos 4), q2 after q5 (pos 5); q1 missed again at
			// pos 4 goes after q6 (the end then); q2 missed again at the end.
			[]string{"q1", "q2", "q3", "q4", "q1", "q2", "q5", "q6", "q1", "q2"}, 4, 67,
			[]string{"q1", "q2"}, []string{"November 10", "Macron"}},
		{"no requeue: a miss does not come back", false,
			[]string{right, wrong, right, right, right, right},
			[]string{"q1", "q2", "q3", "q4", "q5", "q6"}, 5, 83, []string{"q2"}, []string{"Macron"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := sample()
			a := NewMode(q, nil, review.ModeQuiz, tt.requeue, t0, 11)
			shown := play(t, q, a, tt.answers)
			if !reflect.DeepEqual(shown, tt.shown) {
				t.Errorf("shown %v, want %v", shown, tt.shown)
			}
			if !a.Done() {
				t.Fatalf("not done after %v; Order %v, Current %d", shown, a.Order, a.Current)
			}
			if n, total := a.Progress(); n != len(tt.shown) || total != len(tt.shown) {
				t.Errorf("Progress at the end %d of %d, want %d of %d", n, total, len(tt.shown), len(tt.shown))
			}
			if a.Score() != tt.score || a.Percent() != tt.percent || a.Questions() != 6 {
				t.Errorf("Score %v Percent %d Questions %d, want %v %d 6", a.Score(), a.Percent(), a.Questions(), tt.score, tt.percent)
			}
			if got := a.MissedIDs(); !reflect.DeepEqual(got, tt.missed) {
				t.Errorf("MissedIDs %v, want %v", got, tt.missed)
			}
			s := a.Summary(q)
			var given []string
			for _, m := range s.Missed {
				given = append(given, m.Given)
			}
			if s.Max != 6 || s.Score != tt.score || s.Percent != tt.percent || !reflect.DeepEqual(given, tt.given) {
				t.Errorf("Summary max %d score %v percent %d given %q, want 6 %v %d %q", s.Max, s.Score, s.Percent, given, tt.score, tt.percent, tt.given)
			}
			// The latest answer of every question is right once the session is over.
			for _, id := range a.Order {
				if ans, ok := a.Answer(id); tt.requeue && (!ok || !ans.Correct) {
					t.Errorf("question %s ends the session not answered right: %+v", id, ans)
				}
			}
		})
	}
}

func TestNewModes(t *testing.T) {
	q := sample()
	tests := []struct {
		name    string
		a       *Attempt
		mode    review.Mode
		requeue bool
		order   []string
	}{
		{"New plays all as a quiz", New(q, nil, t0, 1), review.ModeQuiz, false, []string{"q1", "q2", "q3", "q4", "q5", "q6"}},
		{"New with only is a retry", New(q, []string{"q4", "q2"}, t0, 1), review.ModeRetry, false, []string{"q2", "q4"}},
		{"NewMode practice with requeue", NewMode(q, []string{"q6", "q1"}, review.ModePractice, true, t0, 1), review.ModePractice, true, []string{"q1", "q6"}},
	}
	for _, tt := range tests {
		if tt.a.Mode != tt.mode || tt.a.Requeue != tt.requeue || !reflect.DeepEqual(tt.a.Order, tt.order) {
			t.Errorf("%s: mode %q requeue %v order %v, want %q %v %v", tt.name, tt.a.Mode, tt.a.Requeue, tt.a.Order, tt.mode, tt.requeue, tt.order)
		}
		if err := tt.a.Validate(q); err != nil {
			t.Errorf("%s: invalid: %v", tt.name, err)
		}
	}
}

// An attempt saved by the 2026-12-02 release (no mode, no requeue) plays
// on as it did: a missed question does not come back.
func TestOldAttemptPlaysAsBefore(t *testing.T) {
	q := sample()
	old := `{"id":"mwpaatc0-3ro5fbhjuzvj","quizId":"karabakh","quizTitle":"Karabakh","started":"2026-11-20T18:00:00Z",` +
		`"order":["q1","q2","q3","q4","q5","q6"],"shuffle":{"q1":[2,0,1,3],"q2":[1,2,0],"q5":[0,2,1]},` +
		`"answers":[{"questionId":"q1","response":{"choices":[0]},"score":1,"correct":true,"at":"2026-11-20T18:00:20Z"}],"current":1}`
	var a Attempt
	if err := json.Unmarshal([]byte(old), &a); err != nil {
		t.Fatal(err)
	}
	if a.Mode != "" || a.Requeue {
		t.Fatalf("old record read with mode %q requeue %v", a.Mode, a.Requeue)
	}
	shown := play(t, q, &a, []string{wrong, skip, right, right, right})
	if want := []string{"q2", "q3", "q4", "q5", "q6"}; !reflect.DeepEqual(shown, want) || !a.Done() {
		t.Errorf("shown %v (done %v), want %v", shown, a.Done(), want)
	}
	if a.Percent() != 67 || !reflect.DeepEqual(a.MissedIDs(), []string{"q2", "q3"}) || len(a.Answers) != 5 {
		t.Errorf("Percent %d Missed %v answers %d, want 67 [q2 q3] 5 (none for the skipped q3)", a.Percent(), a.MissedIDs(), len(a.Answers))
	}
	data, _ := json.Marshal(&a)
	if strings.Contains(string(data), `"mode"`) || strings.Contains(string(data), `"requeue"`) || strings.Contains(string(data), `"skipped"`) {
		t.Errorf("an old attempt gained new fields: %s", data)
	}
}

func TestValidateRequeue(t *testing.T) {
	q := sample()
	// q1 right, q2 wrong (comes back after q5), q3 checked right: Order
	// q1 q2 q3 q4 q5 q2 q6, Current 2.
	fresh := func(t *testing.T) *Attempt {
		a := NewMode(q, nil, review.ModeQuiz, true, t0, 3)
		for _, r := range []quiz.Response{{Choices: []int{0}}, {Choices: []int{2}}} {
			if _, err := a.Check(q, r, t0); err != nil {
				t.Fatal(err)
			}
			a.Next(t0)
		}
		if _, err := a.Check(q, quiz.Response{Bool: boolp(true)}, t0); err != nil {
			t.Fatal(err)
		}
		if want := []string{"q1", "q2", "q3", "q4", "q5", "q2", "q6"}; !reflect.DeepEqual(a.Order, want) {
			t.Fatalf("Order %v, want %v", a.Order, want)
		}
		return a
	}
	tests := []struct {
		name   string
		edit   func(a *Attempt)
		errHas string
	}{
		{"ok", func(a *Attempt) {}, ""},
		{"ok once moved on", func(a *Attempt) { a.Next(t0) }, ""},
		{"ok skipped and moved on", func(a *Attempt) {
			a.Next(t0)
			a.Next(t0)
		}, ""},
		{"duplicate without requeue", func(a *Attempt) { a.Requeue = false }, "twice"},
		{"an answer missing", func(a *Attempt) { a.Answers = slices.Delete(a.Answers, 0, 1) }, "3 questions played"},
		{"answers out of order", func(a *Attempt) { a.Answers[0], a.Answers[1] = a.Answers[1], a.Answers[0] }, "was shown"},
		{"a miss that does not come back", func(a *Attempt) { a.Order = slices.Delete(a.Order, 5, 6) }, "does not come back"},
		{"a right answer that comes back", func(a *Attempt) { a.Answers[1].Correct, a.Answers[1].Score = true, 1 }, "answered right"},
		{"back before it was answered", func(a *Attempt) { a.Order = slices.Insert(a.Order, 4, "q4") }, "before it was answered"},
		{"a skip that scored", func(a *Attempt) { a.Answers[0].Skipped = true }, "impossible score"},
		{"a score out of range", func(a *Attempt) { a.Answers[0].Score = math.NaN() }, "impossible score"},
		{"an unknown mode", func(a *Attempt) { a.Mode = "exam" }, "does not know"},
		{"finished with the miss not replayed", func(a *Attempt) {
			a.Checked = false
			a.Current = len(a.Order)
			a.Finished = t0
		}, "answers for"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fresh(t)
			tt.edit(a)
			err := a.Validate(q)
			if tt.errHas == "" {
				if err != nil {
					t.Errorf("valid attempt refused: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("err = %v, want it to mention %q", err, tt.errHas)
			}
		})
	}
}

// TestReached: an attempt left half-way is summed up in different
// questions ("question 4 of 6"), which a question coming back does not
// change, where Progress counts the play sequence.
func TestReached(t *testing.T) {
	tests := []struct {
		name    string
		answers []string // given before the attempt is left
		reached int
	}{
		{"fresh", nil, 1},
		{"two answered", []string{right, right}, 3},
		{"a miss: its return is further on", []string{right, wrong, right}, 4},
		{"on the returning question", []string{wrong, right, right, right}, 4},
	}
	for _, tt := range tests {
		q := sample()
		a := NewMode(q, nil, review.ModeQuiz, true, t0, 1)
		play(t, q, a, tt.answers)
		n, total := a.Reached()
		if n != tt.reached || total != len(q.Questions) {
			t.Errorf("%s: Reached() = %d of %d, want %d of %d (order %v, current %d)", tt.name, n, total, tt.reached, len(q.Questions), a.Order, a.Current)
		}
	}
}
