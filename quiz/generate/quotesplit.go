package generate

import "strings"

// Quotations split by their attribution: “We are ready,” she said, “to go
// back to work.” The second part goes on with the first sentence the
// speaker said: it is no quotation of its own ("Who said “to go back to
// work”?" asks a fragment), and the first part is asked alone only when
// it is a whole clause, not when the words after the attribution complete
// it ("We are ready | to go back", "a deal | with the union").

// splitGoesOn reports a quotation sp that opens, in lower case, in the
// sentence of the speech verb that attributed the quotation before it
// (verb, that quotation closing at prev), just after that verb's clause
// and a comma: the second part of a split quotation.
func (q *qtext) splitGoesOn(sp quoteSpan, ev quoteSpeech, verb, prev int) bool {
	if ev.verb != verb || sp.open <= verb || prev >= verb || sp.open-prev > 12 || sp.open+1 >= len(q.toks) ||
		q.sent[sp.open] != q.sent[verb] || q.toks[sp.open-1].text != "," {
		return false
	}
	for k := prev + 1; k < sp.open; k++ {
		// Only the attribution between the parts: "…,” she said, “…".
		if q.quoted[k] || q.toks[k].punct && k != prev+1 && k != sp.open-1 {
			return false
		}
	}
	t := q.toks[sp.open+1]
	return t.isWord() && !t.cap()
}

// splitCut reports a quotation fact whose words go on after its
// attribution with a phrase that completes them (“We are ready,” she
// said, “to go …”): its first part alone is cut.
func splitCut(f Fact) bool {
	// The first part hands over to the attribution with a comma.
	first, ok := strings.CutSuffix(strings.Trim(f.Text, "“”\"‘’' "), ",")
	if !ok || first == "" {
		return false
	}
	rest, ok := strings.CutPrefix(f.Quotation, first+" ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.ToLower(strings.Trim(w, ",;:.!?"))
	return quotePhraseStarts[w] && w != "and" && w != "but" && w != "or"
}
