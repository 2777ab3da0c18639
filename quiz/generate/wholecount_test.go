package generate

import (
	"strings"
	"testing"
)

// TestWholeCount checks the false figures of counts stated as a whole
// ("all 21 coaches" of one train): never tripled, doubled or halved, but
// within a third of the right one; a count not stated as a whole keeps
// the wider factors.
func TestWholeCount(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		noun  string
		whole bool
	}{
		{"all", "All 21 coaches of the night train left the rails near the small station, police said.", "coaches", true},
		{"the", "The 24 members of the board voted for the plan at the meeting in the town hall.", "members", true},
		{"each of the", "Each of the 12 jurors was given a copy of the report before the trial began.", "jurors", true},
		{"compound", "The 150-seat council chamber was full for the vote on the new harbour plan.", "seats", true},
		{"small whole", "All 12 coaches of the morning train were damaged when it left the rails near the bridge.", "coaches", true},
		// Not a whole: a number of things the article counts.
		{"a figure", "Police said 21 people were hurt when the roof of the old market hall fell in.", "people", false},
		{"a bound", "The council said that all more than 40 homes in the valley were left without water.", "homes", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := articleWriter(tc.text, "Test")
			if w == nil {
				t.Fatal("no facts")
			}
			fi := -1
			for i, f := range w.facts {
				if f.Kind == Count && strings.Contains(f.Noun, strings.TrimSuffix(tc.noun, "s")) {
					fi = i
				}
			}
			if fi < 0 {
				t.Fatalf("no count of %s in %v", tc.noun, w.facts)
			}
			f := w.facts[fi]
			if got := wholeCount(w.sents[f.sent].toks, f.c); got != tc.whole {
				t.Fatalf("wholeCount = %v, want %v", got, tc.whole)
			}
			if !tc.whole {
				return
			}
			n := w.wrongCount(fi)
			lo, hi := f.Number*3/4, (f.Number*4+2)/3
			if f.Number < 20 {
				lo, hi = f.Number-2, f.Number+2
			}
			if n < lo || n > hi || n == f.Number {
				t.Errorf("wrong count %d for %d %s, want %d to %d", n, f.Number, f.Noun, lo, hi)
			}
		})
	}
}
