package attempt

import (
	"fmt"

	"factquiz/quiz"
)

// Validate reports whether a saved attempt still fits q, typically an
// attempt resumed after a reload when the quiz file may have changed since
// it was saved. On an error the app should start over rather than resume:
// every later method assumes a valid attempt.
func (a *Attempt) Validate(q *quiz.Quiz) error {
	if q == nil {
		return fmt.Errorf("no quiz to resume")
	}
	if a.QuizID != q.ID {
		return fmt.Errorf("the attempt is at quiz %q, not %q", a.QuizID, q.ID)
	}
	if a.ID == "" || a.Started.IsZero() {
		return fmt.Errorf("the attempt has no ID or start time")
	}
	if len(a.Order) == 0 {
		return fmt.Errorf("the attempt has no questions")
	}
	if a.Current < 0 || a.Current > len(a.Order) {
		return fmt.Errorf("the current question %d is out of range", a.Current)
	}
	if a.Done() != (a.Current == len(a.Order)) {
		return fmt.Errorf("the attempt is finished but not past the last question, or the other way round")
	}
	inOrder := map[string]bool{}
	for _, id := range a.Order {
		if inOrder[id] {
			return fmt.Errorf("question %q is played twice", id)
		}
		inOrder[id] = true
		qu, ok := find(q, id)
		if !ok {
			return fmt.Errorf("question %q is not in the quiz any more", id)
		}
		if perm, ok := a.Shuffle[id]; ok && !isPerm(perm, shuffled(qu)) {
			return fmt.Errorf("question %q has changed its choices", id)
		}
	}
	for _, ans := range a.Answers {
		qu, ok := find(q, ans.QuestionID)
		if !ok || !inOrder[ans.QuestionID] {
			return fmt.Errorf("an answer is to question %q, which is not in play", ans.QuestionID)
		}
		if !fits(qu, ans.Response) {
			return fmt.Errorf("the answer to question %q does not fit it any more", ans.QuestionID)
		}
	}
	if a.Checked {
		if a.Done() || len(a.Answers) == 0 || a.Answers[len(a.Answers)-1].QuestionID != a.Order[a.Current] {
			return fmt.Errorf("the checked question has no answer")
		}
	}
	return nil
}

// isPerm reports whether p is a permutation of 0..n-1.
func isPerm(p []int, n int) bool {
	if len(p) != n {
		return false
	}
	seen := make([]bool, n)
	for _, i := range p {
		if i < 0 || i >= n || seen[i] {
			return false
		}
		seen[i] = true
	}
	return true
}

// fits reports whether a saved response's indexes are in range for q.
func fits(q quiz.Question, r quiz.Response) bool {
	for _, i := range r.Choices {
		if i < 0 || i >= len(q.Choices) {
			return false
		}
	}
	if len(r.Matches) > len(q.Pairs) {
		return false
	}
	for _, m := range r.Matches {
		if m < -1 || m >= len(q.Pairs) {
			return false
		}
	}
	return true
}
