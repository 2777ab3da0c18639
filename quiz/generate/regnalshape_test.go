package generate

import (
	"strings"
	"testing"
)

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

// TestRegnalOddDoer: the doer question whose right answer alone lacks a
// regnal number ("Edward" among "Henry II" and "Philip II", set 23) is
// not offered.
func TestRegnalOddDoer(t *testing.T) {
	text := headlineLine + "Treaty of Wallingford, 1153.-Between Stephen, and Henry, son of the Empress Maud, afterwards Henry II. Stephen died in the following year, when Henry became king.\n\n" +
		"Treaty of Bretigny, May 8, 1360.- Between England and France. King Edward resigned his claim to the crown of France, renounced his pretensions to Normandy, which had been taken by Philip II. in 1204, and received in exchange Calais.\n"
	for _, o := range writeAll(t, text).offered {
		if strings.HasPrefix(o.q.Prompt, "Who resigned") {
			t.Errorf("offered %q %v", o.q.Prompt, o.q.Choices)
		}
	}
}
