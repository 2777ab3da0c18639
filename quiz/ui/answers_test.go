package ui

import (
	"slices"
	"testing"

	"factquiz/quiz"
)

func TestToggleChoice(t *testing.T) {
	single := quiz.Question{Type: quiz.Single}
	multiple := quiz.Question{Type: quiz.Multiple}
	tests := []struct {
		name string
		q    quiz.Question
		had  []int
		pick int
		want []int
	}{
		{"single picks", single, nil, 2, []int{2}},
		{"single replaces", single, []int{1}, 3, []int{3}},
		{"multiple adds in order", multiple, []int{3}, 1, []int{1, 3}},
		{"multiple removes", multiple, []int{1, 3}, 3, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			had := slices.Clone(tt.had)
			got := toggleChoice(tt.q, quiz.Response{Choices: had}, tt.pick)
			if !slices.Equal(got.Choices, tt.want) {
				t.Errorf("got %v, want %v", got.Choices, tt.want)
			}
			if !slices.Equal(had, tt.had) {
				t.Errorf("the previous response was changed: %v", had)
			}
		})
	}
}

func TestAnswered(t *testing.T) {
	yes := true
	tests := []struct {
		name string
		q    quiz.Type
		r    quiz.Response
		want bool
	}{
		{"no choice", quiz.Single, quiz.Response{}, false},
		{"a choice", quiz.Multiple, quiz.Response{Choices: []int{0}}, true},
		{"true/false unanswered", quiz.TrueFalse, quiz.Response{}, false},
		{"true/false answered", quiz.TrueFalse, quiz.Response{Bool: &yes}, true},
		{"blank text", quiz.Text, quiz.Response{Text: "   "}, false},
		{"text", quiz.Number, quiz.Response{Text: "three"}, true},
		{"no match chosen", quiz.Matching, quiz.Response{Matches: []int{-1, -1}}, false},
		{"one match", quiz.Matching, quiz.Response{Matches: []int{-1, 0}}, true},
	}
	for _, tt := range tests {
		if got := answered(quiz.Question{Type: tt.q}, tt.r); got != tt.want {
			t.Errorf("%s: answered = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSetChoice(t *testing.T) {
	single := quiz.Question{Type: quiz.Single}
	multiple := quiz.Question{Type: quiz.Multiple}
	tests := []struct {
		name string
		q    quiz.Question
		had  []int
		i    int
		on   bool
		want []int
	}{
		{"single picks", single, []int{1}, 2, true, []int{2}},
		{"single picked again stays", single, []int{2}, 2, true, []int{2}},
		{"multiple adds", multiple, []int{3}, 0, true, []int{0, 3}},
		{"multiple already on stays", multiple, []int{0, 3}, 3, true, []int{0, 3}},
		{"multiple removes", multiple, []int{0, 3}, 0, false, []int{3}},
		{"multiple already off stays", multiple, []int{3}, 1, false, []int{3}},
	}
	for _, tt := range tests {
		got := setChoice(tt.q, quiz.Response{Choices: slices.Clone(tt.had)}, tt.i, tt.on)
		if !slices.Equal(got.Choices, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got.Choices, tt.want)
		}
	}
}
