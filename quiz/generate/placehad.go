package generate

import "slices"

// hadPlaceClause asks where the subject had an event, as diplomatic news
// writes a meeting: "Sato and Lee had an informal meeting in Seoul" gives
// "did Sato and Lee have an informal meeting". "had" is no past verb of
// the place's clause readers (it is mostly an auxiliary: "had died", "had
// to leave", "had been held"); here it must be followed by a noun phrase
// that holds an event noun (meeting, talks, summit …) and ends at the
// place, with no verb or comma in it. Quotation marks around the event
// ("an “informal meeting”") are left out of the question. The subject is
// a noun phrase without a verb, a comma or a pronoun.
func (w *writer) hadPlaceClause(toks []token, p int) []string {
	// The quotation marks of a quoted event would open a clause of their
	// own: the words are read without them.
	if k := slices.IndexFunc(toks[:p], isQuoteMark); k >= 0 {
		plain := make([]token, 0, len(toks))
		for i, t := range toks {
			if i == p {
				p = len(plain)
			}
			if !isQuoteMark(t) {
				plain = append(plain, t)
			}
		}
		toks = plain
	}
	cs := clauseStart(toks, p)
	first := firstWordIn(toks)
	v := -1
	for k := cs + 1; k < p; k++ {
		if toks[k].text == "had" {
			v = k
			break
		}
	}
	if v < 0 || v+1 >= p || isParticiple(toks[v+1].lower()) || toks[v+1].is("been", "to", "not", "never", "already", "also") {
		return nil
	}
	subj := toks[cs:v]
	for _, t := range subj {
		if t.punct || auxiliaries[t.lower()] || pastVerbs[t.lower()] != "" && !t.cap() {
			return nil
		}
	}
	c := clause{subject: subj, firstIsStart: cs == first}
	if !namedOrThing(subj) {
		return nil
	}
	var rest []token
	event := false
	for _, t := range withoutDateAdjunct(toks[v+1 : p]) {
		l := t.lower()
		if t.punct || auxiliaries[l] || pastVerbs[l] != "" || t.is("and", "or", "to", "that", "which", "who") {
			return nil
		}
		event = event || eventNouns[l]
		rest = append(rest, t)
	}
	if !event || len(rest) > 8 {
		return nil
	}
	c.rest = rest
	if !c.ok() {
		return nil
	}
	return []string{"did " + w.phrase(subj, c.firstIsStart) + " have " + joinTokens(rest)}
}

// isQuoteMark reports a quotation mark token.
func isQuoteMark(t token) bool {
	switch t.text {
	case "“", "”", "\"", "‘", "’":
		return true
	}
	return false
}
