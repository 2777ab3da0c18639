package attempt

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
)

var t0 = time.Date(2026, 11, 28, 7, 0, 0, 0, time.UTC)

func boolp(b bool) *bool { return &b }

func sample() *quiz.Quiz {
	return &quiz.Quiz{ID: "karabakh", Title: "Karabakh", Questions: []quiz.Question{
		{ID: "q1", Type: quiz.Single, Prompt: "When did the war start?", Choices: []quiz.Choice{
			{Text: "September 27", Correct: true}, {Text: "November 10"}, {Text: "July 12"}, {Text: "April 2"},
		}},
		{ID: "q2", Type: quiz.Multiple, Prompt: "Who brokered?", Choices: []quiz.Choice{
			{Text: "Putin", Correct: true}, {Text: "Erdogan", Correct: true}, {Text: "Macron"},
		}},
		{ID: "q3", Type: quiz.TrueFalse, Prompt: "It lasted 44 days.", Truth: true},
		{ID: "q4", Type: quiz.Number, Prompt: "How many?", Numbers: []quiz.NumberAnswer{{Value: 3}}},
		{ID: "q5", Type: quiz.Matching, Prompt: "Match.", Pairs: []quiz.Pair{
			{Item: "Baku", Match: "Azerbaijan"}, {Item: "Yerevan", Match: "Armenia"}, {Item: "Tbilisi", Match: "Georgia"},
		}},
		{ID: "q6", Type: quiz.Text, Prompt: "Which city?", Accepted: []quiz.TextAnswer{{Text: "Shusha"}}},
	}}
}

func TestNewOrderAndShuffle(t *testing.T) {
	q := sample()
	a := New(q, nil, t0, 42)
	if want := []string{"q1", "q2", "q3", "q4", "q5", "q6"}; !reflect.DeepEqual(a.Order, want) {
		t.Fatalf("Order = %v, want %v", a.Order, want)
	}
	if a.QuizID != "karabakh" || a.QuizTitle != "Karabakh" || !a.Started.Equal(t0) || a.Done() {
		t.Errorf("bad header %+v", a)
	}
	for id, n := range map[string]int{"q1": 4, "q2": 3, "q5": 3} {
		if !isPerm(a.Shuffle[id], n) {
			t.Errorf("Shuffle[%s] = %v, not a permutation of %d", id, a.Shuffle[id], n)
		}
	}
	if _, ok := a.Shuffle["q3"]; ok {
		t.Errorf("true/false question shuffled")
	}
	b := New(q, nil, t0, 42)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("same seed gave different attempts")
	}
	differs := false
	for seed := uint64(1); seed < 20 && !differs; seed++ {
		c := New(q, nil, t0, seed)
		differs = !reflect.DeepEqual(a.Shuffle, c.Shuffle)
		if c.ID == a.ID {
			t.Errorf("seeds 42 and %d share ID %s", seed, a.ID)
		}
	}
	if !differs {
		t.Errorf("shuffle ignores the seed")
	}
	if err := a.Validate(q); err != nil {
		t.Errorf("new attempt invalid: %v", err)
	}
}

func TestNewOnly(t *testing.T) {
	q := sample()
	a := New(q, []string{"q5", "nope", "q2"}, t0, 1)
	if want := []string{"q2", "q5"}; !reflect.DeepEqual(a.Order, want) {
		t.Errorf("Order = %v, want %v (author's order, unknown dropped)", a.Order, want)
	}
	if a := New(q, []string{}, t0, 1); len(a.Order) != 6 {
		t.Errorf("empty only should play all, got %v", a.Order)
	}
	if a := New(q, []string{"nope"}, t0, 1); !a.Done() || len(a.Order) != 0 {
		t.Errorf("nothing to play should be done at once: %+v", a)
	}
	if a := New(nil, nil, t0, 1); !a.Done() {
		t.Errorf("nil quiz should be done at once")
	}
}

func TestPlayThrough(t *testing.T) {
	q := sample()
	a := New(q, nil, t0, 7)
	now := t0
	step := func(r quiz.Response) quiz.Result {
		t.Helper()
		now = now.Add(10 * time.Second)
		res, err := a.Check(q, r, now)
		if err != nil {
			t.Fatalf("Check: %v", err)
		}
		if _, err := a.Check(q, r, now); !errors.Is(err, ErrChecked) {
			t.Errorf("second Check: err = %v, want ErrChecked", err)
		}
		a.Next(now)
		return res
	}
	if n, total := a.Progress(); n != 1 || total != 6 {
		t.Errorf("Progress = %d of %d", n, total)
	}
	if cur, _ := a.Question(q); cur.ID != "q1" {
		t.Errorf("first question %q", cur.ID)
	}
	if r := step(quiz.Response{Choices: []int{0}}); !r.Correct {
		t.Errorf("q1 not correct")
	}
	if r := step(quiz.Response{Choices: []int{0}}); r.Score != 0.5 {
		t.Errorf("q2 score %v", r.Score)
	}
	step(quiz.Response{Bool: boolp(false)})
	if n, _ := a.Progress(); n != 4 {
		t.Errorf("Progress n = %d, want 4", n)
	}
	step(quiz.Response{Text: "three"})
	a.Next(now.Add(time.Minute)) // q5 skipped unchecked
	if a.Done() {
		t.Fatal("done too early")
	}
	step(quiz.Response{Text: "  shusha "})
	if !a.Done() {
		t.Fatal("not done after the last question")
	}
	if _, err := a.Check(q, quiz.Response{}, now); !errors.Is(err, ErrFinished) {
		t.Errorf("Check after done: %v", err)
	}
	if _, ok := a.Question(q); ok {
		t.Errorf("Question after done")
	}
	if n, total := a.Progress(); n != 6 || total != 6 {
		t.Errorf("Progress after done = %d of %d", n, total)
	}
	a.Next(now.Add(time.Hour)) // no effect once done
	if !a.Finished.Equal(now) {
		t.Errorf("Finished moved to %v", a.Finished)
	}
	if got, want := a.MissedIDs(), []string{"q2", "q3", "q5"}; !reflect.DeepEqual(got, want) {
		t.Errorf("MissedIDs = %v, want %v", got, want)
	}

	s := a.Summary(q)
	if want := a.Finished.Sub(t0); s.Duration != want || want <= 0 {
		t.Errorf("Duration = %v, want %v", s.Duration, want)
	}
	if s.Score != 3.5 || s.Max != 6 || s.Percent != 58 {
		t.Errorf("Summary score %v max %d percent %d", s.Score, s.Max, s.Percent)
	}
	var given, correct []string
	for _, m := range s.Missed {
		given = append(given, m.Given)
		correct = append(correct, m.Correct)
	}
	if want := []string{"Putin", "False", NoAnswer}; !reflect.DeepEqual(given, want) {
		t.Errorf("Given = %q, want %q", given, want)
	}
	if want := []string{"Putin, Erdogan", "True", "Baku → Azerbaijan; Yerevan → Armenia; Tbilisi → Georgia"}; !reflect.DeepEqual(correct, want) {
		t.Errorf("Correct = %q, want %q", correct, want)
	}
	if err := a.Validate(q); err != nil {
		t.Errorf("finished attempt invalid: %v", err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	q := sample()
	a := New(q, nil, t0, 3)
	a.Check(q, quiz.Response{Choices: []int{2}}, t0.Add(time.Second))
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var b Attempt
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, &b) {
		t.Errorf("round trip changed the attempt:\n%+v\n%+v", a, &b)
	}
	if err := b.Validate(q); err != nil {
		t.Errorf("resumed attempt invalid: %v", err)
	}
	if _, err := b.Check(q, quiz.Response{}, t0); !errors.Is(err, ErrChecked) {
		t.Errorf("resumed checked question can be checked again: %v", err)
	}
	if strings.Contains(string(data), `"finished"`) {
		t.Errorf("unfinished attempt writes a finished time: %s", data)
	}
}

func TestCheckUnknownQuestion(t *testing.T) {
	q := sample()
	a := New(q, nil, t0, 3)
	other := &quiz.Quiz{ID: "karabakh", Questions: q.Questions[1:]}
	if _, err := a.Check(other, quiz.Response{}, t0); !errors.Is(err, ErrUnknownQuestion) {
		t.Errorf("err = %v, want ErrUnknownQuestion", err)
	}
	if _, err := a.Check(nil, quiz.Response{}, t0); !errors.Is(err, ErrUnknownQuestion) {
		t.Errorf("nil quiz: err = %v", err)
	}
}

func TestValidate(t *testing.T) {
	q := sample()
	fresh := func() *Attempt {
		a := New(q, nil, t0, 9)
		a.Check(q, quiz.Response{Choices: []int{1}}, t0)
		return a
	}
	tests := []struct {
		name   string
		edit   func(a *Attempt, q *quiz.Quiz)
		errHas string
	}{
		{"ok", func(a *Attempt, q *quiz.Quiz) {}, ""},
		{"other quiz", func(a *Attempt, q *quiz.Quiz) { q.ID = "other" }, "not \"other\""},
		{"question removed", func(a *Attempt, q *quiz.Quiz) { q.Questions = q.Questions[1:] }, "not in the quiz"},
		{"choice removed", func(a *Attempt, q *quiz.Quiz) { q.Questions[0].Choices = q.Questions[0].Choices[:3] }, "changed its choices"},
		{"pair added", func(a *Attempt, q *quiz.Quiz) {
			q.Questions[4].Pairs = append(q.Questions[4].Pairs, quiz.Pair{Item: "x", Match: "y"})
		}, "changed its choices"},
		{"current out of range", func(a *Attempt, q *quiz.Quiz) { a.Current = 99 }, "out of range"},
		{"negative current", func(a *Attempt, q *quiz.Quiz) { a.Current = -1 }, "out of range"},
		{"no order", func(a *Attempt, q *quiz.Quiz) { a.Order = nil }, "no questions"},
		{"duplicate", func(a *Attempt, q *quiz.Quiz) { a.Order[1] = "q1" }, "twice"},
		{"answer out of range", func(a *Attempt, q *quiz.Quiz) { a.Answers[0].Response.Choices = []int{7} }, "does not fit"},
		{"answer to unknown", func(a *Attempt, q *quiz.Quiz) { a.Answers[0].QuestionID = "zz" }, "not in play"},
		{"checked without answer", func(a *Attempt, q *quiz.Quiz) { a.Answers = nil }, "checked question"},
		{"finished mismatch", func(a *Attempt, q *quiz.Quiz) { a.Finished = t0 }, "finished"},
		{"no id", func(a *Attempt, q *quiz.Quiz) { a.ID = "" }, "no ID"},
		{"nil quiz", nil, "no quiz"},
	}
	for _, tt := range tests {
		a, qq := fresh(), sample()
		var err error
		if tt.edit == nil {
			err = a.Validate(nil)
		} else {
			tt.edit(a, qq)
			err = a.Validate(qq)
		}
		if tt.errHas == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.errHas) {
			t.Errorf("%s: err = %v, want it to mention %q", tt.name, err, tt.errHas)
		}
	}
}

func TestDescribeResponse(t *testing.T) {
	q := sample().Questions
	distracted := quiz.Question{ID: "distracted", Type: quiz.Matching, Pairs: []quiz.Pair{
		{Item: "Baku", Match: "Azerbaijan"}, {Match: "Iran"}, {Item: "Yerevan", Match: "Armenia"}, {Match: "Turkey"}}}
	tests := []struct {
		q    quiz.Question
		r    quiz.Response
		want string
	}{
		{q[0], quiz.Response{Choices: []int{1}}, "November 10"},
		{q[0], quiz.Response{Choices: []int{9, 2, 1}}, "July 12"},
		{q[0], quiz.Response{}, NoAnswer},
		{q[1], quiz.Response{Choices: []int{1, 0, 1, -4}}, "Erdogan, Putin"},
		{q[2], quiz.Response{Bool: boolp(true)}, "True"},
		{q[2], quiz.Response{}, NoAnswer},
		{q[3], quiz.Response{Text: "  1,822  "}, "1,822"},
		{q[5], quiz.Response{Text: "   "}, NoAnswer},
		{q[4], quiz.Response{Matches: []int{0, -1, 7}}, "Baku → Azerbaijan; Yerevan → ?; Tbilisi → ?"},
		{q[4], quiz.Response{Matches: []int{-1, -1, -1}}, NoAnswer},
		// a distractor has no row of its own; picked for an item, it is named
		{distracted, quiz.Response{Matches: []int{3, -1, 2, -1}}, "Baku → Turkey; Yerevan → Armenia"},
		{distracted, quiz.Response{Matches: []int{-1, 1, -1}}, NoAnswer},
		{quiz.Question{Type: "essay"}, quiz.Response{Text: "x"}, NoAnswer},
	}
	for _, tt := range tests {
		if got := DescribeResponse(tt.q, tt.r); got != tt.want {
			t.Errorf("DescribeResponse(%s, %+v) = %q, want %q", tt.q.ID, tt.r, got, tt.want)
		}
	}
}

func TestDisplayOrder(t *testing.T) {
	q := sample()
	a := New(q, nil, t0, 5)
	if got := a.DisplayOrder(q.Questions[0]); !reflect.DeepEqual(got, a.Shuffle["q1"]) {
		t.Errorf("DisplayOrder = %v, want %v", got, a.Shuffle["q1"])
	}
	changed := q.Questions[0]
	changed.Choices = changed.Choices[:2]
	if got := a.DisplayOrder(changed); !reflect.DeepEqual(got, []int{0, 1}) {
		t.Errorf("DisplayOrder of changed question = %v, want author's order", got)
	}
	if got := a.DisplayOrder(q.Questions[2]); len(got) != 0 {
		t.Errorf("DisplayOrder of true/false = %v", got)
	}
}

func TestClone(t *testing.T) {
	q := sample()
	a := New(q, nil, t0, 5)
	a.Answers = []Answer{{QuestionID: "q1", Response: quiz.Response{Choices: []int{1}, Bool: boolp(true), Matches: []int{0}}}}
	a.Draft = quiz.Response{Choices: []int{2}, Bool: boolp(true)}
	b := a.Clone()
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("clone differs")
	}
	b.Order[0] = "x"
	b.Shuffle["q1"][0] = 99
	b.Answers[0].Response.Choices[0] = 99
	*b.Answers[0].Response.Bool = false
	b.Answers[0].Response.Matches[0] = 99
	b.Draft.Choices[0] = 99
	*b.Draft.Bool = false
	if a.Order[0] != "q1" || a.Shuffle["q1"][0] == 99 || a.Answers[0].Response.Choices[0] != 1 ||
		!*a.Answers[0].Response.Bool || a.Answers[0].Response.Matches[0] != 0 ||
		a.Draft.Choices[0] != 2 || !*a.Draft.Bool {
		t.Errorf("clone shares memory with the original")
	}
	if (*Attempt)(nil).Clone() != nil {
		t.Errorf("nil clone")
	}
}

func TestCheckCleansResponse(t *testing.T) {
	q := sample()
	a := New(q, nil, t0, 5)
	r := quiz.Response{Choices: []int{7, 0, -1}}
	if _, err := a.Check(q, r, t0); err != nil {
		t.Fatal(err)
	}
	if got := a.Answers[0].Response.Choices; !reflect.DeepEqual(got, []int{0}) {
		t.Errorf("saved choices %v", got)
	}
	if r.Choices[0] != 7 {
		t.Errorf("Check changed the caller's response")
	}
	a.Next(t0)
	for range 3 {
		a.Next(t0)
	}
	if _, err := a.Check(q, quiz.Response{Matches: []int{0, 9, -4, 1, 2}}, t0); err != nil {
		t.Fatal(err)
	}
	if got := a.Answers[1].Response.Matches; !reflect.DeepEqual(got, []int{0, -1, -1}) {
		t.Errorf("saved matches %v", got)
	}
	if err := a.Validate(q); err != nil {
		t.Errorf("attempt with cleaned answers invalid: %v", err)
	}
}

// A matching question's distractors are partners like the others: shuffled
// with them, and a distractor picked for an item is kept (graded wrong),
// not dropped as out of range.
func TestMatchingDistractors(t *testing.T) {
	qu := quiz.Question{ID: "rivers", Type: quiz.Matching, Prompt: "Which river runs through each town?",
		Pairs: []quiz.Pair{{Item: "Ardlow", Match: "the Tane"}, {Item: "Kessick", Match: "the Oul"}, {Match: "the Brede"}, {Match: "the Wyle"}}}
	q := &quiz.Quiz{ID: "rivers", Title: "Rivers", Questions: []quiz.Question{qu}}
	tests := []struct {
		name    string
		matches []int
		saved   []int
		score   float64
	}{
		{"right", []int{0, 1, -1, -1}, []int{0, 1, -1, -1}, 1},
		{"a distractor for Ardlow", []int{3, 1, -1, -1}, []int{3, 1, -1, -1}, 0.5},
		{"distractors for both", []int{2, 3}, []int{2, 3}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := New(q, nil, t0, 7)
			if got := a.DisplayOrder(qu); !isPerm(got, len(qu.Pairs)) {
				t.Errorf("DisplayOrder = %v, want every partner, distractors too", got)
			}
			res, err := a.Check(q, quiz.Response{Matches: tt.matches}, t0)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Answers[0].Response.Matches; !reflect.DeepEqual(got, tt.saved) {
				t.Errorf("saved matches %v, want %v", got, tt.saved)
			}
			if res.Score != tt.score {
				t.Errorf("score %v, want %v", res.Score, tt.score)
			}
			if err := a.Validate(q); err != nil {
				t.Errorf("attempt invalid: %v", err)
			}
		})
	}
}
