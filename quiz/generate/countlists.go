package generate

import "slices"

// ---- each count of a list its own question (countlists) ----
//
// A sentence often lists several counts of one verb, and the readers
// asked one of them and left the others (the unasked diagnostic's "only
// copies offered, its sentence asked (count)"). Two shapes are read here:
//
//	"The clinic quarantined about 90 nurses together with 40 patients."
//	  -> "About how many nurses has …" / "How many patients did the clinic quarantine?"
//	"More than 900 soldiers had reached the valley, as well as 60 medics
//	 and 8 rescue dogs."
//	  -> "How many rescue dogs had reached the valley?"
//
// The first joins two objects with "together with" where joinedObject
// read "and" only (togetherwith.go); the second adds a list after the clause
// of a count that is its subject. Each question holds its own count and
// noun and the verb's words, never another count of the list.

// asWellAs reports "as well as" at toks[k].
func asWellAs(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].is("as") && toks[k+1].is("well") && toks[k+2].is("as")
}

// listAfterSubject reads count f in a list that follows ", as well as"
// after a clause whose subject is another count ("More than 900 soldiers
// had reached the valley, as well as 60 medics and 8 rescue dogs"): f's
// question is that clause's verb and its phrase, with f's own count and
// noun. Every item of the list is a count and its noun alone, joined by
// a comma, "and" or ", and", up to the sentence's end; an item whose noun
// goes on past "and" ("300 police officers and firefighters") counts two
// things at once and is not asked, though the list reads on past it.
func (w *writer) listAfterSubject(f Fact, toks []token, start int) (clause, bool) {
	if f.c.compound || f.c.partitive || f.c.implied || inQuote(toks, start) {
		return clause{}, false
	}
	// The ", as well as" opening the list, before f.
	aw := -1
	for k := start - 3; k >= 1; k-- {
		if asWellAs(toks, k) && toks[k-1].text == "," {
			aw = k
			break
		}
		if toks[k].text == "." || toks[k].text == ";" {
			break
		}
	}
	if aw < 0 {
		return clause{}, false
	}
	countAt := func(p int) (Fact, bool) { return w.countStartingAt(f.sent, p, false) }
	// The list, from after "as well as" to the sentence's end.
	p, found := aw+3, false
	for {
		// "close to 400 rescue workers": words the count reader took for
		// no qualifier leave the item unasked ("How many …?" is not 400).
		g, ok := countAt(p)
		clean := true
		for j := p + 1; !ok && j <= p+2 && j < len(toks); j++ {
			if !toks[j-1].isWord() || toks[j-1].cap() || toks[j-1].is("and") || isNumberWord(toks[j-1]) {
				break
			}
			g, ok = countAt(j)
			clean = false
		}
		if !ok {
			return clause{}, false
		}
		q := nounPhraseEnd(toks, g.c.end)
		// "300 police officers and firefighters": the noun goes on.
		for q < len(toks) && toks[q].isWord() {
			if toks[q].is("and") && q+1 < len(toks) {
				if _, next := countAt(q + 1); next {
					break
				}
			}
			if toks[q].cap() || auxiliaries[toks[q].lower()] || pastVerbs[toks[q].lower()] != "" || isNumberWord(toks[q]) || q-g.c.end > 3 {
				return clause{}, false
			}
			clean = false
			q++
		}
		if g.Start == f.Start {
			if !clean {
				return clause{}, false
			}
			found = true
		}
		if q >= len(toks) || toks[q].text == "." {
			break
		}
		switch {
		case toks[q].text == "," && q+1 < len(toks) && toks[q+1].is("and"):
			q += 2
		case toks[q].text == "," || toks[q].is("and"):
			q++
		default:
			return clause{}, false
		}
		p = q
	}
	if !found {
		return clause{}, false
	}
	// The clause before the list: a count opening it, as its subject, and
	// a verb group ending at the comma.
	for _, h := range w.facts {
		if h.Kind != Count || h.sent != f.sent || h.c.end >= aw || h.c.compound || h.c.partitive || h.c.implied {
			continue
		}
		hs := h.c.qualifiedStart()
		if countStart(toks, clauseStart(toks, hs), hs) != hs {
			continue
		}
		v := nounPhraseEnd(toks, h.c.end)
		if v >= aw-1 || toks[v].cap() || !(auxiliaries[toks[v].lower()] || pastVerbs[toks[v].lower()] != "") || clauseEnd(toks, v) != aw-1 {
			continue
		}
		tail := toks[v : aw-1]
		if len(tail) > 12 || slices.ContainsFunc(tail, isNumberWord) || pointsBackIn(tail) || elided(tail) {
			return clause{}, false
		}
		rest := append(append([]token{}, toks[f.c.end:nounPhraseEnd(toks, f.c.end)]...), tail...)
		return clause{rest: rest, count: true}, true
	}
	return clause{}, false
}

// verbListObject reads a count that is the object of a later verb in a
// list of past verbs sharing the sentence's subject: "The summit adopted
// a joint statement, approved nine new projects and set up 14 working
// groups" asks "How many working groups did the summit set up?" and "How
// many new projects did the summit approve?", each without the other.
// The subject opens the sentence (a name or a noun after "the") and its
// verb is a past verb within six words; each verb of the list follows a
// comma or "and"; what lies between holds no clause of its own (no
// auxiliary, subordinator, relative or quotation). A participle's phrase
// after the count ("proposed by its members") is left out; a phrase on a
// preposition is kept when short.
func (w *writer) verbListObject(f Fact, toks []token, start int) (clause, bool) {
	v := start - 1
	if f.c.tally || v < 4 || toks[v].cap() || pastVerbs[toks[v].lower()] == "" || toks[v].is("said", "had", "was", "were", "did") || isParticiple(toks[v].lower()) && toks[v-1].is("has", "have", "had") {
		return clause{}, false
	}
	if !toks[v-1].is("and") && toks[v-1].text != "," || inQuote(toks, start) {
		return clause{}, false
	}
	first := w.sents[f.sent].firstWord()
	v1 := -1
	for k := first + 1; k < v-1 && k <= first+6; k++ {
		t := toks[k]
		if !t.isWord() || auxiliaries[t.lower()] || subordinators[t.lower()] || t.is("who", "which", "that", "said", "says") {
			return clause{}, false
		}
		if !t.cap() && pastVerbs[t.lower()] != "" {
			v1 = k
			break
		}
	}
	if v1 < 0 || toks[v1].is("said", "had", "was", "were", "did") || w.twoCountedVerbs(f, toks, v1, v) {
		return clause{}, false
	}
	// Between the first verb and this one: phrases and the list's joins,
	// each comma or "and" followed by a past verb or by more of a phrase
	// without a verb of its own.
	for k := v1 + 1; k < v-1; k++ {
		t := toks[k]
		if auxiliaries[t.lower()] || subordinators[t.lower()] || t.is("who", "which", "that", "said", "says", "but", "while", "when", "it", "they", "he", "she") ||
			!t.isWord() && t.text != "," && t.text != "(" && t.text != ")" && t.text != "-" {
			return clause{}, false
		}
		if t.text == "," || t.is("and") {
			n := toks[k+1]
			if n.is("and") {
				n = toks[k+2]
			}
			// A new subject after the join ("…, the police arrested …").
			if n.is("the", "a", "an", "its", "their") || n.cap() && !toks[k].is("and") {
				return clause{}, false
			}
		}
	}
	c := clause{subject: toks[first:v1], firstIsStart: true, verb: toks[v:start], base: pastVerbs[toks[v].lower()]}
	if s0 := c.subject[0]; !s0.cap() && !s0.is("the") {
		return clause{}, false
	}
	// After the count: the list's next join, or the sentence's end.
	end := clauseEnd(toks, f.c.end)
	rest := toks[f.c.end:end]
	for i, t := range rest {
		if t.is("and") {
			rest = rest[:i]
			break
		}
	}
	switch {
	case len(rest) == 0:
	case isParticiple(rest[0].lower()) && !rest[0].cap():
		rest = nil
	case prepositions[rest[0].lower()] && len(rest) <= 6 && !hasVerb(rest) && !slices.ContainsFunc(rest, isNumberWord) && !pointsBackIn(rest):
	default:
		return clause{}, false
	}
	c.rest = rest
	whole := c
	whole.rest, whole.count = withRest(toks[start:f.c.end], rest), true
	return c, whole.ok()
}

// twoCountedVerbs reports the shape secondObjectClause reads, two verbs
// (at v1 and v) each with a counted object ("killed 14 people and
// destroyed 2,200 homes"): its reading and its refusals stand, a list of
// three verbs or more is verbListObject's.
func (w *writer) twoCountedVerbs(f Fact, toks []token, v1, v int) bool {
	for k := v1 + 1; k < v-1; k++ {
		if (toks[k].text == "," || toks[k].is("and")) && !toks[k+1].cap() && pastVerbs[toks[k+1].lower()] != "" {
			return false
		}
	}
	for i := range w.facts {
		if g := &w.facts[i]; g.Kind == Count && g.sent == f.sent && g.c.start > v1 && g.c.start < v-1 {
			return true
		}
	}
	return false
}

// objectList reads a count in a list of three or more counted objects of
// one verb: "Rescuers sent 300 police officers, 400 rescue workers and 12
// sniffer dogs to the valley" asks each, without the others: "How many
// sniffer dogs did rescuers send to the valley?". The verb (a past verb,
// or a present one of presentStates) stands just before the list and
// after a subject opening the sentence; the items are counts and their
// nouns alone, joined by commas and a last "and"; a short phrase after
// the list, without a verb or figure, is the verb's and is kept.
func (w *writer) objectList(f Fact, toks []token) (clause, bool) {
	// Cheap refusals first: f joined to nothing, or fewer than three counts.
	from := func(g Fact) int { return g.c.qualifiedStart() }
	joiner := func(k int) bool { return k >= 0 && k < len(toks) && (toks[k].text == "," || toks[k].is("and")) }
	if !joiner(nounPhraseEnd(toks, f.c.end)) && !joiner(from(f)-1) || inQuote(toks, f.c.start) {
		return clause{}, false
	}
	n := 0
	for i := range w.facts {
		if g := &w.facts[i]; g.Kind == Count && g.sent == f.sent {
			n++
		}
	}
	if n < 3 {
		return clause{}, false
	}
	items := make([]Fact, 0, n)
	for _, g := range w.facts {
		if g.Kind == Count && g.sent == f.sent {
			items = append(items, g)
		}
	}
	slices.SortFunc(items, func(a, b Fact) int { return a.Start - b.Start })
	at := slices.IndexFunc(items, func(g Fact) bool { return g.Start == f.Start })
	// The run of items joined to the next by "," or "and" ("," and "and").
	join := func(a, b Fact) string {
		k := nounPhraseEnd(toks, a.c.end)
		if k+1 < len(toks) && toks[k].text == "," && toks[k+1].is("and") && from(b) == k+2 {
			return "and"
		}
		if k < len(toks) && from(b) == k+1 && (toks[k].text == "," || toks[k].is("and")) {
			return toks[k].lower()
		}
		return ""
	}
	lo, hi := at, at
	if at > 0 && join(items[at-1], items[at]) == "and" {
		lo = at - 1 // f ends the list
	} else {
		for hi+1 < len(items) && join(items[hi], items[hi+1]) == "," {
			hi++
		}
		if hi+1 >= len(items) || join(items[hi], items[hi+1]) != "and" {
			return clause{}, false
		}
		hi++
	}
	for lo > 0 && join(items[lo-1], items[lo]) == "," {
		lo--
	}
	if hi+1 < len(items) && join(items[hi], items[hi+1]) != "" {
		return clause{}, false
	}
	if hi-lo < 2 {
		return clause{}, false
	}
	for _, g := range items[lo : hi+1] {
		if g.c.compound || g.c.partitive || g.c.implied || g.c.tally {
			return clause{}, false
		}
	}
	// The verb before the list and the subject before it.
	v := from(items[lo]) - 1
	c, ok := openingSubjectVerb(toks, w.sents[f.sent].firstWord(), v) // countcoord.go
	if !ok || toks[v].is("did") || hasVerb(c.subject) {
		return clause{}, false
	}
	for _, t := range c.subject {
		if !t.isWord() || auxiliaries[t.lower()] {
			return clause{}, false
		}
	}
	// After the list: the clause's end, or a short phrase of the verb's.
	after := nounPhraseEnd(toks, items[hi].c.end)
	end := clauseEnd(toks, after)
	rest := toks[after:end]
	if end < len(toks) && toks[end].text != "." || len(rest) > 8 ||
		len(rest) > 0 && (!prepositions[rest[0].lower()] || subordinators[rest[0].lower()] || rest[0].is("after", "before", "until", "since", "as", "following") || hasVerb(rest) || slices.ContainsFunc(rest, isNumberWord) || pointsBackIn(rest)) {
		return clause{}, false
	}
	c.rest = append(append([]token{}, toks[f.c.end:nounPhraseEnd(toks, f.c.end)]...), rest...)
	whole := c
	whole.rest, whole.count = withRest(toks[from(f):f.c.end], c.rest), true
	return c, whole.ok()
}
