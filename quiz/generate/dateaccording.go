package generate

// openingAccordingEnd returns the index of the comma that closes an
// attribution opening the sentence at first ("According to a spokesman
// for the council, the workers, …, began …"), or -1. The attribution is
// no part of the clause's subject: the subject follows its comma.
func openingAccordingEnd(toks []token, first int) int {
	if first+2 >= len(toks) || !toks[first].is("according") || !toks[first+1].is("to") {
		return -1
	}
	for k := first + 2; k < len(toks) && k-first <= 14; k++ {
		if toks[k].text == "," {
			if k == first+2 {
				return -1
			}
			return k
		}
		if !toks[k].isWord() && toks[k].text != "'" && toks[k].text != "’" {
			return -1
		}
	}
	return -1
}
