package generate

// looseMemo is looseTitles' answer on an office, with the tokens of every
// sentence it read: the writer puts other tokens in a sentence for a
// while (withReferent, a connective cut), and then it is read anew.
type looseMemo struct {
	toks  []*token // each sentence's first token read (held: never reused while kept)
	lens  []int
	found []looseTitle
}

// looseTitles is looseTitlesRead, read once per office: personChoices
// asks it for every leader with wrong choices to find.
func (w *writer) looseTitles(office string) []looseTitle {
	if m, ok := w.looseMemo[office]; ok && w.sameTokens(m.toks, m.lens) {
		return m.found
	}
	m := looseMemo{toks: make([]*token, len(w.sents)), lens: make([]int, len(w.sents))}
	for si, s := range w.sents {
		if len(s.toks) > 0 {
			m.toks[si] = &s.toks[0]
		}
		m.lens[si] = len(s.toks)
	}
	m.found = w.looseTitlesRead(office)
	if w.looseMemo == nil {
		w.looseMemo = map[string]looseMemo{}
	}
	w.looseMemo[office] = m
	return m.found
}

// sameTokens reports whether every sentence holds the tokens it held
// when toks and lens were taken.
func (w *writer) sameTokens(toks []*token, lens []int) bool {
	if len(toks) != len(w.sents) {
		return false
	}
	for si, s := range w.sents {
		if lens[si] != len(s.toks) || len(s.toks) > 0 && toks[si] != &s.toks[0] {
			return false
		}
	}
	return true
}
