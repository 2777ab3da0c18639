package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// offeredOn writes every question the generator offers for text.
func offeredOn(t *testing.T, text string) *writer {
	t.Helper()
	text, _, err := checkText(text)
	if err != nil {
		t.Fatal(err)
	}
	w := writerOf(text)
	w.write()
	return w
}

// TestTwinQuoteFits: a false twin crediting a quotation to the speaker of
// another quotation's statement stands beside it (the rule,
// twoQuoteStatements); the rule lets no true twin through.
func TestTwinQuoteFits(t *testing.T) {
	w := offeredOn(t, "The two bakeries agreed to merge on Monday after a year of talks. "+
		"“This merger gives our bakers a larger kitchen and a wider market for our bread,” said Mara Vellin, the chief executive of Northloaf. "+
		"“We will keep every shop open and every oven warm through the winter,” said Oskar Brede, the chairman of Crumbworks. "+
		"The merged company will employ about 900 people in the region.")
	// Each quotation's statement and its twin: the true one and the false one.
	type pair struct{ yes, no int }
	var pairs []pair
	for i := range w.offered {
		c := w.offered[i]
		if c.q.Type != quiz.TrueFalse || w.facts[c.item.Fact].Kind != Quote || c.retell == nil {
			continue
		}
		j := w.twinOf(i)
		if j < 0 {
			t.Fatalf("no twin for %q", c.q.Prompt)
		}
		p := pair{i, j}
		if !c.q.Truth {
			p = pair{j, i}
		}
		pairs = append(pairs, p)
	}
	if len(pairs) != 2 {
		t.Fatalf("%d quotation statements with a twin, want 2", len(pairs))
	}
	for _, tc := range []struct {
		name   string
		in     int   // the statement put in chosen[0]'s place
		chosen []int // the quiz: chosen[0] is replaced
		want   bool
	}{
		{"false twin beside the other speaker's true statement", pairs[0].no, []int{pairs[0].yes, pairs[1].yes}, true},
		{"false twin beside the other speaker's false statement", pairs[0].no, []int{pairs[0].yes, pairs[1].no}, true},
	} {
		if got := w.twinFits(tc.in, 0, tc.chosen); got != tc.want {
			t.Errorf("%s: %q beside %q fits %v, want %v", tc.name, w.offered[tc.in].q.Prompt, w.offered[tc.chosen[1]].q.Prompt, got, tc.want)
		}
	}
	// A true twin is not let through by the rule: it names the real
	// speaker of words another statement credits to someone else.
	if w.twoQuoteStatements(pairs[1].no, pairs[0].yes) {
		t.Errorf("a true twin %q beside %q let through", w.offered[pairs[0].yes].q.Prompt, w.offered[pairs[1].no].q.Prompt)
	}
	if !w.twoQuoteStatements(pairs[1].yes, pairs[0].no) {
		t.Errorf("a false twin %q beside %q not let through", w.offered[pairs[0].no].q.Prompt, w.offered[pairs[1].yes].q.Prompt)
	}
}

// TestOtherFormForTrue: a true statement with no twin gives its place to
// a real question on its fact while the quiz leans true, and keeps it
// when the quiz does not.
func TestOtherFormForTrue(t *testing.T) {
	w := offeredOn(t, "The county council opened the new bridge over the river in 1986 after three years of work. "+
		"The bridge carries about 12,000 cars a day.")
	st := -1
	for i, c := range w.offered {
		if c.q.Type == quiz.TrueFalse && c.q.Truth && c.twin == 0 && w.facts[c.item.Fact].Kind == Date {
			st = i
			break
		}
	}
	if st < 0 {
		t.Fatal("no true statement on the date offered")
	}
	noTwin := func(int) bool { return true }
	for _, tc := range []struct {
		name       string
		lean, want int
		replaced   bool
	}{
		{"leaning true", 1, -1, true},
		{"even", 0, 0, false},
		{"true ahead as wanted", 1, 1, false},
	} {
		got, _ := w.otherFormForTrue([]int{st}, tc.lean, tc.want, noTwin)
		c := w.offered[got[0]]
		if (got[0] != st) != tc.replaced {
			t.Errorf("%s: %q in the statement's place, replaced %v, want %v", tc.name, c.q.Prompt, got[0] != st, tc.replaced)
		}
		if tc.replaced && (c.item.Fact != w.offered[st].item.Fact || c.q.Type == quiz.TrueFalse || strings.HasPrefix(c.q.Prompt, "Fill in")) {
			t.Errorf("%s: %q is no real question on the statement's fact", tc.name, c.q.Prompt)
		}
	}
}

// TestAnswerStandsOut: an answer of another first word than all its wrong
// choices stands out; one among mixed choices does not.
func TestAnswerStandsOut(t *testing.T) {
	q := func(answer string, wrong ...string) quiz.Question {
		cs := []quiz.Choice{{Text: answer, Correct: true}}
		for _, w := range wrong {
			cs = append(cs, quiz.Choice{Text: w})
		}
		return quiz.Question{Type: quiz.Single, Choices: cs}
	}
	for _, tc := range []struct {
		q    quiz.Question
		want bool
	}{
		{q("Emir of Kuwait", "President of Chile", "President of Peru", "President of the league"), true},
		{q("Governor of Ohio", "Mayor of Dayton", "Mayor of Akron"), true},
		{q("President of Chile", "President of Peru", "Emir of Kuwait", "President of the league"), false},
		{q("Chairman of the union", "Mayor of Dayton", "President of Peru", "Governor of Ohio"), false},
		{q("1986", "1984", "1989", "1991"), false},
	} {
		if got := answerStandsOut(tc.q); got != tc.want {
			t.Errorf("%v: stands out %v, want %v", tc.q.Choices, got, tc.want)
		}
	}
}
