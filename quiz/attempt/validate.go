package attempt

import (
	"fmt"
	"slices"

	"factquiz/quiz"
	"factquiz/quiz/review"
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
	switch a.Mode {
	case "", review.ModeQuiz, review.ModeRetry, review.ModePractice:
	default:
		return fmt.Errorf("the attempt is of a kind this version of Factquiz does not know (%q)", a.Mode)
	}
	inOrder := map[string]bool{}
	for _, id := range a.Order {
		if inOrder[id] {
			if !a.Requeue {
				return fmt.Errorf("question %q is played twice", id)
			}
			continue
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
		if !(ans.Score >= 0 && ans.Score <= 1) || (ans.Skipped && (ans.Correct || ans.Score != 0)) {
			return fmt.Errorf("the answer to question %q has an impossible score", ans.QuestionID)
		}
	}
	if a.Checked {
		if a.Done() || len(a.Answers) == 0 || a.Answers[len(a.Answers)-1].QuestionID != a.Order[a.Current] {
			return fmt.Errorf("the checked question has no answer")
		}
	}
	if a.Requeue {
		return a.validateRequeue()
	}
	return nil
}

// validateRequeue checks the play sequence of an attempt with Requeue:
// one answer per question played (Next records a skip), each question
// coming back exactly when its previous showing was not answered right.
func (a *Attempt) validateRequeue() error {
	played := a.Current
	if a.Checked {
		played++
	}
	if len(a.Answers) != played {
		return fmt.Errorf("the attempt has %d answers for %d questions played", len(a.Answers), played)
	}
	last := map[string]int{} // latest earlier position of each question
	for i, id := range a.Order {
		if i < len(a.Answers) && a.Answers[i].QuestionID != id {
			return fmt.Errorf("answer %d is to question %q, but question %q was shown", i+1, a.Answers[i].QuestionID, id)
		}
		if prev, seen := last[id]; seen {
			if prev >= len(a.Answers) {
				return fmt.Errorf("question %q comes back before it was answered", id)
			}
			if a.Answers[prev].Correct {
				return fmt.Errorf("question %q comes back although it was answered right", id)
			}
		}
		last[id] = i
	}
	// A missed question that the learner moved past comes back later.
	for i := 0; i < a.Current && i < len(a.Answers); i++ {
		if !a.Answers[i].Correct && !slices.Contains(a.Order[i+1:], a.Order[i]) {
			return fmt.Errorf("question %q was missed but does not come back", a.Order[i])
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
