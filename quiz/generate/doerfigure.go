package generate

// A doer question whose prompt names a date or a count of its own
// sentence ("Who reported 15 deaths on Tuesday?") was refused up front
// (actor) before round 18, even where no question asked that date or
// count. It is offered now, and choose keeps one of the two: the doer
// question, a real question, in place of the one statement or fill-in
// it gives away; but where it would leave two or more other facts
// unasked it waits until they are taken (figureDoerWaits).

// figureDoer reports an offered doer question whose prompt names a date
// or a count of its own sentence.
func (w *writer) figureDoer(i int) bool {
	c := w.offered[i]
	f := w.facts[c.item.Fact]
	return c.group == "" && f.Kind == Actor && w.namesOtherFact(c.q.Prompt, f)
}

// figureDoerWaits reports whether figure doer question i, taken now,
// would leave two or more facts not yet asked with no question that it
// does not give away or is given away by (keyOf: each offered question's
// fact key; done: the keys asked).
func (w *writer) figureDoerWaits(i int, ordered []string, byFact map[string][]int, keyOf map[int]string, done map[string]bool) bool {
	n := 0
	for _, k := range ordered {
		if done[k] || k == keyOf[i] {
			continue
		}
		left := false
		for _, j := range byFact[k] {
			if !w.answers(i, j) && !w.answers(j, i) {
				left = true
				break
			}
		}
		if !left {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}
