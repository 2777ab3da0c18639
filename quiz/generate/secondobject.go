package generate

// The count that is the object of a second verb joined by "and" to a
// first verb's counted object, the two sharing one subject: "The
// earthquake killed 40 people and damaged 6,381 houses in Tarvo" asks
// "How many houses did the earthquake damage in Tarvo?" besides "How
// many people did the earthquake kill?"; "The cyclone has left 240
// injured and flattened 900 huts" asks "How many huts has the cyclone
// flattened?". The first count must be asked as its verb's object with
// nothing after its noun (or only the state of leftstate.go); the phrase
// after the second count is kept to a comma or the sentence's end (a
// town's region after its comma too) and holds no figure, verb or
// conjunction. bareObjectClause reads the same shape when the second
// number has no noun ("and killed more than 30,800").

// secondObjectOff switches the rule off (tests check they fail without it).
var secondObjectOff = false

// secondObjectClause reads count f as the object of a second verb; ok is
// false for any other shape.
func (w *writer) secondObjectClause(f Fact, toks []token, start int) (clause, bool) {
	// "killed 40 people and left 199 injured": a state after "left"
	// (leftstate.go) is kept with the verb.
	left := start >= 1 && toks[start-1].is("left") && f.c.end < len(toks) && leftStates[toks[f.c.end].lower()] && !toks[f.c.end].cap()
	if secondObjectOff || f.c.byVerb && !(left && leftStateBare(toks, start, f.c.end)) || f.c.implied && !f.c.byVerb || f.c.tally || f.c.partitive || f.c.compound || inQuote(toks, f.c.start) {
		return clause{}, false
	}
	v := start - 1
	if v < 3 || !toks[v-1].is("and") || toks[v].cap() || pastVerbs[toks[v].lower()] == "" || toks[v].is("said", "told", "reported") {
		return clause{}, false
	}
	for _, g := range w.facts {
		if g.Kind != Count || g.sent != f.sent || g.c.start >= v || g.c.byVerb && !leftStateBare(toks, g.c.qualifiedStart(), g.c.end) ||
			g.c.implied && !g.c.byVerb || g.c.partitive || g.c.compound || g.c.tally {
			continue
		}
		state := g.c.end < len(toks) && leftStates[toks[g.c.end].lower()] && g.c.end+1 == v-1
		if nounPhraseEnd(toks, g.c.end) != v-1 && !state {
			continue
		}
		c0, subj, ok := w.countClause(g)
		if !ok || subj || c0.prep != "" || c0.existential != "" || len(c0.subject) == 0 {
			return clause{}, false
		}
		if len(c0.rest) > 0 && !(state && len(c0.rest) == 1) {
			return clause{}, false
		}
		c := clause{subject: c0.subject, firstIsStart: c0.firstIsStart, count: true}
		switch {
		case c0.base == "" && len(c0.verb) == 2 && c0.verb[0].is("has", "have", "had") && isParticiple(toks[v].lower()):
			c.verb = []token{c0.verb[0], toks[v]}
		case c0.base != "" && len(c0.verb) == 1:
			c.verb, c.base = toks[v:v+1], pastVerbs[toks[v].lower()]
		default:
			return clause{}, false
		}
		from := f.c.end
		if left {
			from++
		}
		end := from
		for ; end < len(toks) && toks[end].text != "," && toks[end].text != "." && toks[end].text != ";"; end++ {
			t := toks[end]
			if !t.isWord() || t.is("and", "or", "but", "while", "when", "because", "which", "who", "that", "as") ||
				isNumberWord(t) || !t.cap() && (auxiliaries[t.lower()] || pastVerbs[t.lower()] != "") {
				return clause{}, false
			}
		}
		if end-from > 8 {
			return clause{}, false
		}
		// "in Jishishan, Gansu": the region after the town's comma.
		if end < len(toks) && toks[end].text == "," {
			if e := placeAfterComma(toks, end); e > 0 && (e == len(toks) || toks[e].text == "." || toks[e].text == ";") {
				end = e
			} else if end+2 < len(toks) && toks[end-1].cap() && toks[end+1].cap() && toks[end+1].isWord() && toks[end+2].text == "." {
				end += 2 // a region the gazetteer does not know
			}
		}
		if end < len(toks) && toks[end].text == "," && !completeClause(toks, end) {
			return clause{}, false
		}
		c.rest = toks[f.c.end:end]
		return c, true
	}
	return clause{}, false
}
