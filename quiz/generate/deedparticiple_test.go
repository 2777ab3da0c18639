package generate

import "testing"

// TestDeedParticipleBy: a deed's object ends before a past participle
// and "by" that follow its noun (a reduced relative clause); a short
// object and a participle after a word that is no noun keep their words.
func TestDeedParticipleBy(t *testing.T) {
	tests := []struct {
		verb, object, want string
	}{
		{"declared", "a state of emergency for 26 counties inundated by heavy rain (two feet) overnight", "a state of emergency for 26 counties"},
		{"evacuated", "hundreds of coastal residents affected by the rising river", "hundreds of coastal residents"},
		{"rebuilt", "the old stone bridge damaged by the floods of 1995", "the old stone bridge"},
		// Kept whole.
		{"praised", "the plan drafted by the council", "the plan drafted by the council"},
		{"welcomed", "the decision announced by the board", "the decision announced by the board"},
	}
	for _, tc := range tests {
		toks := tokenize(tc.verb + " " + tc.object + ".")
		got, _, ok := objectAt(toks, 1, make([]bool, len(toks)), false)
		if !ok || got != tc.want {
			t.Errorf("%s %q: got %q (%v), want %q", tc.verb, tc.object, got, ok, tc.want)
		}
	}
}
