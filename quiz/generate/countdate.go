package generate

// afterCountDate is where the subject of a count's clause begins, from
// a (its clause's start) to b (its verb), past a date that opens the
// clause without a comma: "On 4th September 2003 Tom Smith was sentenced
// to four years" asks "How many years was Tom Smith sentenced to?", not
// "How many years was on 4th September 2003 Tom Smith sentenced to?".
// The caller refuses what remains when it is no subject ("On 4th
// September 2003 he was sentenced …" leaves "he").
func (w *writer) afterCountDate(f Fact, a, b int) int {
	toks := w.sents[f.sent].toks
	return afterOpeningDate(toks, a, b, datesOf(w.facts, f.sent, toks))
}
