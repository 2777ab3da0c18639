package generate

import (
	"strings"

	"factquiz/quiz"
)

// A true statement with no false form (a quotation with nobody else to
// credit, a date no other date fits) has no twin for balanceTruth to put
// in its place, and quizzes with such statements still leaned true: set
// 14, 23 of 36 true. Where a quiz still leans true after the twins, such
// a statement gives its place to another form of the same fact, a real
// question ("When did …?", "Who said …?") offered but not chosen, when
// that question fits beside the others.

// otherFormForTrue puts, from the article's end, another form of the same
// fact in the place of chosen true statements without a twin (noTwin)
// while the quiz has more true statements than false ones and more than
// want; it returns the quiz and its lean (true statements less false).
func (w *writer) otherFormForTrue(chosen []int, lean, want int, noTwin func(int) bool) ([]int, int) {
	for x := len(chosen) - 1; x >= 0 && lean > want && lean > 0; x-- {
		i := chosen[x]
		c := w.offered[i]
		if c.q.Type != quiz.TrueFalse || !c.q.Truth || c.group != "" || c.later != 0 || !noTwin(i) { // an order statement stands for two facts
			continue
		}
		if j := w.otherForm(i, x, chosen); j >= 0 {
			chosen[x] = j
			lean--
		}
	}
	return chosen, lean
}

// otherForm is an offered real question (not a statement, not a fill-in)
// on offered question i's fact that may stand in chosen[x]'s place, or -1.
func (w *writer) otherForm(i, x int, chosen []int) int {
	fi := w.offered[i].item.Fact
	for j, c := range w.offered {
		if j == i || c.item.Fact != fi || c.group != "" || c.twin > 0 || c.q.Type == quiz.TrueFalse || c.style() != 2 {
			continue
		}
		if !answerStandsOut(c.q) && w.twinFits(j, x, chosen) && !w.thinned(j, chosen) {
			return j
		}
	}
	return -1
}

// answerStandsOut reports a question whose wrong choices all begin with
// one word and whose answer begins with another: "Emir of Qatar" among
// three presidents is found without the article. (The statement it would
// replace asked nothing of the kind: that question stays out.)
func answerStandsOut(q quiz.Question) bool {
	first, answer, wrong := "", "", 0
	for _, ch := range q.Choices {
		fw, _, _ := strings.Cut(ch.Text, " ")
		if ch.Correct {
			answer = fw
			continue
		}
		if wrong > 0 && fw != first {
			return false
		}
		first = fw
		wrong++
	}
	return wrong >= 2 && answer != first
}

// twoQuoteStatements reports statement i and twin j crediting two
// quotations, the twin falsely: a twin that credits other words to
// statement i's speaker ("Roland Smith said “This is a transformational
// acquisition …”" beside "Roland Smith said “This transaction delivers
// great value”", the first Ron Sargent's words) names that speaker
// without telling whether either statement is true, so it stands beside
// it. A true twin may not: "Simmons said “When I heard the boom …”"
// beside "Woodall said “I heard about three booms”" tells whose words
// those are.
func (w *writer) twoQuoteStatements(i, j int) bool {
	ci, cj := &w.offered[i], &w.offered[j]
	return ci.q.Type == quiz.TrueFalse && cj.q.Type == quiz.TrueFalse && !cj.q.Truth &&
		w.facts[ci.item.Fact].Kind == Quote && w.facts[cj.item.Fact].Kind == Quote && ci.item.Fact != cj.item.Fact
}
