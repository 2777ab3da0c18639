package generate

import (
	"testing"

	"factquiz/quiz"
)

// TestPartsTotalAcross: a fill-in listing the other parts of a whole is
// given away by a question stating the whole; not by a statement stated
// false, nor when no parts add up.
func TestPartsTotalAcross(t *testing.T) {
	fill := "Fill in the number: Police said _____ people had been rescued in the port, 12 in nearby Alva and 5 in the hills on Sunday (12 June)."
	tests := []struct {
		other quiz.Question
		away  bool
	}{
		{quiz.Question{Type: quiz.TrueFalse, Truth: true, Prompt: "According to the article, officials said the number rescued had risen to 57."}, true},
		{quiz.Question{Type: quiz.Single, Prompt: "How many people were rescued after the storm that hit 57 villages?"}, true},
		{quiz.Question{Type: quiz.TrueFalse, Truth: false, Prompt: "According to the article, officials said the number rescued had risen to 57."}, false},
		{quiz.Question{Type: quiz.TrueFalse, Truth: true, Prompt: "According to the article, officials said 90 boats had been sent."}, false},
		{quiz.Question{Type: quiz.TrueFalse, Truth: true, Prompt: "According to the article, the storm struck in 2047."}, false},
	}
	for _, tc := range tests {
		if got := partsTotalAcross(tc.other, fill, 40); got != tc.away {
			t.Errorf("%q: %v, want %v", tc.other.Prompt, got, tc.away)
		}
	}
	// Through the writer: the whole asked beside the parts, and the
	// other way round.
	text := headlineLine + "12 June 2031\n\nThe government said today that the death toll in a storm that struck two towns had risen to 57 and could go higher.\n\n" +
		"Interior Minister Ana Ruiz told reporters that 40 bodies had been found in the port of Alva, 12 in nearby Coria and 5 in outlying villages as a result of the storm on Friday.\n"
	w := writeAll(t, text)
	fi, wi, si, ti := -1, -1, -1, -1 // the fill-in of 40, the one of 57, one stating 57, one stating the parts
	for i, o := range w.offered {
		switch {
		case o.q.Type == quiz.Number && o.item.Answer == "40":
			fi = i
		case o.q.Type == quiz.Number && o.item.Answer == "57":
			wi = i
		case o.q.Type == quiz.Number && o.item.Answer == "2":
			si = i
		case o.q.Type == quiz.TrueFalse && o.q.Truth && containsWords(o.q.Prompt, "40 bodies"):
			ti = i
		}
	}
	if fi < 0 || wi < 0 || si < 0 || ti < 0 {
		t.Fatalf("writer: %d %d %d %d", fi, wi, si, ti)
	}
	if !w.answers(si, fi) {
		t.Errorf("%q not given away by %q", w.offered[fi].q.Prompt, w.offered[si].q.Prompt)
	}
	if !w.answers(ti, wi) {
		t.Errorf("%q not given away by %q", w.offered[wi].q.Prompt, w.offered[ti].q.Prompt)
	}
	// The fill-in of 40 leaves 12 and 5, which make no 57.
	if w.answers(fi, wi) {
		t.Errorf("%q given away by %q", w.offered[wi].q.Prompt, w.offered[fi].q.Prompt)
	}
}
