package generate

// andPronounSubject is the sentence's subject for a "he" or "she" opening
// a second clause after "and": "Ada Hale was elected mayor in 1868, and
// she was reelected in 1872" asks "When was Ada Hale reelected?". The
// subject is a name of two to four capitalised words opening the
// sentence (or its main clause after an opening phrase) before its
// verb, and no other capitalised word or pronoun comes between it and
// the pronoun at toks[cs], which might be the one meant. nil otherwise.
// A name of another person in the sentence before might be the one
// meant as well ("Tom Reeve lost. Ada Hale won in 1868, and he retired
// in 1872"): then nil too.
func (w *writer) andPronounSubject(si int, toks []token, first, cs int) []token {
	name := andPronounName(toks, first, cs)
	if name == nil || si == 0 {
		return name
	}
	prev := w.sents[si-1].toks
	for k := 0; k+1 < len(prev); k++ {
		if prev[k].cap() && prev[k+1].cap() && prev[k].isWord() && prev[k+1].isWord() && !prev[k].is("The", "A", "An", "In", "On", "At", "By") {
			j := k
			for j < len(prev) && prev[j].cap() && prev[j].isWord() {
				j++
			}
			if !sameWords(prev[k:j], name) {
				return nil
			}
			k = j
		}
	}
	return name
}

func andPronounName(toks []token, first, cs int) []token {
	// "… when he appeared in court on 4 March": dateclauses.go.
	if cs < first+4 || cs >= len(toks) || !toks[cs].is("he", "she") || toks[cs].cap() || !toks[cs-1].is("and", "when") {
		return nil
	}
	b := first
	// "In 1868, Ada Hale was elected …": past an opening phrase.
	if prepositions[toks[b].lower()] {
		for b < cs && toks[b].text != "," {
			b++
		}
		b++
	}
	e := b
	for e < cs && toks[e].isWord() && toks[e].cap() {
		e++
	}
	v := e
	if toks[cs-1].is("when") {
		v = addressAsideEnd(toks, e) // "Tom Reeve, 38, of Leith, wept when he …"
	}
	if n := e - b; n < 2 || n > 4 || v >= cs || !(pastVerbs[toks[v].lower()] != "" || toks[v].is("was", "had", "did")) || toks[v].cap() {
		return nil
	}
	for k := v; k < cs-1; k++ {
		t := toks[k]
		if t.cap() || isPronoun(t.lower()) || t.is("his", "her", "him") || t.text == ";" || t.text == ":" || inQuote(toks, k) {
			return nil
		}
	}
	return toks[b:e]
}
