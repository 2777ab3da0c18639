package generate

// comparisonBack returns the index of a comparison whose other side is
// outside the words read, or -1: "fell in a similar manner" (similar to
// what?), "had waited longer than that" (than what?). A question built
// from such words cannot be answered without the sentence before.
// "A similar X to Y" and "than that of the year before" name their other
// side and read alone; a quotation is the speaker's and is left to its
// own rules (as pointsBack leaves it).
func comparisonBack(toks []token) int {
	for i, t := range toks {
		if t.punct || len(t.text) < 4 || !t.is("similar", "than", "similarly", "likewise") || inQuote(toks, i) {
			continue
		}
		switch t.lower() {
		case "similar":
			// "a similar manner", "in a similar way", "a similar attack":
			// unless "to" or "as" names the other side just after.
			if i == 0 || !toks[i-1].is("a", "an") {
				continue
			}
			named := false
			for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].punct; k++ {
				if toks[k].is("to", "as") {
					named = true
				}
			}
			if !named {
				return i
			}
		case "than":
			// "longer than that.", "more than those", but not "than that
			// of the year before", "than those who …".
			if i+1 >= len(toks) || !toks[i+1].is("that", "this", "these", "those") {
				continue
			}
			if i+2 < len(toks) && toks[i+2].is("of", "who", "which", "whose") {
				continue
			}
			return i
		default:
			// "Similarly, …", "Likewise, …" opening the words read.
			if i == 0 {
				return i
			}
		}
	}
	return -1
}
