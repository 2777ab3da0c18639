package store

import (
	"encoding/json"
	"maps"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
)

var t0 = time.Date(2026, 11, 28, 7, 0, 0, 0, time.UTC)

func sampleQuiz(id string) *quiz.Quiz {
	return &quiz.Quiz{ID: id, Title: "Quiz " + id, Questions: []quiz.Question{
		{ID: "q1", Type: quiz.Single, Prompt: "Which is a?", Choices: []quiz.Choice{{Text: "a", Correct: true}, {Text: "b"}}},
		{ID: "q2", Type: quiz.Number, Prompt: "How many?", Numbers: []quiz.NumberAnswer{{Value: 3}}},
	}}
}

// played plays a quiz through, answering right the first `right`
// questions, finishing at `at`.
func played(t *testing.T, quizID string, seed uint64, right int, at time.Time) *attempt.Attempt {
	t.Helper()
	q := sampleQuiz(quizID)
	a := attempt.New(q, nil, at.Add(-time.Minute), seed)
	answers := []quiz.Response{{Choices: []int{0}}, {Text: "3"}}
	for i := range q.Questions {
		r := quiz.Response{Text: "wrong"}
		if i < right {
			r = answers[i]
		}
		if _, err := a.Check(q, r, at); err != nil {
			t.Fatal(err)
		}
		a.Next(at)
	}
	return a
}

// record encodes a record as the Store writes it.
func record(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func snapshot(kv *MemKV) map[string]string {
	m := map[string]string{}
	for _, k := range kv.Keys() {
		m[k], _ = kv.Get(k)
	}
	return m
}

func sameKV(a, b map[string]string) bool { return maps.Equal(a, b) }

func mustSet(t *testing.T, kv KV, key, value string) {
	t.Helper()
	if err := kv.Set(key, value); err != nil {
		t.Fatal(err)
	}
}
