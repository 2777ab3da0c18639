package ui

import (
	"reflect"
	"testing"
	"time"

	"factquiz/quiz"
)

func TestCardNotes(t *testing.T) {
	kept1 := time.Date(2026, 12, 2, 14, 5, 0, 0, time.Local)
	kept2 := time.Date(2026, 12, 2, 15, 30, 0, 0, time.Local)
	headline := &quiz.Quiz{Title: "Leaders agree to work together on the dispute over the region"}
	other := &quiz.Quiz{Title: "Capitals"}
	tests := []struct {
		name  string
		files []quizFile
		saved map[string]time.Time
		want  map[string]string
	}{
		{"different titles", []quizFile{{ID: "a", Quiz: headline}, {ID: "b", Quiz: other}}, nil, map[string]string{}},
		{"a file and a kept quiz", []quizFile{{ID: "a", Quiz: headline}, {ID: "own-1", Quiz: headline, Own: true}},
			map[string]time.Time{"own-1": kept1},
			map[string]string{"a": "quiz 1 of this title", "own-1": "kept on 2 Dec, 14:05"}},
		{"kept twice", []quizFile{{ID: "own-1", Quiz: headline, Own: true}, {ID: "own-2", Quiz: headline, Own: true}, {ID: "c", Quiz: other}},
			map[string]time.Time{"own-1": kept1, "own-2": kept2},
			map[string]string{"own-1": "kept on 2 Dec, 14:05", "own-2": "kept on 2 Dec, 15:30"}},
		{"no title: the file names differ", []quizFile{{ID: "x", File: "x.gift"}, {ID: "y", File: "y.gift"}}, nil, map[string]string{}},
	}
	for _, tt := range tests {
		if got := cardNotes(tt.files, tt.saved); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: cardNotes = %v, want %v", tt.name, got, tt.want)
		}
	}
}
