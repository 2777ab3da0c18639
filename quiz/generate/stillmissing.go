package generate

// stillMissingCount asks a count of the missing told after a short main
// clause with "with":
//
//	"The toll had climbed to 41 dead with 12 people still missing."
//	  -> "How many people were still missing when the toll had climbed to 41 dead?"
//
// The main clause opens the sentence, is at most 12 words with no comma,
// and opens on its subject (a name or a noun phrase with its article)
// followed by an auxiliary or a past verb; after "missing" the sentence
// ends or a comma follows (what comes after it is left out). The count
// is plural and has no qualifier of its own.
func (w *writer) stillMissingCount(f Fact) (string, bool) {
	toks := w.sents[f.sent].toks
	start := f.c.start
	e := f.c.end
	if f.c.qualifier != "" || f.c.implied || f.c.compound || f.c.partitive || f.c.tally || f.Number < 2 || start < 4 || !toks[start-1].is("with") {
		return "", false
	}
	if e+1 >= len(toks) || !toks[e].is("still") || !toks[e+1].is("missing") || inQuote(toks, start) {
		return "", false
	}
	if e+2 < len(toks) && toks[e+2].text != "." && toks[e+2].text != "," {
		return "", false
	}
	first := w.sents[f.sent].firstWord()
	main := toks[first : start-1]
	if len(main) < 3 || len(main) > 12 {
		return "", false
	}
	a := 0
	for a < len(main) && !endsSubject(main[a]) {
		a++
	}
	if a == 0 || a >= len(main) || !countSubject(main[:a]) {
		return "", false
	}
	for _, t := range main {
		if !t.isWord() {
			return "", false
		}
	}
	return "How many " + f.Noun + " were still missing when " + w.phrase(main, true) + "?", true
}
