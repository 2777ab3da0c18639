package generate

// countStartingAt returns the count of sentence si that begins at token
// p, its qualifier included ("about" in "about 400 rescue workers"), if
// it is a figure with its own noun: not a compound ("the 150-seat
// parliament"), not partitive ("51 of the 67 counties") and, unless
// implied is set, not a figure whose noun is read from elsewhere ("and
// 26 were killed"). findCounts starts each count of a sentence at its own
// token and no count starts on a qualifier's word, so at most one matches.
func (w *writer) countStartingAt(si, p int, implied bool) (Fact, bool) {
	for _, g := range w.facts {
		if g.Kind == Count && g.sent == si && g.c.qualifiedStart() == p && !g.c.compound && !g.c.partitive && (implied || !g.c.implied) {
			return g, true
		}
	}
	return Fact{}, false
}
