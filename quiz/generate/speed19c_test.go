package generate

import "testing"

// TestDeedIndexMatchesScan checks that deedOfAnother reads the same
// through the article's word index (deedindex.go) as token by token,
// and that the index is set aside when a sentence's tokens were swapped
// for a copy (withReferent).
func TestDeedIndexMatchesScan(t *testing.T) {
	tests := []struct {
		name string
		text string
		doer string
		want bool
	}{
		{"another signed the same",
			"Tom Reyes signed the accord in Lima. Later Kai Berg signed the accord as well.", "Tom Reyes", true},
		{"another tense of the verb",
			"Tom Reyes signed the accord in Lima. Kai Berg signs the accord next week.", "Tom Reyes", true},
		{"the doer alone",
			"Tom Reyes signed the accord in Lima. Reyes signed the accord again in May.", "Tom Reyes", false},
		{"the verb with another object",
			"Tom Reyes signed the accord in Lima. Kai Berg signed a letter of protest.", "Tom Reyes", false},
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
			scan := deedOfAnother(w.text, w.sents, *f)
			ix := &deedIndex{sents: w.sents}
			indexed := deedOfAnotherIn(w.text, w.sents, ix, *f)
			if scan != tc.want || indexed != tc.want {
				t.Errorf("deedOfAnother(%q %q) = %v token by token, %v indexed, want %v", f.Doer, f.Action, scan, indexed, tc.want)
			}
			if ix.first == nil {
				t.Errorf("the index was not read")
			}
			if !ix.current() {
				t.Errorf("the index is not current on the sentences it read")
			}
			old := w.sents[1].toks
			w.sents[1].toks = append([]token(nil), old...)
			if ix.current() {
				t.Errorf("the index is current on a copy of a sentence's tokens")
			}
			w.sents[1].toks = old
		})
	}
}
