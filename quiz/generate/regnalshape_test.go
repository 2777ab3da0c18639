package generate

import "testing"

// TestRegnalOdd: a right answer that alone has (or alone lacks) a regnal
// number among the choices is picked by its form; one shaped like some
// wrong choice is not.
func TestRegnalOdd(t *testing.T) {
	tests := []struct {
		right string
		wrong []string
		odd   bool
	}{
		{"Edward", []string{"Henry II", "Philip II"}, true},
		{"Edward III", []string{"Henry", "Philip"}, true},
		{"Edward III", []string{"Henry II", "Philip"}, false},
		{"Edward", []string{"Henry", "Philip II"}, false},
		{"Ann Cole", []string{"Tom Hale", "Rob Lane"}, false},
	}
	for _, tc := range tests {
		if got := regnalOdd(tc.right, tc.wrong); got != tc.odd {
			t.Errorf("regnalOdd(%q, %q) = %v, want %v", tc.right, tc.wrong, got, tc.odd)
		}
	}
}
