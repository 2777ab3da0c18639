package generate

// openingClausePronouns reports a sentence that opens with a subordinate
// clause whose subject is a pronoun and goes on, after the clause's comma,
// with a main clause whose subject is a pronoun too ("Even though it has
// won seven of the last nine elections, it may be hard-pressed …",
// "Although they lost, they …"): neither pronoun has its referent in the
// sentence, so the sentence does not read alone, and a statement copied
// from it asks about no one. A name after the comma is the pronoun's
// referent ("Although she lost, Smith …"): the sentence reads alone; an
// empty "it" ("Although it is likely that …") is no pronoun.
func openingClausePronouns(toks []token, first int) bool {
	k := first
	if k+1 < len(toks) && toks[k].is("even") && toks[k+1].is("though", "if", "as", "when") {
		k++
	}
	if k+2 >= len(toks) || !toks[k].is("although", "though", "while", "whilst", "when", "because", "if", "after", "before", "since", "as", "once", "until", "unless", "whereas") {
		return false
	}
	p := k + 1
	if !toks[p].is("it", "he", "she", "they") || emptyIt(toks[p:]) {
		return false
	}
	if n := toks[p+1].lower(); !auxiliaries[n] && pastVerbs[n] == "" {
		return false
	}
	for c := p + 2; c+1 < len(toks) && c-first <= 40; c++ {
		switch toks[c].text {
		case ",":
			m := toks[c+1]
			return m.is("it", "he", "she", "they", "its", "his", "her", "their") && !m.cap()
		case ".", ";", ":", "“", "\"":
			return false
		}
	}
	return false
}
