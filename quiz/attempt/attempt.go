// Package attempt is one learner's attempt at a quiz: the questions in
// play, the order of their choices, the answers given and their grades.
// An Attempt is plain data that survives a JSON round trip, so that the
// app saves it after every step and resumes it after a reload.
package attempt

import (
	"errors"
	"math/rand/v2"
	"strconv"
	"time"

	"factquiz/quiz"
)

// Attempt is one go at a quiz, in progress or finished.
type Attempt struct {
	// ID is unique among the learner's attempts: the start time and a
	// random number, so two tabs starting at once do not collide.
	ID        string    `json:"id"`
	QuizID    string    `json:"quizId"`
	QuizTitle string    `json:"quizTitle"`
	Started   time.Time `json:"started"`
	// Finished is zero until Next moves past the last question.
	Finished time.Time `json:"finished,omitzero"`
	// Order lists the question IDs in play, in the author's order
	// (only the missed ones when retrying).
	Order []string `json:"order"`
	// Shuffle gives, per question ID, the display order of its choice
	// indexes (Single, Multiple) or of its partners (Matching): the UI
	// shows Choices[Shuffle[id][0]] first. Responses still use the
	// author's indexes.
	Shuffle map[string][]int `json:"shuffle,omitempty"`
	// Answers are the checked questions, in the order they were checked.
	Answers []Answer `json:"answers,omitempty"`
	// Current indexes Order; len(Order) once finished.
	Current int `json:"current"`
	// Checked reports that the current question has been checked and the
	// learner is reading its feedback before Next.
	Checked bool `json:"checked,omitempty"`
}

// Answer is a checked question.
type Answer struct {
	QuestionID string        `json:"questionId"`
	Response   quiz.Response `json:"response"`
	Score      float64       `json:"score"`
	Correct    bool          `json:"correct"`
	At         time.Time     `json:"at"`
}

// Errors of Check.
var (
	ErrFinished        = errors.New("the attempt is finished")
	ErrChecked         = errors.New("this question was already checked")
	ErrUnknownQuestion = errors.New("the question is not in the quiz any more")
)

// New starts an attempt at q. only lists the question IDs to play (for
// "retry the missed ones"); nil or empty plays every question. Unknown IDs
// in only are ignored. Question order stays the author's; choices and
// matching partners are shuffled with a generator seeded by seed, so a
// test passes a fixed seed and the app a random one (rand.Uint64()).
func New(q *quiz.Quiz, only []string, now time.Time, seed uint64) *Attempt {
	rng := rand.New(rand.NewPCG(seed, uint64(now.UnixNano())))
	a := &Attempt{
		ID:      strconv.FormatInt(now.UnixMilli(), 36) + "-" + strconv.FormatUint(rng.Uint64(), 36),
		Started: now,
		Shuffle: map[string][]int{},
	}
	if q == nil {
		a.Finished = now
		return a
	}
	a.QuizID, a.QuizTitle = q.ID, q.Title
	want := map[string]bool{}
	for _, id := range only {
		want[id] = true
	}
	seen := map[string]bool{}
	for _, qu := range q.Questions {
		if seen[qu.ID] || (len(only) > 0 && !want[qu.ID]) {
			continue
		}
		seen[qu.ID] = true
		a.Order = append(a.Order, qu.ID)
		if n := shuffled(qu); n > 0 {
			a.Shuffle[qu.ID] = rng.Perm(n)
		}
	}
	if len(a.Order) == 0 {
		a.Finished = now
	}
	return a
}

// shuffled is how many things of q are shown in shuffled order.
func shuffled(q quiz.Question) int {
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		return len(q.Choices)
	case quiz.Matching:
		return len(q.Pairs)
	}
	return 0
}

// find returns the question of q with the given ID.
func find(q *quiz.Quiz, id string) (quiz.Question, bool) {
	if q == nil {
		return quiz.Question{}, false
	}
	for _, qu := range q.Questions {
		if qu.ID == id {
			return qu, true
		}
	}
	return quiz.Question{}, false
}

// Question returns the current question, or false when the attempt is
// done or the question is no longer in q.
func (a *Attempt) Question(q *quiz.Quiz) (quiz.Question, bool) {
	if a.Done() || a.Current < 0 || a.Current >= len(a.Order) {
		return quiz.Question{}, false
	}
	return find(q, a.Order[a.Current])
}

// Check grades r as the answer to the current question and records it.
// The learner then reads the feedback and calls Next.
func (a *Attempt) Check(q *quiz.Quiz, r quiz.Response, now time.Time) (quiz.Result, error) {
	if a.Done() {
		return quiz.Result{}, ErrFinished
	}
	if a.Checked {
		return quiz.Result{}, ErrChecked
	}
	qu, ok := a.Question(q)
	if !ok {
		return quiz.Result{}, ErrUnknownQuestion
	}
	res := quiz.Grade(qu, r)
	a.Answers = append(a.Answers, Answer{
		QuestionID: qu.ID, Response: clean(qu, r), Score: res.Score, Correct: res.Correct, At: now,
	})
	a.Checked = true
	return res, nil
}

// Next moves to the next question, whether or not the current one was
// checked (an unchecked question counts as missed), and finishes the
// attempt after the last one.
func (a *Attempt) Next(now time.Time) {
	if a.Done() {
		return
	}
	a.Checked = false
	a.Current++
	if a.Current >= len(a.Order) {
		a.Current = len(a.Order)
		a.Finished = now
	}
}

// Done reports whether the attempt is finished.
func (a *Attempt) Done() bool { return !a.Finished.IsZero() }

// Progress is the number of the current question, counting from 1, and
// the number of questions: "3 of 15". Once done, n is total.
func (a *Attempt) Progress() (n, total int) {
	total = len(a.Order)
	n = min(max(a.Current+1, 0), total)
	return n, total
}

// answer returns the answer recorded for a question.
func (a *Attempt) answer(id string) (Answer, bool) {
	for i := len(a.Answers) - 1; i >= 0; i-- {
		if a.Answers[i].QuestionID == id {
			return a.Answers[i], true
		}
	}
	return Answer{}, false
}

// Answer returns the recorded answer to the question with the given ID,
// so the UI can show the feedback again after a reload.
func (a *Attempt) Answer(id string) (Answer, bool) { return a.answer(id) }

// Score is the sum of the answers' scores: 0.5 for a half-right question.
func (a *Attempt) Score() float64 {
	sum := 0.0
	for _, id := range a.Order {
		if ans, ok := a.answer(id); ok {
			sum += ans.Score
		}
	}
	return sum
}

// Percent is Score out of the number of questions, rounded: 0 to 100.
func (a *Attempt) Percent() int {
	if len(a.Order) == 0 {
		return 0
	}
	p := int(a.Score()/float64(len(a.Order))*100 + 0.5)
	return min(max(p, 0), 100)
}

// MissedIDs lists the questions not answered fully right (wrong, partly
// right, skipped or not reached), in play order, for "retry the missed".
func (a *Attempt) MissedIDs() []string {
	var ids []string
	for _, id := range a.Order {
		if ans, ok := a.answer(id); !ok || !ans.Correct {
			ids = append(ids, id)
		}
	}
	return ids
}

// DisplayOrder is the order in which to show the choices (or matching
// partners) of q in this attempt: indexes into q.Choices (or q.Pairs).
// It falls back to the author's order when the attempt has no valid
// shuffle for q, so the UI never indexes out of range.
func (a *Attempt) DisplayOrder(q quiz.Question) []int {
	n := shuffled(q)
	if p, ok := a.Shuffle[q.ID]; ok && isPerm(p, n) {
		return append([]int(nil), p...)
	}
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return p
}

// Clone returns a deep copy of a, so that a stored attempt handed out to
// the UI can be changed without changing the store's copy.
func (a *Attempt) Clone() *Attempt {
	if a == nil {
		return nil
	}
	b := *a
	b.Order = append([]string(nil), a.Order...)
	if a.Shuffle != nil {
		b.Shuffle = make(map[string][]int, len(a.Shuffle))
		for id, p := range a.Shuffle {
			b.Shuffle[id] = append([]int(nil), p...)
		}
	}
	if a.Answers != nil {
		b.Answers = make([]Answer, len(a.Answers))
		for i, ans := range a.Answers {
			ans.Response = cloneResponse(ans.Response)
			b.Answers[i] = ans
		}
	}
	return &b
}

// clean drops from r the indexes that do not fit q (which Grade ignores
// too), so that a saved attempt passes Validate after a reload.
func clean(q quiz.Question, r quiz.Response) quiz.Response {
	r = cloneResponse(r)
	if r.Choices != nil {
		kept := r.Choices[:0]
		for _, i := range r.Choices {
			if i >= 0 && i < len(q.Choices) {
				kept = append(kept, i)
			}
		}
		r.Choices = kept
		if len(kept) == 0 {
			r.Choices = nil
		}
	}
	if len(r.Matches) > len(q.Pairs) {
		r.Matches = r.Matches[:len(q.Pairs)]
	}
	if len(r.Matches) == 0 {
		r.Matches = nil
	}
	for i, m := range r.Matches {
		if m < 0 || m >= len(q.Pairs) {
			r.Matches[i] = -1
		}
	}
	return r
}

func cloneResponse(r quiz.Response) quiz.Response {
	if r.Choices != nil {
		r.Choices = append([]int(nil), r.Choices...)
	}
	if r.Matches != nil {
		r.Matches = append([]int(nil), r.Matches...)
	}
	if r.Bool != nil {
		b := *r.Bool
		r.Bool = &b
	}
	return r
}
