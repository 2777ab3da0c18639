package generate

// presenceCount reads a count after "has a presence in" that ends its
// sentence, the sentence's subject a name that opens it:
//
//	"Amcol, based in Illinois, is a maker of clays and has a presence in 26 countries."
//	  -> "In how many countries does Amcol have a presence?"
//
// The object between "has" and "in" is "a" or "an" and one or two lower
// case words; the subject is one to four capitalised words before the
// first comma or before "has", not "The" (the name keeps its capital). A qualified count ("more than 26") is
// left alone: the prompt would have to keep it.
func (w *writer) presenceCount(f Fact, toks []token, start int) (clause, bool) {
	if f.c.qualifier != "" || start < 4 || !toks[start-1].is("in") {
		return clause{}, false
	}
	if e := f.c.end; e < len(toks) && toks[e].text != "." {
		return clause{}, false
	}
	v := -1
	for k := start - 3; k >= 0 && k >= start-4; k-- {
		if toks[k].is("has", "have") {
			v = k
			break
		}
	}
	if v < 1 || !toks[v+1].is("a", "an") {
		return clause{}, false
	}
	for _, t := range toks[v+2 : start-1] {
		if !t.isWord() || t.cap() {
			return clause{}, false
		}
	}
	first := w.sents[f.sent].firstWord()
	end := first
	for end < v && toks[end].isWord() && toks[end].cap() {
		end++
	}
	if end == first || end-first > 4 || !(toks[end].text == "," || end == v) {
		return clause{}, false
	}
	// Between the subject and "has": an aside and one clause joined by
	// "and", no relative or second subject.
	if end < v {
		if !toks[v-1].is("and") {
			return clause{}, false
		}
		for _, t := range toks[end:v] {
			if t.is("who", "which", "that", "said", "says", "while", "but") || t.text == "\"" || t.text == "“" {
				return clause{}, false
			}
		}
	}
	do := "does"
	if toks[v].is("have") {
		do = "do"
	}
	if toks[first].is("the", "a", "an", "its", "this") {
		return clause{}, false
	}
	c := clause{subject: toks[first:end], count: true}
	c.verb = []token{{text: do}, {text: "have"}}
	c.prep, c.rest = "in", toks[v+1:start-1]
	return c, true
}
