package generate

// Two dates, one verb (round 23, "noclause23"): "Tom Reeve was elected to
// the district council in 1969 and then to the new borough council in
// 1973", "Ada Hale received a degree from Leeds in 1951 and a doctorate
// from York in 1962". The second conjunct leaves out its subject and
// verb, so each date had the other in its clause ("no clause: another
// date in the sentence") and neither was asked. Read so, the first date
// is asked with the words before "and", the second with the first
// clause's subject and verb and its own words: "When was Tom Reeve
// elected to the new borough council?".

// gappedDateClause is the clause of date fact f in that shape: exactly
// two dates in the sentence, each with a year and after "in" or "on";
// the first followed at once by "and" (or "and then"); between that and
// the second date's preposition two to twelve words, opened by a
// preposition or a determiner, with no verb, number, pronoun or
// punctuation; the second date ends the sentence.
func (w *writer) gappedDateClause(f Fact) (clause, bool) {
	if f.d.year == 0 || f.d.qual != "" || f.d.prep != "in" && f.d.prep != "on" {
		return clause{}, false
	}
	// Cheap first: the date is followed by "and" or closes the sentence.
	toks := w.sents[f.sent].toks
	if e := f.d.end; e < len(toks) && !toks[e].is("and") && !(e == len(toks)-1 && toks[e].punct) {
		return clause{}, false
	}
	var other *Fact
	for i := range w.facts {
		g := &w.facts[i]
		if g.Kind != Date || g.sent != f.sent || g.Start == f.Start {
			continue
		}
		if other != nil {
			return clause{}, false
		}
		other = g
	}
	if other == nil || other.d.year == 0 || other.d.qual != "" || other.d.prep != "in" && other.d.prep != "on" {
		return clause{}, false
	}
	first, second := f, *other
	if second.d.start < first.d.start {
		first, second = second, first
	}
	and := first.d.end
	if and >= len(toks) || !toks[and].is("and") || inQuote(toks, and) {
		return clause{}, false
	}
	k := and + 1
	if k < len(toks) && toks[k].is("then") {
		k++
	}
	p := second.d.start - 1 // the second date's preposition
	if p-k < 2 || p-k > 12 || !toks[p].is("in", "on") {
		return clause{}, false
	}
	if !prepositions[toks[k].lower()] && !determiners[toks[k].lower()] {
		return clause{}, false
	}
	for _, t := range toks[k:p] {
		if t.punct || finiteVerb(t) || isPronoun(t.lower()) || t.text[0] >= '0' && t.text[0] <= '9' {
			return clause{}, false
		}
	}
	// The second date closes the sentence.
	if e := second.d.end; e < len(toks) && !(e == len(toks)-1 && toks[e].punct) {
		return clause{}, false
	}
	// The first clause, read in the sentence cut before "and".
	cut := append(toks[:and:and], token{start: toks[and-1].end, end: toks[and-1].end, text: ".", low: ".", punct: true})
	w.sents[f.sent].toks = cut
	c, ok := w.readDateClause(first)
	w.sents[f.sent].toks = toks
	if !ok || c.count || c.existential != "" || len(c.rest) == 0 {
		return clause{}, false
	}
	if f.Start == first.Start {
		return c, true
	}
	c.rest = toks[k:p]
	c.prep = toks[p].lower()
	return c, true
}
