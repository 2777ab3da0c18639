package ui

import (
	"testing"

	"factquiz/quiz/attempt"
)

func TestComeBack(t *testing.T) {
	tests := []struct {
		order   []string
		current int
		want    int
	}{
		{[]string{"a", "b", "c"}, 3, 0},
		{[]string{"a", "b", "a", "c", "a"}, 5, 2},
		{[]string{"a", "b", "a", "c", "a"}, 3, 1}, // not reached yet: not counted
	}
	for _, tt := range tests {
		a := &attempt.Attempt{Order: tt.order, Current: tt.current}
		if got := comeBack(a); got != tt.want {
			t.Errorf("comeBack(%v at %d) = %d, want %d", tt.order, tt.current, got, tt.want)
		}
	}
}
