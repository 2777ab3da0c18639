package generate

// Counts of people a disaster or an attack "left" in a state: "The
// earthquake has also left 199 injured and damaged 6,381 houses" and
// "The storm left 40 people homeless in Varna". The bare number ("left
// 199 injured") counts people (impliedPeople reads it through
// leftStateBare); both are asked with the state after the verb: "How
// many people has the earthquake left injured?", "How many people did
// the storm leave homeless in Varna?". The subject opens the sentence
// and is no pronoun; a second verb joined by "and" after the state is
// left out, and a phrase of place or time after it is kept.

// leftStates are the states "left" puts the counted people in.
var leftStates = setOf(`dead|injured|wounded|hurt|homeless|missing|stranded|displaced`)

// leftStateOff switches the rule off (tests check they fail without it).
var leftStateOff = false

// leftStateBare reports a bare number toks[b:end] (its qualifier from
// b) after "left" and before a state of leftStates, the state ending
// the clause or followed by "and" and a verb or a phrase of place or
// time: "left 199 injured and damaged …", "left 12 dead in Varna".
func leftStateBare(toks []token, b, end int) bool {
	return leftStateAt(toks, b, end, "left", "leaving") && leftStateTailEnd(toks, end+1) >= 0
}

// leftStateAt reports a number toks[b:end] after one of verbs and before
// a state of leftStates, both in lower case (the rule on).
func leftStateAt(toks []token, b, end int, verbs ...string) bool {
	return !leftStateOff && b >= 2 && end < len(toks) && toks[b-1].is(verbs...) && !toks[b-1].cap() &&
		leftStates[toks[end].lower()] && !toks[end].cap()
}

// leftStateTailEnd returns the end of what a question keeps after the
// state (k is the index after it): nothing before a full stop, a
// comma, a semicolon or "and" and a verb; a phrase of place or time
// (bareCountPhraseEnd). -1 when anything else follows.
func leftStateTailEnd(toks []token, k int) int {
	if k >= len(toks) || toks[k].text == "." || toks[k].text == "," || toks[k].text == ";" {
		return k
	}
	if toks[k].is("and") && k+1 < len(toks) && !toks[k+1].cap() && pastVerbs[toks[k+1].lower()] != "" {
		return k
	}
	if e, ok := bareCountPhraseEnd(toks, k); ok {
		return e
	}
	return -1
}

// leftStateClause reads the clause of a count of people after "left"
// and before a state: the sentence's subject, "left" (with "has",
// "have" or "had" and at most one adverb: a participle), the state and
// the phrase after it. ok is false for any other shape.
func (w *writer) leftStateClause(f Fact, toks []token, start int) (clause, bool) {
	if leftStateOff || f.c.tally || f.c.partitive || f.c.compound || start < 2 || !toks[start-1].is("left") ||
		f.Noun != "people" && !impliedHeads[f.Noun] || inQuote(toks, f.c.start) {
		return clause{}, false
	}
	if f.c.end >= len(toks) || !leftStates[toks[f.c.end].lower()] || toks[f.c.end].cap() {
		return clause{}, false
	}
	end := leftStateTailEnd(toks, f.c.end+1)
	if end < 0 {
		return clause{}, false
	}
	v := start - 1
	verb := toks[v : v+1]
	base := "leave"
	a := v
	if a-1 > 0 && peopleAdverbs[toks[a-1].lower()] && toks[a-2].is("has", "have", "had") {
		a-- // "has also left"
	}
	if a-1 > 0 && toks[a-1].is("has", "have", "had") {
		a--
		verb, base = []token{toks[a], toks[v]}, ""
	}
	s := w.sents[f.sent]
	ms := s.firstWord()
	if ms < 0 || a-ms < 1 || a-ms > 8 {
		return clause{}, false
	}
	subject := toks[ms:a]
	for _, t := range subject {
		if !t.isWord() && t.text != "-" && t.text != "’" && t.text != "'" {
			return clause{}, false
		}
	}
	if hasVerb(subject) {
		return clause{}, false
	}
	// The clause's checks read the subject and the phrase after the
	// state: the state itself is a participle that would end the rest
	// ("left 199 injured"), which they refuse for a verb's.
	check := clause{subject: subject, firstIsStart: true, verb: verb, rest: toks[f.c.end+1 : end], count: true}
	if !check.ok() || !(subject[0].cap() || subject[0].is("a", "an", "the")) {
		return clause{}, false
	}
	return clause{subject: subject, firstIsStart: true, verb: verb, base: base, rest: toks[f.c.end:end], count: true}, true
}

// leavingState is the passive a participle clause ", leaving N
// STATE" gives its count ("left dead", "left homeless"): "Hurricane Ian
// knocked out power throughout Cuba, leaving at least two dead" asks "At
// least how many people were left dead when Hurricane Ian knocked out
// power throughout Cuba?" (participleCount). "" for any other words.
func leavingState(toks []token, start, end int) string {
	if !leftStateAt(toks, start, end, "leaving") {
		return ""
	}
	return "left " + toks[end].lower()
}

// leavingClause reads ", leaving N STATE" after a main clause
// (participleCount with leavingState's passive); its clause is the
// count's as subject ("were left dead when …").
func (w *writer) leavingClause(f Fact, toks []token, start int) (clause, bool) {
	if leavingState(toks, start, f.c.end) == "" || f.c.tally || f.c.partitive || f.c.compound ||
		f.Noun != "people" && !impliedHeads[f.Noun] || inQuote(toks, f.c.start) {
		return clause{}, false
	}
	return w.participleCount(f, toks, start)
}
