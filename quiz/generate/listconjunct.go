package generate

// A phrase after a list of counts may name members of the list as a
// whole: "manages six heritage parks and 40 marine reserves, including
// the Vell Gorge park". The statement that leaves one count out
// (countConjunct) would tie the phrase to the count left: "manages 40
// marine reserves, including the Vell Gorge park" makes the gorge park a
// marine reserve, false on its face whatever the number.

// listBefore reports a count of sentence si ending on a comma just
// before toks[at]: the pair at toks[at] closes a longer list ("40 new
// cases, 16 deaths and nine recoveries"), and leaving one of the pair out
// leaves "40 new cases, nine recoveries", a list without its "and".
func (w *writer) listBefore(si, at int) bool {
	toks := w.sents[si].toks
	if listConjunctOff || at < 2 || toks[at-1].text != "," {
		return false
	}
	for k := range w.facts {
		if h := &w.facts[k]; h.sent == si && h.Kind == Count && h.c.end == at-1 {
			return true
		}
	}
	return false
}

// listConjunctOff switches listRunsOn and listBefore off (tests check
// they fail without them).
var listConjunctOff = false

// listRunsOn reports a phrase from toks[end] on (after a comma or not)
// that names members or a part of the list before it: "including",
// "such as", "among them", "notably", "mostly", "both", "each", "of
// which", "all of", a relative "which" or "whose".
func listRunsOn(toks []token, end int) bool {
	if listConjunctOff {
		return false
	}
	k := end
	if k < len(toks) && (toks[k].text == "," || toks[k].text == "—" || toks[k].text == "(") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	switch {
	case t.is("including", "among", "notably", "especially", "mostly", "mainly", "chiefly", "largely", "both", "each", "which", "whose", "like", "incl"):
		return true
	case t.is("such", "all", "most", "many", "some", "several", "half"):
		return k+1 < len(toks) && toks[k+1].is("as", "of")
	case t.is("of"):
		return k+1 < len(toks) && toks[k+1].is("which", "whom")
	}
	return false
}
