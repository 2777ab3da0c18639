package generate

import (
	"slices"
	"testing"
)

// TestDeedVerbs: the added verbs of deeds give doer facts; a passive
// without its doer gives none.
func TestDeedVerbs(t *testing.T) {
	tests := []struct {
		text, want string // the deed found, or "" for none
	}{
		{"Colonel Loren Hale commanded the spring shuttle flight.", "commanded the spring shuttle flight"},
		{"The Harbour Authority conducted a review of the ferry contracts.", "conducted a review of the ferry contracts"},
		{"The Riverside Club selected Tom Ashby in the summer draft.", "selected Tom Ashby in the summer draft"},
		{"Deputy Prime Minister Vu Linh has exhorted the Ministry of Transport to be vigilant.", "exhorted the Ministry of Transport to be vigilant"},
		{"The spring shuttle flight was commanded from the ground.", ""},
	}
	for _, tc := range tests {
		w := writeKind(headlineLine+tc.text, Actor, (*writer).actor)
		var got []string
		for _, f := range w.facts {
			if f.Kind == Actor {
				got = append(got, f.Action)
			}
		}
		if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("%q: deeds %q, want %q", tc.text, got, tc.want)
		}
	}
}
