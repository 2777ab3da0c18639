package generate

import (
	"slices"
	"strings"
)

// countCoordClause reads two count clauses that readCountClause does not:
//
//	"In 1998, a ferry sank off Lamu, killing 41 people."
//	  -> "How many people were killed when a ferry sank off Lamu?"
//	"At least 12 people died in the flood and nearly 800 homes were lost."
//	  -> "At least how many people died in the flood?"
//
// The first is a count after a participle ("killing", "injuring") that
// tells what the sentence's main clause caused; the main clause becomes
// the question's "when" clause, without a fronted time ("In 1998,"),
// which a date question may ask. The second is a count that is the
// subject of the first of two clauses joined by "and", the second
// opening on a count of its own: the first clause ends at the "and".
// ok is false when neither shape is there (readCountClause reads on).
func (w *writer) countCoordClause(f Fact) (c clause, subjectForm, ok bool) {
	if f.c.tally || f.c.compound || f.c.partitive {
		return clause{}, false, false
	}
	toks := w.sents[f.sent].toks
	start := f.c.qualifiedStart()
	if start < 0 || f.c.end > len(toks) || inQuote(toks, f.c.start) {
		return clause{}, false, false
	}
	if c, ok := w.leftStateClause(f, toks, start); ok {
		return c, false, true
	}
	if c, ok := w.leavingClause(f, toks, start); ok {
		return c, true, true
	}
	if c, ok := w.secondObjectClause(f, toks, start); ok {
		return c, false, true
	}
	if c, ok := w.secondOfTwoCountClauses(f, toks, start); ok {
		return c, true, true
	}
	if c, ok := w.listAfterSubject(f, toks, start); ok { // countlists.go
		return c, true, true
	}
	if c, subj, ok := w.bareVerbClause(f, toks); ok {
		return c, subj, true
	}
	if f.c.implied {
		return clause{}, false, false
	}
	if c, ok := w.participleCount(f, toks, start); ok {
		return c, true, true
	}
	if c, ok := w.firstOfTwoCountClauses(f, toks, start); ok {
		return c, true, true
	}
	if c, ok := w.countAfterRelativeAside(f, toks, start); ok {
		return c, false, true
	}
	if c, ok := w.twoObjectCounts(f, toks, start); ok {
		return c, false, true
	}
	if c, ok := w.presenceCount(f, toks, start); ok {
		return c, false, true
	}
	if c, ok := w.verbListObject(f, toks, start); ok { // countlists.go
		return c, false, true
	}
	if c, ok := w.objectList(f, toks); ok { // countlists.go
		return c, false, true
	}
	return clause{}, false, false
}

// participleCount reads "<main clause>, killing 41 people" where
// resultCount (which howMany tries first) does not: a fronted date, a
// regular past verb ("collided"), a passive main clause or a phrase
// after the count ("in one of the worst crashes"). The main
// clause is a short subject (no pronoun), a past verb and at most 14
// plain words; a fronted date ("In 1998,") is left out. What follows the
// count is left out too, unless it is more than a phrase on the same
// event (a digit or a verb of its own refuses the question).
func (w *writer) participleCount(f Fact, toks []token, start int) (clause, bool) {
	if start < 3 || toks[start-2].text != "," {
		return clause{}, false
	}
	passive := participleVerbs[toks[start-1].lower()]
	after := f.c.end
	if p := leavingState(toks, start, f.c.end); p != "" { // leftstate.go
		passive, after = p, f.c.end+1
	}
	if passive == "" || toks[start-1].cap() {
		return clause{}, false
	}
	comma := start - 2
	// After the count: the sentence's end, another comma, "and" or a
	// phrase that holds no figure or verb.
	for k := after; k < len(toks); k++ {
		t := toks[k]
		if t.text == "." || t.text == "," || t.text == ";" || t.is("and") {
			break
		}
		if t.is("one") && k+1 < len(toks) && toks[k+1].is("of") {
			continue // "in one of the worst accidents"
		}
		if !t.isWord() || isNumberWord(t) || auxiliaries[t.lower()] || !t.cap() && pastVerbs[t.lower()] != "" && !isParticiple(t.lower()) {
			return clause{}, false
		}
	}
	s := w.sents[f.sent]
	ms := s.firstWord()
	if ms < 0 {
		return clause{}, false
	}
	// "In August 1995, two trains collided …": the fronted date goes.
	if toks[ms].is("in", "on", "by") {
		k := ms + 1
		for k < comma && toks[k].text != "," {
			k++
		}
		if k >= comma || k-ms > 5 || len(findDates(toks[ms:k])) == 0 {
			return clause{}, false
		}
		ms = k + 1
	}
	// The main clause's verb: a past verb, or "was"/"were" and a
	// participle (a passive).
	v := -1
	for k := ms + 1; k < comma && k-ms <= 8; k++ {
		t := toks[k]
		if !t.isWord() && !(t.text == "-" || t.text == "’" || t.text == "'") {
			return clause{}, false
		}
		if t.is("was", "were") && k+1 < comma && isParticiple(toks[k+1].lower()) && !toks[k+1].cap() {
			v = k
			break
		}
		if auxiliaries[t.lower()] || subordinators[t.lower()] {
			return clause{}, false
		}
		// A known past verb, or a regular one after a noun ("two buses
		// collided"; "the armed men" holds an adjective).
		regular := strings.HasSuffix(t.lower(), "ed") && len(t.text) > 4 && !toks[k-1].is("a", "an", "the") && !participleUse(toks, k)
		if !t.cap() && (pastVerbs[t.lower()] != "" || regular) && !t.is("said", "reported", "told") {
			v = k
			break
		}
	}
	if v < 0 {
		return clause{}, false
	}
	subject := toks[ms:v]
	tail := toks[v:comma]
	if len(tail) > 14 {
		return clause{}, false
	}
	for i, t := range tail {
		if !t.isWord() && t.text != "-" && t.text != "’" && t.text != "'" || i > 0 && (subordinators[t.lower()] || auxiliaries[t.lower()] && !(i == 1 && tail[0].is("was", "were"))) ||
			t.is("it", "them", "him", "her", "there", "this", "these", "those", "they") {
			return clause{}, false
		}
	}
	if hasVerb(tail) || elided(tail) {
		return clause{}, false
	}
	// The subject must read alone: the checks of any clause's subject.
	main := clause{subject: subject, firstIsStart: ms == s.firstWord(), verb: tail[:1], rest: tail[1:]}
	if !main.ok() || !(subject[0].cap() || subject[0].is("a", "an", "the") || isNumberWord(subject[0])) {
		return clause{}, false
	}
	lead := toks[ms]
	if !w.keepCapital(subject) {
		lead.rename(strings.ToLower(lead.text))
	}
	aux := "were"
	if f.Number == 1 {
		aux = "was"
	}
	rest := make([]token, 0, len(subject)+len(tail)+3)
	rest = append(rest, token{text: aux}, token{text: passive}, token{text: "when"}, lead)
	rest = append(append(rest, subject[1:]...), tail...)
	return clause{rest: rest}, true
}

// firstOfTwoCountClauses reads "At least 41 people were killed in the
// fire and almost 600 homes, including farms, have been destroyed": the
// count opens its clause, a verb follows it, and the clause ends at an
// "and" that opens another count's clause (that count followed by a
// verb, past an aside between commas).
func (w *writer) firstOfTwoCountClauses(f Fact, toks []token, start int) (clause, bool) {
	if cs := clauseStart(toks, start); cs != start && start != w.sents[f.sent].firstWord() {
		return clause{}, false
	}
	end := f.c.end
	if end >= len(toks) || !(auxiliaries[toks[end].lower()] || !toks[end].cap() && pastVerbs[toks[end].lower()] != "") {
		return clause{}, false
	}
	for _, g := range w.facts {
		if g.Kind != Count || g.sent != f.sent || g.c.start <= f.c.end {
			continue
		}
		gs := g.c.qualifiedStart()
		and := gs - 1
		if and <= end || !toks[and].is("and") {
			continue
		}
		stop := and
		if toks[stop-1].text == "," {
			stop--
		}
		rest := toks[end:stop]
		if len(rest) < 2 || len(rest) > 14 {
			return clause{}, false
		}
		for _, t := range rest {
			if !t.isWord() || t.is("it", "them", "him", "there", "this", "these", "those", "which", "who") {
				return clause{}, false
			}
		}
		if hasVerb(rest) || elided(rest) || !secondCountClause(toks, g.c.end) {
			return clause{}, false
		}
		return clause{rest: rest}, true
	}
	return clause{}, false
}

// secondCountClause reports a verb after the count ending at k, past an
// aside between commas of at most five words ("homes, including farms,
// have been destroyed").
func secondCountClause(toks []token, k int) bool {
	if k < len(toks) && toks[k].text == "," {
		j := k + 1
		for j < len(toks) && j-k <= 6 && toks[j].text != "," {
			if !toks[j].isWord() {
				return false
			}
			j++
		}
		if j >= len(toks) || toks[j].text != "," {
			return false
		}
		k = j + 1
	}
	return k < len(toks) && (auxiliaries[toks[k].lower()] || !toks[k].cap() && pastVerbs[toks[k].lower()] != "")
}

// partOfOther reports a number's words after it, after that reads "of"
// and a whole counting other things than noun's: "20 of 21 counts" states
// no "20 years in prison" (statesCount), "20 of 21 years" does.
func partOfOther(after []string, noun []string) bool {
	if len(after) < 3 || after[0] != "of" {
		return false
	}
	k := 1
	if after[k] == "the" || after[k] == "its" || after[k] == "their" {
		k++
	}
	if k+1 >= len(after) || !startsWithDigit(after[k]) && !isNumberWord(token{text: after[k]}) {
		return false
	}
	return countsOther(after[k+1], noun) && !nounFollows(after[k+1:], noun)
}

// countAfterRelativeAside reads a count that is the object of a verb
// whose subject a relative clause between commas follows: "The virus,
// which first emerged in Lagos in 2019, has infected over 900 people and
// …" is asked "More than how many people has the virus infected?". The
// subject opens the sentence (a name or a noun after "the"), the verb
// (a past one, or "has", "have" or "had" and a participle) stands just
// before the count, and what follows the count up to "and" or the
// clause's end is kept when it is a short phrase without a verb.
func (w *writer) countAfterRelativeAside(f Fact, toks []token, start int) (clause, bool) {
	cs := clauseStart(toks, start)
	if cs < 4 || toks[cs-1].text != "," || start-cs < 1 || start-cs > 2 {
		return clause{}, false
	}
	first := w.sents[f.sent].firstWord()
	a := first + 1
	for a < cs-1 && toks[a].text != "," {
		a++
	}
	if a >= cs-1 || a-first > 8 || !toks[a+1].is("which", "who") || cs-1-a > 22 || inQuote(toks, a) {
		return clause{}, false
	}
	v := start - 1
	c := clause{subject: toks[first:a], firstIsStart: true}
	switch {
	case start-cs == 2 && toks[cs].is("has", "have", "had") && isParticiple(toks[v].lower()) && !toks[v].cap():
		c.verb = toks[cs:start]
	case start-cs == 1 && pastVerbs[toks[v].lower()] != "" && !toks[v].cap() && !toks[v].is("said", "had", "was", "were"):
		c.verb, c.base = toks[v:start], pastVerbs[toks[v].lower()]
	default:
		return clause{}, false
	}
	if s0 := c.subject[0]; !s0.cap() && !s0.is("the") {
		return clause{}, false
	}
	end := clauseEnd(toks, f.c.end)
	rest := toks[f.c.end:end]
	for i, t := range rest {
		if t.is("and", "but") {
			rest = rest[:i]
			break
		}
	}
	if len(rest) > 8 || hasVerb(rest) || elided(rest) {
		return clause{}, false
	}
	for _, t := range rest {
		if isNumberWord(t) || auxiliaries[t.lower()] || !t.cap() && pastVerbs[t.lower()] != "" || t.is("it", "them", "there", "this", "these", "those") {
			return clause{}, false
		}
	}
	c.rest = rest
	whole := c
	whole.rest, whole.count = withRest(toks[start:f.c.end], rest), true
	return c, whole.ok()
}

// secondOfTwoCountClauses reads the count after the "and" of
// firstOfTwoCountClauses when its own clause is a verb alone ("and 419
// were injured", "and almost 600 homes, including farms, have been
// destroyed"): the first clause's phrase after its verb ("in Turkey", "as
// a result of the fire") is the second's too, and is asked with it: "How
// many people were injured in Turkey?".
func (w *writer) secondOfTwoCountClauses(f Fact, toks []token, start int) (clause, bool) {
	and := start - 1
	if and < 3 || !toks[and].is("and") || w.otherFigureNear(f) {
		return clause{}, false
	}
	// The second clause: the count, an aside, a verb group to the end.
	k := f.c.end
	if k < len(toks) && toks[k].text == "," {
		j := k + 1
		for j < len(toks) && j-k <= 6 && toks[j].text != "," {
			j++
		}
		if j >= len(toks) || toks[j].text != "," {
			return clause{}, false
		}
		k = j + 1
	}
	if !secondCountClause(toks, k) {
		return clause{}, false
	}
	e := clauseEnd(toks, k)
	verb := toks[k:e]
	if len(verb) > 3 || e < len(toks) && toks[e].text != "," && toks[e].text != "." {
		return clause{}, false
	}
	for i, t := range verb {
		if t.cap() || i < len(verb)-1 && !auxiliaries[t.lower()] && !t.is("been") || i == len(verb)-1 && !isParticiple(t.lower()) && pastVerbs[t.lower()] == "" {
			return clause{}, false
		}
	}
	// The first clause: a count opening the sentence, its verb group
	// and a phrase after it, ending at the "and".
	for _, h := range w.facts {
		if h.Kind != Count || h.sent != f.sent || h.c.end >= start {
			continue
		}
		hs := h.c.qualifiedStart()
		if hs != w.sents[f.sent].firstWord() || h.c.implied || h.c.compound || h.c.partitive {
			continue
		}
		p := h.c.end
		for p < and && (auxiliaries[toks[p].lower()] || toks[p].is("been") || !toks[p].cap() && (pastVerbs[toks[p].lower()] != "" || isParticiple(toks[p].lower()))) {
			p++
		}
		// The phrase ends at the "and" or at an aside's comma ("in Peru,
		// including one who drowned, and …").
		stop := p
		for stop < and && toks[stop].isWord() && !toks[stop].is("and") {
			stop++
		}
		phrase := toks[p:stop]
		if p == h.c.end || len(phrase) < 2 || len(phrase) > 8 || !prepositions[phrase[0].lower()] && !phrase[0].is("as") ||
			slices.ContainsFunc(phrase, isNumberWord) || pointsBackIn(phrase) || stop < and && (toks[stop].text != "," || toks[and-1].text != ",") {
			return clause{}, false
		}
		rest := append(append([]token{}, verb...), phrase...)
		return clause{rest: rest}, true
	}
	return clause{}, false
}

// otherFigureNear reports another figure of the same thing within a tenth
// of f's anywhere in the article ("419 were injured" against "438 people
// were injured" later): the borrowed phrase would leave two answers.
func (w *writer) otherFigureNear(f Fact) bool {
	head := lastWord(f.Noun)
	for _, g := range w.facts {
		if g.Kind != Count || g.Number == f.Number || lastWord(g.Noun) != head {
			continue
		}
		if d := g.Number - f.Number; 10*d < f.Number && -10*d < f.Number {
			return true
		}
	}
	return false
}

// twoObjectCounts reads two counts of one verb, the second after "in":
// "Imerys employs about 16,000 people in 50 countries and had revenue
// of …" asks each without the other: "About how many people does Imerys
// employ?" and "In how many countries does Imerys employ people?". The
// subject opens the sentence; the second count ends the clause, or an
// "and" opening another verb follows it.
func (w *writer) twoObjectCounts(f Fact, toks []token, start int) (clause, bool) {
	first := w.sents[f.sent].firstWord()
	var obj, where Fact
	switch {
	case start >= 2 && toks[start-1].is("in", "across"):
		where = f
		for _, g := range w.facts {
			if g.Kind == Count && g.sent == f.sent && g.c.end == start-1 && !g.c.compound && !g.c.partitive && !g.c.implied {
				obj = g
			}
		}
		if obj.Kind != Count {
			return clause{}, false
		}
	case f.c.end+1 < len(toks) && toks[f.c.end].is("in", "across"):
		obj = f
		if g, ok := w.countStartingAt(f.sent, f.c.end+1, true); ok && g.c.qualifier == "" {
			where = g
		}
		if where.Kind != Count {
			return clause{}, false
		}
	default:
		return clause{}, false
	}
	if where.c.qualifier != "" || obj.c.compound || obj.c.partitive || obj.c.implied || obj.c.nounStart != obj.c.start+1 {
		return clause{}, false
	}
	c, ok := openingSubjectVerb(toks, first, obj.c.qualifiedStart()-1)
	if !ok {
		return clause{}, false
	}
	// After the second count: the clause's end, or "and" and a verb.
	e := where.c.end
	if e < len(toks) && toks[e].is("and") {
		if e+1 >= len(toks) || !endsSubject(toks[e+1]) {
			return clause{}, false
		}
	} else if e < len(toks) && toks[e].text != "." && toks[e].text != "," {
		return clause{}, false
	}
	// The first count alone with its phrase ("opened 40 stores in 12
	// states.") readCountClause reads; before "and" and a verb it does not.
	if f.c.start == obj.c.start && !(e < len(toks) && toks[e].is("and")) {
		return clause{}, false
	}
	whole := c
	whole.rest, whole.count = toks[obj.c.start:where.c.end], true
	if !whole.ok() {
		return clause{}, false
	}
	if f.c.start == where.c.start {
		c.prep, c.rest = toks[where.c.start-1].lower(), toks[obj.c.nounStart:obj.c.end]
	}
	return c, true
}

// openingSubjectVerb reads the clause of a count that is the object of
// the verb at toks[v]: the subject opens the sentence at first, up to six
// words led by a capital or "the", and the verb is a present one of
// presentStates (asked "does …") or a past verb other than "said", "had",
// "was" or "were" (twoObjectCounts, objectList).
func openingSubjectVerb(toks []token, first, v int) (clause, bool) {
	if v <= first || v-first > 6 || toks[v].cap() {
		return clause{}, false
	}
	c := clause{subject: toks[first:v], firstIsStart: true}
	if present := presentStates[toks[v].lower()]; present != "" {
		c.verb = []token{{text: "does"}, {text: present}}
	} else if base := pastVerbs[toks[v].lower()]; base != "" && !toks[v].is("said", "had", "was", "were") {
		c.verb, c.base = toks[v:v+1], base
	} else {
		return clause{}, false
	}
	if s0 := c.subject[0]; !s0.cap() && !s0.is("the") {
		return clause{}, false
	}
	return c, true
}
