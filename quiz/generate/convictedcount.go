package generate

// convictedCount asks the number of charges a verdict counts when the
// time of the verdict stands between the verb and the count: "Kilpatrick,
// 43, was convicted in March of two dozen criminal counts following …"
// gives "How many criminal counts was Kilpatrick convicted of?" and
// "Langford was convicted in October 2009 of 60 counts of corruption"
// "How many counts of corruption was Langford convicted of?". The time
// is left out (the date question asks it), as is what follows the
// count's noun; a second figure of the noun in the article, a pronoun
// subject or a qualifier gives nothing; "on four counts" is asked "On
// how many counts …?". The count with nothing between
// verb and preposition is countClause's (prepCountClause).
func (w *writer) convictedCount(f Fact) (string, bool) {
	toks := w.sents[f.sent].toks
	p := f.c.start - 1
	if f.c.qualifier != "" || f.c.implied || p < 4 || !toks[p].is("of", "on") || w.otherFigureOf(f) {
		return "", false
	}
	// Back over the time to the verb: "in March", "in October 2009",
	// "on Thursday", "Thursday".
	dateTok := datesOf(w.facts, f.sent, toks)
	k := p - 1
	for k > 0 && (dateTok[k] || weekdays[toks[k].text] || toks[k].is("in", "on", "last", "earlier", "this", "week", "month", "year", "night", "yesterday", "today")) {
		k--
	}
	if k == p-1 {
		return "", false
	}
	var verb string
	switch {
	case toks[k].is("convicted") && toks[k-1].is("was", "were"):
		verb = "convicted"
	case toks[k].is("guilty") && k >= 2 && toks[k-1].is("found") && toks[k-2].is("was", "were"):
		verb, k = "found guilty", k-1
	default:
		return "", false
	}
	aux := k - 1
	end := aux
	// "Kilpatrick, 43, was": the age between commas is left out.
	if end >= 3 && toks[end-1].text == "," && isNumberWord(toks[end-2]) && toks[end-3].text == "," {
		end -= 3
	}
	who := toks[w.afterCountDate(f, clauseStart(toks, end), end):end]
	if !countSubject(who) {
		return "", false
	}
	noun := countNounWithOf(f, toks)
	first := toks[w.sents[f.sent].firstWord()].start
	subject := w.phrase(who, who[0].start == first)
	// "On how many counts was … convicted?", as prepCountClause asks it.
	if toks[p].is("on") {
		return "On how many " + noun + " " + toks[aux].lower() + " " + subject + " " + verb + "?", true
	}
	return "How many " + noun + " " + toks[aux].lower() + " " + subject + " " + verb + " of?", true
}

// countSubject reports a subject a count question can name: a name or a
// noun phrase with its article, up to eight tokens, no pronoun, no verb,
// no time word and no punctuation but a name's full stop or apostrophe.
func countSubject(who []token) bool {
	if len(who) == 0 || len(who) > 8 || pronouns[who[0].lower()] || who[0].is("him", "her", "them") {
		return false
	}
	for _, t := range who {
		if t.punct && t.text != "." && t.text != "’" && t.text != "'" || auxiliaries[t.lower()] || pastVerbs[t.lower()] != "" && !t.cap() || timeAdverbs[t.lower()] || weekdays[t.text] {
			return false
		}
	}
	return who[0].cap() || who[0].is("the", "a", "an", "former")
}

// countNounWithOf is a count's noun with the "of" phrase after it, one or
// two plain words: "60 counts of corruption".
func countNounWithOf(f Fact, toks []token) string {
	noun := f.Noun
	if e := f.c.end; e+1 < len(toks) && toks[e].is("of") && nounWord(toks[e+1]) {
		n := 2
		if e+2 < len(toks) && nounWord(toks[e+2]) {
			n = 3
		}
		noun += spaced(toks[e : e+n])
	}
	return noun
}
