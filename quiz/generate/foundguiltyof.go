package generate

// foundGuiltyOfCount asks the count of an active "found … guilty":
//
//	"Last week a jury found [court report] former treasurer Dana Holt guilty of six charges of theft."
//	  -> "How many charges of theft was former treasurer Dana Holt found guilty of?"
//
// "found" follows a word of its subject (no "was", which convictedCount
// reads), a bracketed link label after it is skipped, and the person
// between it and "guilty" is a name or a noun phrase countSubject takes;
// "guilty" stands right before "of" or "on" and the count, which has no
// qualifier and is the only figure of its noun in the article.
func (w *writer) foundGuiltyOfCount(f Fact) (string, bool) {
	toks := w.sents[f.sent].toks
	p := f.c.start - 1
	if f.c.qualifier != "" || f.c.implied || f.c.partitive || p < 4 || !toks[p].is("of", "on") || !toks[p-1].is("guilty") || w.otherFigureOf(f) || inQuote(toks, f.c.start) {
		return "", false
	}
	k := p - 2
	for k > 0 && k > p-12 && !toks[k].is("found") {
		k--
	}
	if !toks[k].is("found") || k == 0 || toks[k-1].is("was", "were", "been", "be", "is", "are") || !toks[k-1].isWord() {
		return "", false
	}
	s := k + 1
	if toks[s].text == "[" {
		for s < p-1 && toks[s].text != "]" {
			s++
		}
		s++
	}
	who := toks[s : p-1]
	if !countSubject(who) {
		return "", false
	}
	noun := countNounWithOf(f, toks)
	subject := w.phrase(who, who[0].start == toks[w.sents[f.sent].firstWord()].start)
	if toks[p].is("on") {
		return "On how many " + noun + " was " + subject + " found guilty?", true
	}
	return "How many " + noun + " was " + subject + " found guilty of?", true
}
