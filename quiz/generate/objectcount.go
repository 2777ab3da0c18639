package generate

// objectCount reports a count read as a clause's subject that is the
// object of a verb before it: "to fill the estimated 50,000 trials
// conducted every year" has "the 50,000 trials" after "fill", and "How
// many trials conducted every year?" lacks its verb. The count follows
// "the" (and perhaps "estimated" or "expected") after a lower-case word
// that opens no clause.
func objectCount(toks []token, start int) bool {
	k := start - 1
	if k >= 0 && toks[k].is("estimated", "expected", "projected", "reported") {
		k--
	}
	if k < 1 || !toks[k].is("the") {
		return false
	}
	v := toks[k-1]
	return v.isWord() && !v.cap() && !v.is("and", "but", "or", "that", "which", "while", "when", "after", "before", "as", "because", "since", "if", "where", "of", "with", "among")
}
