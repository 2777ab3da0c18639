package generate

import "iter"

// frontedPronoun reports a sentence whose subject is "he", "she" or
// "they" after an opening phrase ("More importantly, he touched the lives
// of …", "Straight on Vienna he had marched …", "After the defeat of
// British forces in 1813, he became …"): the pronoun needs the sentence
// before as much as one opening the sentence does, and a copy or a blank
// left with it asks about no one. A name in the opening phrase is not its
// referent ("Like Maria Olsen, she …"). Only the first twelve tokens are
// looked at; an opening with a verb of its own is a clause ("After Smith
// left, he …", "The teachers said she …"), left to the other rules; and
// the pronoun must be followed by a verb: a past form or an auxiliary.
func frontedPronoun(toks []token, first int) bool {
	// "Under his leadership, Pakistan won …": the possessive is of the
	// man named before (the team is led, not its leader).
	if first+1 < len(toks) && toks[first].is("under") && toks[first+1].is("his", "her", "their") {
		return true
	}
	if nameForPronoun(&toks[first]) {
		return false // the subject's name, put in for its pronoun (referentfor.go): no pronoun fronted
	}
	for k := range openingWords(toks, first) {
		t := &toks[k]
		l := t.lower()
		// A verb before the pronoun: the opening is a clause of its
		// own; left to the other rules. A participle opening ("Having
		// joined the club in 1913, he …") has no subject of its own
		// (participleopening.go).
		if (auxiliaries[l] || pastVerbs[l] != "" || quoteSpeechVerbs[l]) && !participleOpening(toks, first) {
			return false
		}
		if (l == "he" || l == "she" || l == "they") && k+1 < len(toks) {
			n := toks[k+1].lower()
			return auxiliaries[n] || pastVerbs[n] != ""
		}
	}
	return false
}

// openingWords yields the indexes of the words of a sentence's opening
// after toks[first], up to its twelfth token, until a full stop, a colon,
// a semicolon or a quotation mark: where frontedPronoun and frontedIt
// look for the subject after an opening phrase.
func openingWords(toks []token, first int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for k := first + 1; k < len(toks) && k-first <= 12; k++ {
			t := &toks[k]
			if t.punct {
				if t.text == "." || t.text == ";" || t.text == ":" || t.text == "“" || t.text == "\"" {
					return
				}
				continue
			}
			if !yield(k) {
				return
			}
		}
	}
}
