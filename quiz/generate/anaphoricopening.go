package generate

// anaphoricOpening reports a sentence opening on a preposition and a bare
// "this", "these", "those", "that" or "them" (no noun after it): "Of
// these, 12 were …", "Among them were …", "Despite this, the council …".
// The opening points at the sentence before; copied alone it dangles
// ("According to the article, of this, there were …").
func anaphoricOpening(toks []token, first int) bool {
	if first+2 >= len(toks) || !toks[first].is("of", "among", "from", "despite", "besides", "beyond", "with", "without", "including", "excluding") {
		return false
	}
	if !toks[first+1].is("this", "these", "those", "that", "them", "which") {
		return false
	}
	n := toks[first+2]
	return n.text == "," || auxiliaries[n.lower()]
}
