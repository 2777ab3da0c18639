// Package attempt is one learner's attempt at a quiz: the questions in
// play, the order of their choices, the answers given and their grades.
// An Attempt is plain data that survives a JSON round trip, so that the
// app saves it after every step and resumes it after a reload.
package attempt

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/review"
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
	// Mode is what kind of session this is: a full attempt
	// (review.ModeQuiz), "Retry the missed questions" (review.ModeRetry)
	// or "Practise mistakes" (review.ModePractice). Records written by
	// the 2026-12-02 release have none: a full attempt or an old retry,
	// told apart by the store (see store.Stats).
	Mode review.Mode `json:"mode,omitempty"`
	// Requeue brings a question that was not answered fully right (or
	// was skipped) back later in the same session, until it is answered
	// right once. Order then grows as the learner plays (see Next).
	Requeue bool `json:"requeue,omitempty"`
	// Order is the play sequence: the question IDs in the author's order
	// (only the missed ones when retrying), each played once, followed
	// or interleaved, when Requeue is on, by the questions that come
	// back. Without Requeue an ID appears once.
	Order []string `json:"order"`
	// Shuffle gives, per question ID, the display order of its choice
	// indexes (Single, Multiple) or of its partners (Matching): the UI
	// shows Choices[Shuffle[id][0]] first. Responses still use the
	// author's indexes.
	Shuffle map[string][]int `json:"shuffle,omitempty"`
	// Answers are the checked questions, in the order they were checked.
	// With Requeue, a question left unchecked gets a Skipped answer when
	// the learner moves on, so that Answers[i] is the answer given at
	// Order[i]: the first answer to a question is then always the one
	// given at its first showing.
	Answers []Answer `json:"answers,omitempty"`
	// Current indexes Order; len(Order) once finished.
	Current int `json:"current"`
	// Checked reports that the current question has been checked and the
	// learner is reading its feedback before Next.
	Checked bool `json:"checked,omitempty"`
	// Draft is the response to the current question as the learner left
	// it before Check (a ticked choice, a half-typed number), so that a
	// reload shows it again. The UI keeps it; it is empty once checked.
	Draft quiz.Response `json:"draft,omitzero"`
}

// Answer is a checked question.
type Answer struct {
	QuestionID string        `json:"questionId"`
	Response   quiz.Response `json:"response"`
	Score      float64       `json:"score"`
	Correct    bool          `json:"correct"`
	At         time.Time     `json:"at"`
	// Skipped marks the answer recorded for a question the learner moved
	// past without checking it (only with Requeue): it scores 0.
	Skipped bool `json:"skipped,omitempty"`
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
// Missed questions do not come back (no Requeue). The Mode is
// review.ModeQuiz when every question is played (only empty), and
// review.ModeRetry otherwise, so that a retry never counts as a full
// attempt; NewMode chooses both.
func New(q *quiz.Quiz, only []string, now time.Time, seed uint64) *Attempt {
	mode := review.ModeQuiz
	if len(only) > 0 {
		mode = review.ModeRetry
	}
	return NewMode(q, only, mode, false, now, seed)
}

// NewMode starts an attempt at q like New, in the given mode
// (review.ModeQuiz, review.ModeRetry or review.ModePractice), with
// missed questions coming back later in the session when requeue is
// true (the learner's setting, on unless review.Settings.NoRequeue).
func NewMode(q *quiz.Quiz, only []string, mode review.Mode, requeue bool, now time.Time, seed uint64) *Attempt {
	rng := rand.New(rand.NewPCG(seed, uint64(now.UnixNano())))
	a := &Attempt{
		ID:      strconv.FormatInt(now.UnixMilli(), 36) + "-" + strconv.FormatUint(rng.Uint64(), 36),
		Started: now,
		Mode:    mode,
		Requeue: requeue,
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

// RequeueGap is how many other questions come between a missed question
// and its return, when that many are left to play; otherwise it comes
// back at the end. Shown again at once, the question would be answered
// from the feedback still on screen (an echo, not a recall); a few
// questions in between make the learner retrieve it from memory, while it
// comes back soon enough to be put right before the session ends. The
// classic Quizlet Learn repeats the terms answered wrong until each is
// right (https://quizlet.com/blog/spaced-repetition-for-all-cognitive-science-meets-big-data-in-a-procrastinating-world);
// here they come back within the round instead of in a round of their own.
const RequeueGap = 3

// Next moves to the next question, whether or not the current one was
// checked (an unchecked question counts as missed), and finishes the
// attempt after the last one. With Requeue, a question not answered
// fully right (or not checked) is put back into Order RequeueGap
// questions later, or at the end when fewer remain; an unchecked one is
// recorded as a Skipped answer first.
func (a *Attempt) Next(now time.Time) {
	if a.Done() {
		return
	}
	if a.Requeue && a.Current >= 0 && a.Current < len(a.Order) {
		id := a.Order[a.Current]
		right := false
		if a.Checked && len(a.Answers) > 0 {
			right = a.Answers[len(a.Answers)-1].Correct
		} else {
			a.Answers = append(a.Answers, Answer{QuestionID: id, At: now, Skipped: true})
		}
		if !right {
			at := min(a.Current+1+RequeueGap, len(a.Order))
			a.Order = slices.Insert(a.Order, at, id)
		}
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
// the number of questions to play: "3 of 15". Once done, n is total. With
// Requeue the count is of the play sequence: each return of a missed
// question adds one to total when it is put back ("5 of 15" becomes
// "5 of 16" after a miss), so n never goes back and the bar never jumps
// backwards by more than that one step.
func (a *Attempt) Progress() (n, total int) {
	total = len(a.Order)
	n = min(max(a.Current+1, 0), total)
	return n, total
}

// Reached is how far the attempt has gone in different questions: the
// number of questions shown so far, the current one included, and the
// number of different questions in play ("question 4 of 19"). Unlike
// Progress it does not grow when a missed question comes back, so it
// suits a summary of an attempt left half-way.
func (a *Attempt) Reached() (n, total int) {
	upto := min(max(a.Current+1, 0), len(a.Order))
	seen := make(map[string]bool, upto)
	for _, id := range a.Order[:upto] {
		seen[id] = true
	}
	return len(seen), a.Questions()
}

// Questions is the number of different questions in play: the Max of the
// score. It is len(Order) unless missed questions came back.
func (a *Attempt) Questions() int { return len(a.questionIDs()) }

// questionIDs lists the different questions of Order, in play order.
func (a *Attempt) questionIDs() []string {
	seen := make(map[string]bool, len(a.Order))
	ids := make([]string, 0, len(a.Order))
	for _, id := range a.Order {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids
}

// Returning reports whether the current question is a missed one that
// came back (Requeue), so the UI can say so.
func (a *Attempt) Returning() bool {
	if a.Done() || a.Current <= 0 || a.Current >= len(a.Order) {
		return false
	}
	id := a.Order[a.Current]
	for _, other := range a.Order[:a.Current] {
		if other == id {
			return true
		}
	}
	return false
}

// answer returns the latest answer recorded for a question.
func (a *Attempt) answer(id string) (Answer, bool) {
	for i := len(a.Answers) - 1; i >= 0; i-- {
		if a.Answers[i].QuestionID == id {
			return a.Answers[i], true
		}
	}
	return Answer{}, false
}

// Answer returns the latest answer recorded to the question with the
// given ID, so the UI can show the feedback again after a reload.
func (a *Attempt) Answer(id string) (Answer, bool) { return a.answer(id) }

// FirstAnswer returns the answer given when the question was first shown:
// the one that counts in the score. False when it was not answered (not
// reached, or skipped without Requeue).
func (a *Attempt) FirstAnswer(id string) (Answer, bool) {
	for _, ans := range a.Answers {
		if ans.QuestionID == id {
			return ans, true
		}
	}
	return Answer{}, false
}

// Score is the sum of the first answers' scores: 0.5 for a half-right
// question. A question that came back and was then answered right keeps
// the score of its first answer.
func (a *Attempt) Score() float64 {
	sum := 0.0
	for _, id := range a.questionIDs() {
		if ans, ok := a.FirstAnswer(id); ok {
			sum += ans.Score
		}
	}
	return sum
}

// Percent is Score out of the number of questions, rounded: 0 to 100.
func (a *Attempt) Percent() int {
	n := a.Questions()
	if n == 0 {
		return 0
	}
	p := int(a.Score()/float64(n)*100 + 0.5)
	return min(max(p, 0), 100)
}

// MissedIDs lists the questions whose first answer was not fully right
// (wrong, partly right, skipped or not reached), in play order, for
// "retry the missed". A question put right when it came back is still
// listed: it was missed.
func (a *Attempt) MissedIDs() []string {
	var ids []string
	for _, id := range a.questionIDs() {
		if ans, ok := a.FirstAnswer(id); !ok || !ans.Correct {
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
	b.Draft = cloneResponse(a.Draft)
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
