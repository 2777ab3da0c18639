package generate

// aloneRead is standsAlone's answer on a sentence, with the tokens it
// read: the writer puts other tokens in a sentence for a while
// (withReferent, a connective cut in copyable), and they are read anew.
type aloneRead struct {
	toks  *token // the first of the tokens read (held: never reused while kept)
	n     int
	alone bool
}

// standsAlone is standsAloneRead, read once per sentence and tokens:
// copyable, dateBlank and countBlank ask of the same sentence for every
// fact in it.
func (w *writer) standsAlone(si int) bool {
	toks := w.sents[si].toks
	if len(toks) == 0 {
		return w.standsAloneRead(si)
	}
	if len(w.aloneMemo) != len(w.sents) {
		w.aloneMemo = make([]aloneRead, len(w.sents))
	}
	if m := &w.aloneMemo[si]; m.toks == &toks[0] && m.n == len(toks) {
		return m.alone
	}
	alone := w.standsAloneRead(si)
	w.aloneMemo[si] = aloneRead{&toks[0], len(toks), alone}
	return alone
}
