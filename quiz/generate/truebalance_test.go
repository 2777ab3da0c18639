package generate

import (
	"testing"

	"factquiz/quiz"
)

// TestBalanceTruth offers the statements of an article, chooses every
// statement of one truth that can be stated the other way, and checks that choose's
// balance leaves the true and false ones at most one apart, each
// statement or its twin in its place.
func TestBalanceTruth(t *testing.T) {
	text := "The council opened 14 new libraries across the county last year. The mayor said the plan had cost the town 45 schools. " +
		"Rescuers pulled 38 people from the river on Tuesday. The league fielded 26 teams in its first season. " +
		"The factory laid off 320 workers after the storm. The hospital treated 72 patients overnight. " +
		"The club sold 9,400 tickets for the final. The museum lent 61 paintings to the gallery. " +
		"The ferry carried 230 passengers on its first crossing. The orchestra played 17 concerts in the spring."
	text, _, err := checkText(text)
	if err != nil {
		t.Fatal(err)
	}
	sents := splitSentences(text, tokenize(text))
	w := newWriter(text, sents, extract(text, sents))
	w.write()
	offered := len(w.offered)
	twinned := map[int]bool{}
	for i := range offered {
		if w.offered[i].retell != nil {
			if j := w.twinOf(i); j >= 0 {
				twinned[i] = true
				w.offered = w.offered[:j] // written again by balanceTruth
			}
		}
	}
	for _, truth := range []bool{true, false} {
		var chosen []int
		facts := map[int]bool{}
		for i, c := range w.offered[:offered] {
			if c.twin == 0 && c.q.Type == quiz.TrueFalse && c.q.Truth == truth && twinned[i] && !facts[c.item.Fact] {
				chosen = append(chosen, i)
				facts[c.item.Fact] = true
			}
		}
		if len(chosen) < 3 {
			t.Fatalf("%d statements stated %v with a twin, want 3 or more to balance", len(chosen), truth)
		}
		n := len(chosen)
		w.offered = w.offered[:offered]
		got := w.balanceTruth(append([]int(nil), chosen...))
		lean := 0
		for k, i := range got {
			c := w.offered[i]
			if i != chosen[k] && c.twin-1 != chosen[k] {
				t.Errorf("statement %d replaced by %q, not its twin", k, c.q.Prompt)
			}
			if c.q.Truth {
				lean++
			} else {
				lean--
			}
		}
		if lean > 1 || lean < -1 {
			t.Errorf("%d statements stated %v: %+d true over false after the balance, want at most one apart", n, truth, lean)
		}
	}
}
