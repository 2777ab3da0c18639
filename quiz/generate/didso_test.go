package generate

import "testing"

// TestDidSoByAnother checks a deed another subject "did so" in the same
// sentence: another's name before it makes the deed shared (two right
// answers to "Who won their titles?"); a pronoun, an adverb or the
// doer's own name does not.
func TestDidSoByAnother(t *testing.T) {
	tests := []struct {
		name, text, doer string
		want             bool
	}{
		{"another's name did so",
			"Ana Lopes won her titles from 1990-98, and Berg did so from 2001-09.", "Ana Lopes", true},
		{"a pronoun is the doer again",
			"Ana Lopes won her titles in Rome, and she did so without a coach.", "Ana Lopes", false},
		{"an adverb names no subject",
			"Ana Lopes won her titles in Rome in 1995, and never did so again.", "Ana Lopes", false},
		{"the doer's own name",
			"Ana Lopes won her titles in Rome, and Lopes did so without a coach.", "Ana Lopes", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := writeKind(headlineLine+tc.text, Actor, (*writer).actor)
			var f *Fact
			for i := range w.facts {
				if w.facts[i].Kind == Actor && w.facts[i].Doer == tc.doer && f == nil {
					f = &w.facts[i]
				}
			}
			if f == nil {
				t.Fatalf("no deed of %s found", tc.doer)
			}
			if got := deedOfAnother(w.text, w.sents, *f); got != tc.want {
				t.Errorf("deedOfAnother(%q %q) = %v, want %v", f.Doer, f.Action, got, tc.want)
			}
		})
	}
}
