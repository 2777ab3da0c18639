package generate

import "strings"

// Date clauses of three more shapes (round 17, "dateclauses"):
//
//	"When Napoleon was exiled in 1815, …" -> "When was Napoleon exiled?"
//	  (a name after the subordinator: openingName)
//	"The burglary was committed in the early hours of 10 October 2018."
//	  -> "When was the burglary committed?" (dayPartOn)
//	"After leaving the council in 1877, Tom Reeve went bankrupt."
//	  -> "When did Tom Reeve leave the council?" (gerundDateClause)
//
// None reads a date inside a quotation.

// openingName reports a name of one to four capitalised words from
// toks[k] up to the clause's verb, before the date's preposition at p:
// "When Napoleon was exiled in 1815", "After Abbey Mills closed in 1921".
// A possessive or a lower-case word before the verb is no name ("When
// Britain's army landed"), nor is a pronoun.
func openingName(toks []token, k, p int) bool {
	j := k
	for j < p && j-k < 4 && toks[j].isWord() && toks[j].cap() && !toks[j].poss && !isPronoun(toks[j].lower()) && !subordinators[toks[j].lower()] {
		j++
	}
	return j > k && j < p && !toks[j].cap() && (pastVerbs[toks[j].lower()] != "" || toks[j].is("was", "were", "had"))
}

// dayPartOn returns the preposition opening a part of the day that the
// date at d names, "was set in the early hours of 10 October 2018",
// "collapsed on the evening of May 18": the date is its day, read with
// "on". -1 when d has no such phrase after a word before it, or no day.
func dayPartOn(toks []token, d date) int {
	k := d.start - 1
	if d.day == 0 || d.qual != "" || k < 3 || !toks[k].is("of") {
		return -1
	}
	k--
	if !toks[k].is("hours", "morning", "afternoon", "evening", "night") {
		return -1
	}
	k--
	if toks[k].is("early", "small", "late") {
		k--
	}
	// After the verb's words only: "On the evening of 9 November, …"
	// opening a paragraph sets a scene the article has often dated
	// already (the corpus's Berlin page loses a fill-in and a doer
	// question to the When question).
	if k < 2 || !toks[k].is("the") || !toks[k-1].is("in", "on") || !toks[k-2].isWord() || inQuote(toks, k-1) {
		return -1
	}
	return k - 1
}

// gerundDateClause reads a date in a phrase opening the sentence on
// "After", "Before" or "Upon" and a verb in -ing, closed by a comma after
// the date: the phrase tells of the main clause's subject, a name or
// "the" and up to three words (or a pronoun the sentence before names,
// as withReferent wrote it), before its past verb: "After leaving the
// council in 1877, Tom Reeve went bankrupt" asks "When did Tom Reeve
// leave the council?".
func (w *writer) gerundDateClause(f Fact) (clause, bool) {
	s := w.sents[f.sent]
	toks := s.toks
	first := s.firstWord()
	p, e := f.d.start-1, f.d.end
	if f.d.qual != "" || p <= first+1 || !toks[p].is("in", "on") || e >= len(toks) || toks[e].text != "," ||
		!toks[first].is("After", "Before", "Upon") || !toks[first].cap() || inQuote(toks, p) {
		return clause{}, false
	}
	g := toks[first+1]
	base := ingBase(g)
	if base == "" || g.cap() || p-first > 9 || !plainWords(toks[first+2:p]) {
		return clause{}, false
	}
	past := pastOf(base)
	if past == "" {
		return clause{}, false
	}
	// The subject after the comma, up to its past verb.
	v, ok := pastVerbAfterSubject(toks, e, 5)
	if !ok {
		return clause{}, false
	}
	subject := toks[e+1 : v]
	// A name or a named thing: "Tom Reeve", "the club"; never a pronoun
	// (c.ok refuses one) nor a possessive's noun ("Reeve's son").
	for i, t := range subject {
		if t.poss || i > 0 && !t.isWord() {
			return clause{}, false
		}
	}
	if !subject[0].cap() && !subject[0].is("the") || subject[0].is("the") && len(subject) > 4 ||
		!subject[0].is("the", "The") && !subject[len(subject)-1].cap() {
		return clause{}, false
	}
	c := clause{subject: subject, verb: []token{{text: past}}, base: base, rest: toks[first+2 : p], prep: toks[p].lower()}
	return c, c.ok()
}

// copularWhoDateClause reads a relative clause after the complement of
// "is a" or "was an", dated at its end: the clause tells of the
// sentence's subject. "Mary Hale is a retired teacher who moved to Leeds
// in 1990." asks "When did Mary Hale move to Leeds?". The subject opens
// the sentence on a capital, has no verb and is at most six words; the
// complement has no punctuation or verb of its own; the date is the
// sentence's only one and closes the clause. "one of the five who …"
// (no "a" or "an") tells of the five, and is left out.
func (w *writer) copularWhoDateClause(f Fact) (clause, bool) {
	s := w.sents[f.sent]
	toks := s.toks
	first := s.firstWord()
	p := f.d.start - 1
	if f.d.qual != "" || first < 0 || p <= first+4 || !toks[p].is("in", "on") || !clauseClosed(toks, f.d.end) || inQuote(toks, p) {
		return clause{}, false
	}
	cop := first
	for cop < p && cop-first <= 6 && !toks[cop].is("is", "was") {
		t := toks[cop]
		if t.punct && t.text != "." || !t.cap() && (pastVerbs[t.lower()] != "" || auxiliaries[t.lower()] || subordinators[t.lower()]) {
			return clause{}, false
		}
		cop++
	}
	if cop == first || cop-first > 6 || cop+2 >= p || !toks[first].cap() || !toks[cop].is("is", "was") || !toks[cop+1].is("a", "an") {
		return clause{}, false
	}
	who := cop + 2
	for who < p && !toks[who].is("who") {
		t := toks[who]
		if !t.isWord() || who-cop > 9 || !t.cap() && (pastVerbs[t.lower()] != "" && !adjectiveAfterArticle(toks, who, cop) || auxiliaries[t.lower()] || subordinators[t.lower()]) {
			return clause{}, false
		}
		who++
	}
	v := who + 1
	if who >= p || v >= p || toks[v].cap() || !(pastVerbs[toks[v].lower()] != "" || toks[v].is("was", "were") && v+1 < p && isParticiple(toks[v+1].lower())) {
		return clause{}, false
	}
	for _, g := range w.facts {
		if g.Kind == Date && g.sent == f.sent && g.Start != f.Start {
			return clause{}, false
		}
	}
	c := clause{subject: toks[first:cop], firstIsStart: true, prep: f.d.prep}
	k := w.verbAt(toks, v, &c)
	if k > p || p-k > 12 || hasVerb(toks[k:p]) {
		return clause{}, false
	}
	// "moved to Leeds", not "went on to found …" (an infinitive's date
	// may be its aim).
	for i := k; i < p; i++ {
		t := toks[i]
		if !t.isWord() || t.is("that", "which", "who", "when", "and", "but") ||
			t.is("to") && !(toks[i+1].cap() || toks[i+1].is("the", "a", "an", "his", "her", "its", "their") || toNouns[toks[i+1].lower()]) {
			return clause{}, false
		}
	}
	c.rest = trimAdverb(toks[k:p])
	return c, c.ok()
}

// addressAsideEnd is where the clause goes on after a name's age or
// address set off by commas from toks[e] ("Tom Reeve, 38, of Mill Lane,
// wept"), or e when there is none: the court report's way of naming
// someone, which names no one else.
func addressAsideEnd(toks []token, e int) int {
	for e+2 < len(toks) && toks[e].text == "," {
		if t := toks[e+1]; t.isWord() && strings.Trim(t.text, "0123456789") == "" && toks[e+2].text == "," {
			e += 2
			continue
		}
		if !toks[e+1].is("of") {
			break
		}
		a := asideEnd(toks, e)
		if a == 0 {
			break
		}
		e = a
	}
	if e < len(toks) && toks[e].text == "," {
		return e + 1
	}
	return e
}
