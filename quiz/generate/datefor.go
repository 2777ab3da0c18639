package generate

// A date after "for" that an event is called or set for: "Prime Minister
// X has called a federal election for 21 May" gives "For when has Prime
// Minister X called a federal election?", "The vote was set for 3 June"
// gives "For when was the vote set?". The date is the event's, not the
// calling's, so the prompt keeps "for" (boundLead) and the order
// questions, which read dateClause, leave it out. Only a verb of fixing a
// date, an object (or passive subject) ending on an event noun, and a
// date that closes its clause: "for 21 May" after "paid", "for 20 years"
// or "for the first time" is none of these.

// fixingVerbs fix a date for an event.
var fixingVerbs = setOf(`called|set|scheduled|rescheduled|fixed|booked`)

// fixedEvents are the events a date is called or set for.
var fixedEvents = setOf(`election|elections|vote|referendum|poll|ballot|meeting|hearing|trial|summit|strike|debate|session|inquest|sentencing|launch|conference|talks`)

// scheduledForClause reads the clause of a date after "for" (see above).
func (w *writer) scheduledForClause(f Fact) (clause, bool) {
	toks := w.sents[f.sent].toks
	p := f.d.start - 1 // "for"
	if f.d.prep != "for" || f.d.qual != "" || p < 2 || inQuote(toks, p) {
		return clause{}, false
	}
	if e := f.d.end; e < len(toks) && !toks[e].punct {
		return clause{}, false
	}
	cs := clauseStart(toks, p)
	if cs < p && toks[cs].is("and", "but") {
		cs++
	}
	// The fixing verb: right before "for" in the passive ("was set for"),
	// or before an object of at most five words ending on an event.
	v := -1
	for k := p - 1; k > cs && k >= p-6; k-- {
		if fixingVerbs[toks[k].text] {
			v = k
			break
		}
		if !toks[k].isWord() {
			return clause{}, false
		}
	}
	if v < 0 {
		return clause{}, false
	}
	c := clause{prep: "for"}
	subjEnd := v
	switch aux := toks[v-1]; {
	case v == p-1 && aux.is("was", "were"): // "The vote was set for 3 June"
		c.verb, subjEnd = []token{aux, toks[v]}, v-1
		if !fixedEvents[toks[subjEnd-1].lower()] {
			return clause{}, false
		}
	case v == p-1:
		return clause{}, false
	case aux.is("has", "have"): // "has called a federal election"
		c.verb, subjEnd = []token{aux, toks[v]}, v-1
	case aux.is("had"): // asked in the simple past
		c.verb, c.base, subjEnd = toks[v:v+1], pastVerbs[toks[v].text], v-1
	default:
		c.verb, c.base = toks[v:v+1], pastVerbs[toks[v].text]
		if c.base == "" {
			return clause{}, false
		}
	}
	if v < p-1 {
		if p-(v+1) > 5 || !fixedEvents[toks[p-1].lower()] {
			return clause{}, false
		}
		c.rest = toks[v+1 : p]
	}
	if subjEnd <= cs || subjEnd-cs > 10 {
		return clause{}, false
	}
	for _, t := range toks[cs:subjEnd] {
		if !t.isWord() || pastVerbs[t.lower()] != "" && !t.cap() || auxiliaries[t.lower()] {
			return clause{}, false
		}
	}
	c.subject = toks[cs:subjEnd]
	c.firstIsStart = cs == w.sents[f.sent].firstWord()
	if !c.ok() {
		return clause{}, false
	}
	return c, true
}
