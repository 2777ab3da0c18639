package generate

import "slices"

// A quotation whose sentence names its speaker by a pronoun only ("“…,”
// he said." / "She added: “…”") is proved by two sentences: the one
// before, which names the speaker, and its own. speakerBefore gives the
// byte start of that sentence before, so that the quotation's evidence is
// both, verbatim; -1 when in doubt. It asks that the pronoun be the
// subject of the speech verb (not "the governor" or "the former
// congressman", which may be anyone's office), that the sentence before
// stands in the same paragraph, is no headline or furniture, names the
// speaker outside quotation marks, and that neither sentence names
// another person outside quotation marks.
func (q *qtext) speakerBefore(ev quoteSpeech, si int) int {
	if !ev.pronoun || ev.org || ev.person == "" || si == 0 {
		return -1
	}
	s, ps := q.sents[si], q.sents[si-1]
	if ps.headline || ps.furniture || q.para[q.first[si-1]] != q.para[q.first[si]] ||
		namesSpeaker(q.text[s.start:s.end], ev.person) {
		return -1
	}
	// Every capitalised run outside quotation marks in the two sentences,
	// read loosely as a name: the speaker's, or nobody's (a place, a day,
	// a body). Another person's name, or a surname the article gives to
	// another, leaves the pronoun in doubt.
	var own [8]string
	speaker := appendQuoteNameWords(own[:0], ev.person)
	named := false
	for i := q.first[si-1]; i < q.first[si]+len(s.toks); {
		if q.quoted[i] || !q.runStart(i) {
			i++
			continue
		}
		end := q.runEnd(i)
		if p, org := q.resolve(i, end, true); p != "" && !org {
			var words [8]string
			for _, w := range appendQuoteNameWords(words[:0], p) {
				if !slices.Contains(speaker, w) {
					return -1
				}
			}
			named = named || q.sent[i] == si-1
		}
		i = end
	}
	if !named || !namesSpeaker(q.text[ps.start:ps.end], ev.person) {
		return -1
	}
	return ps.start
}
