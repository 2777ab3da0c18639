package progress

import (
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/review"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// utc is a fixed day of the tests: 2 December 2026, 15:00 UTC.
var utc = time.Date(2026, 12, 2, 15, 0, 0, 0, time.UTC)

// choice is a single-choice question whose right answer is choice 0.
func choice(id, fact string) quiz.Question {
	return quiz.Question{ID: id, Type: quiz.Single, Prompt: "Question " + id + "?", Fact: fact,
		Choices: []quiz.Choice{{Text: "right", Correct: true}, {Text: "wrong"}}}
}

// valley is a small quiz with questions of several fact kinds.
func valley() *quiz.Quiz {
	return &quiz.Quiz{ID: "valley", Title: "The valley treaty", Questions: []quiz.Question{
		choice("signed", "date"),
		choice("mayor", "leader"),
		choice("villages", "count"),
		choice("where", "place"),
		choice("own", ""),
	}}
}

// played is a finished attempt at q in the given mode, started at start:
// the questions named in right are answered right, the others wrong,
// a minute apart. With requeue on, the missed ones come back and are
// answered right the second time.
func played(t *testing.T, q *quiz.Quiz, only []string, mode review.Mode, requeue bool, start time.Time, right ...string) *attempt.Attempt {
	t.Helper()
	isRight := map[string]bool{}
	for _, id := range right {
		isRight[id] = true
	}
	a := attempt.NewMode(q, only, mode, requeue, start, 1)
	at := start
	asked := map[string]bool{}
	for step := 0; !a.Done(); step++ {
		if step > 100 {
			t.Fatal("the attempt never finishes")
		}
		qu, ok := a.Question(q)
		if !ok {
			t.Fatalf("no current question at step %d", step)
		}
		pick := 1
		if isRight[qu.ID] || asked[qu.ID] {
			pick = 0
		}
		asked[qu.ID] = true
		at = at.Add(time.Minute)
		if _, err := a.Check(q, quiz.Response{Choices: []int{pick}}, at); err != nil {
			t.Fatal(err)
		}
		a.Next(at)
	}
	return a
}

// card is an active card of a question due at due, in a state.
func card(quizID, questionID, fact string, state fsrs.State, due time.Time) review.Card {
	return review.Card{QuizID: quizID, QuestionID: questionID, Fact: fact,
		FSRS: fsrs.Card{State: state, Due: due}}
}

// reviewLog is an answer given at at in a mode.
func reviewLog(quizID, questionID string, mode review.Mode, correct bool, at time.Time) review.Log {
	return review.Log{ID: at.Format(time.RFC3339Nano) + questionID, QuizID: quizID, QuestionID: questionID,
		Mode: mode, Correct: correct, At: at}
}
