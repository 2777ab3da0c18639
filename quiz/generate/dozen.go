package generate

// dozenAt reads "a dozen" at toks[i] as 12 ("a dozen countries"), the
// index after it and whether it was read. "Half a dozen" is left alone
// (the "a" is no number of its own), as are "dozens" (no figure) and
// "a dozen or so". A number before "dozen" ("two dozen witnesses") is
// a scale numberAt reads (scales["dozen"]): 24 witnesses, not 2 "dozen
// witnesses".
func dozenAt(toks []token, i int) (value, end int, ok bool) {
	// numberAt asks of every token: a word of one letter first.
	if i+1 >= len(toks) || len(toks[i].text) != 1 || !toks[i].is("a") || !toks[i+1].is("dozen") {
		return 0, 0, false
	}
	if i > 0 && toks[i-1].is("half") || i+3 < len(toks) && toks[i+2].is("or") && toks[i+3].is("so", "more", "two") {
		return 0, 0, false
	}
	return 12, i + 2, true
}
