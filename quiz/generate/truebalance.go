package generate

import "factquiz/quiz"

// True-or-false statements are stated true or false by the parity of
// their fact, but a false one needs a wrong value that fits (another
// date, speaker, office or number the article does not give), and where
// none fits the statement is stated true or not at all: most statements
// came out true, and a learner answering "true" to every one scored well
// above chance without reading the article (held-out set 21: 28 of 39
// true). Each statement therefore keeps the way to write its twin, by
// the same rule with the other truth; choose writes twins and puts them
// in the places of the statements of the larger side, latest first, to
// even the sides.

// statedTrue is whether fact f's statement is stated true: by its parity,
// or as its twin's truth while the twin is written.
func (w *writer) statedTrue(f Fact) bool {
	if w.twin > 0 {
		return w.twinTrue
	}
	return parity(f) == 0
}

// withFalseTwin runs a statement rule, and when it offered one statement,
// keeps the way to write its twin, the rule run again with the other
// truth: choose writes it only for a quiz it balances (balanceTruth), as
// writing every twin would cost a sixth more time.
func (w *writer) withFalseTwin(build func() bool) bool {
	n := len(w.offered)
	ok := build()
	if !ok || w.twin > 0 || len(w.offered) != n+1 {
		return ok
	}
	if c := w.offered[n]; c.q.Type != quiz.TrueFalse || c.group != "" {
		return ok
	}
	clause, omit := w.clause, w.omit // the statement's clause or phrase left out (clausestatement.go, omitstatement.go)
	w.offered[n].retell = func() bool {
		w.clause, w.omit = clause, omit
		defer func() { w.clause, w.omit = nil, nil }()
		return build()
	}
	return ok
}

// twinOf writes the twin of offered statement i and returns its index,
// or -1 when the rule cannot state it the other way.
func (w *writer) twinOf(i int) int {
	c := w.offered[i]
	if c.retell == nil {
		return -1
	}
	n := len(w.offered)
	w.twin, w.twinTrue = i+1, !c.q.Truth
	c.retell()
	w.twin, w.twinTrue = 0, false
	if len(w.offered) != n+1 {
		return -1
	}
	return n
}

// sentenceTF offers the sentence statement of a date or count fact
// (sentencetf.go), and its twin.
func (w *writer) sentenceTF(fi int) bool {
	return w.withFalseTwin(func() bool { return w.sentenceTFAs(fi) })
}

// balanceTruth puts twins in the places of chosen statements of the
// larger side (true or false), from the article's end, until the sides
// are even. With an odd number of statements, the side left one ahead is
// false when a true statement has no twin rule (a quotation with nobody else
// to say it, a date no other date fits: those make many quizzes lean
// true), else the first statement's fact's parity. A twin goes in only
// when it clashes with no other question chosen.
func (w *writer) balanceTruth(chosen []int) []int {
	lean, n, first := 0, 0, -1 // lean: true statements less false ones
	for _, i := range chosen {
		if q := w.offered[i].q; q.Type == quiz.TrueFalse {
			n++
			if first < 0 || w.facts[w.offered[i].item.Fact].Start < w.facts[w.offered[first].item.Fact].Start {
				first = i
			}
			if q.Truth {
				lean++
			} else {
				lean--
			}
		}
	}
	want := 0
	if n%2 == 1 {
		want = 1
		if parity(w.facts[w.offered[first].item.Fact]) != 0 {
			want = -1
		}
	}
	if n == 0 || lean == want && want <= 0 {
		return chosen
	}
	twins := map[int]int{} // written once: a statement's twin, -1 for none
	twin := func(i int) int {
		j, ok := twins[i]
		if !ok {
			j = w.twinOf(i)
			twins[i] = j
		}
		return j
	}
	if want > 0 {
		for _, i := range chosen {
			if q := w.offered[i].q; q.Type == quiz.TrueFalse && q.Truth && twin(i) < 0 {
				want = -1 // a true statement with no twin
				break
			}
		}
	}
	if lean == want {
		return chosen
	}
	for x := len(chosen) - 1; x >= 0 && lean != want; x-- {
		i := chosen[x]
		if w.offered[i].q.Type != quiz.TrueFalse || w.offered[i].q.Truth != (lean > want) {
			continue
		}
		j := twin(i)
		if j < 0 || !w.twinFits(j, x, chosen) {
			continue
		}
		chosen[x] = j
		if lean > want {
			lean -= 2
		} else {
			lean += 2
		}
	}
	chosen, _ = w.otherFormForTrue(chosen, lean, want, func(i int) bool { return twin(i) < 0 }) // truelean.go
	return chosen
}

// twinFits is whether twin j may stand in chosen[x]'s place: its prompt
// gives nothing away and no other question chosen gives it away or is
// given away by it.
func (w *writer) twinFits(j, x int, chosen []int) bool {
	if w.givenAway(j) {
		return false
	}
	c := w.offered[j]
	for y, i := range chosen {
		if y == x {
			continue
		}
		if (w.answers(i, j) || w.answers(j, i)) && !w.twoQuoteStatements(i, j) || w.namesAnswer(i, j) || w.namesAnswer(j, i) ||
			w.facts[w.offered[i].item.Fact].sent == w.facts[c.item.Fact].sent && w.partsClash(c, w.offered[i]) {
			return false
		}
	}
	return true
}
