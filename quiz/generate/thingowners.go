package generate

// A definition may name two owners joined by "and": "The Battle of Wavre
// was the final major action of the Hundred Days campaign and the
// Napoleonic Wars." The second, after "and" or "and the", belongs to the
// same "of" as the first, so neither is a thing a later "It" may stand
// for.

// coordinatedOwner reports that the name at i follows "and" or "and the"
// right after the owner's phrase before it: only lower-case words that
// close that phrase ("campaign") lie between (the caller knows the name
// before was an owner's).
func (q *qtext) coordinatedOwner(from, i int) bool {
	k := i - 1
	if k > from && q.toks[k].is("the") {
		k--
	}
	if k <= from || !q.toks[k].is("and") {
		return false
	}
	for k--; k >= from && k >= i-6; k-- {
		t := q.toks[k]
		switch {
		case t.cap():
			return true
		case t.punct || prepositions[t.lower()] || q.verbLike(k) || t.is("that", "which", "who", "whose", "while"):
			return false
		}
	}
	return false
}
