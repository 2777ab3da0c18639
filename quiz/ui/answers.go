package ui

import (
	"slices"
	"strings"

	"factquiz/quiz"
)

// answered reports whether r is enough of an answer to check.
func answered(q quiz.Question, r quiz.Response) bool {
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		return len(r.Choices) > 0
	case quiz.TrueFalse:
		return r.Bool != nil
	case quiz.Text, quiz.Number:
		return strings.TrimSpace(r.Text) != ""
	case quiz.Matching:
		return slices.ContainsFunc(r.Matches, func(m int) bool { return m >= 0 })
	}
	return false
}

// hintFor says what to do before Check can grade the question.
func hintFor(q quiz.Question) string {
	switch q.Type {
	case quiz.Multiple:
		return "Select at least one answer, then check."
	case quiz.Text:
		return "Type your answer, then check."
	case quiz.Number:
		return "Type a number (digits or a word such as “three”), then check."
	case quiz.Matching:
		return "Choose a partner for the items, then check."
	}
	return "Choose an answer, then check."
}

// toggleChoice picks choice i: the only one of a Single question, one
// more (or one less) of a Multiple question.
func toggleChoice(q quiz.Question, r quiz.Response, i int) quiz.Response {
	if q.Type != quiz.Multiple {
		r.Choices = []int{i}
		return r
	}
	if at := slices.Index(r.Choices, i); at >= 0 {
		r.Choices = slices.Delete(slices.Clone(r.Choices), at, at+1)
		return r
	}
	r.Choices = append(slices.Clone(r.Choices), i)
	slices.Sort(r.Choices)
	return r
}

// setChoice picks (on) or unpicks choice i: a Single question has at most
// one choice picked, a Multiple question any number, kept in order.
func setChoice(q quiz.Question, r quiz.Response, i int, on bool) quiz.Response {
	if slices.Contains(r.Choices, i) == on {
		return r
	}
	return toggleChoice(q, r, i)
}
