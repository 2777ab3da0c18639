package generate

// copyableAnswer is copyable's answer for one sentence, kept with what it
// read: the sentence's tokens (a pronoun's referent or a clause left out
// puts other tokens in their place for a while) and the fact's sentence.
type copyableAnswer struct {
	toks     []token
	sentence string
	start    int
	ok       bool
}

// copyableMemo is copyable, read once per sentence: the date, count and
// name statements of a sentence ask it of each of their facts, and a
// twin asks it again (about two calls in five were repeats on the corpus).
func (w *writer) copyableMemo(f Fact) bool {
	if len(w.copyables) != len(w.sents) {
		w.copyables = make([]copyableAnswer, len(w.sents))
	}
	toks, m := w.sents[f.sent].toks, &w.copyables[f.sent]
	if m.toks != nil && sameSlice(m.toks, toks) && m.sentence == f.Sentence && m.start == f.SentenceStart {
		return m.ok
	}
	ok := w.copyableRead(f)
	*m = copyableAnswer{toks: toks, sentence: f.Sentence, start: f.SentenceStart, ok: ok}
	return ok
}
