package generate

// Counts of people written without a noun, read from the verb that
// follows or governs the number: "a further 14 died", "and 198 were
// injured", "killed more than 30,800 globally", "the deaths of at least
// 113". Only verbs that count people are read, and only where nothing
// else the sentence counts could be meant.

// Participles (and adjectives) after a bare subject number that count
// people: "14 were injured", "30 remain missing".
var peopleStates = setOf(`killed|injured|wounded|hurt|missing|rescued|arrested|evacuated|vaccinated|infected|hospitalised|hospitalized|dead|detained|displaced|drowned`)

// Active verbs whose bare object number counts people: "killed 30,800".
var peopleObjectVerbs = setOf(`killed|injured|wounded|infected|evacuated|rescued|arrested|hospitalised|hospitalized|detained`)

// Adverbs allowed between the auxiliary and the participle.
var peopleAdverbs = setOf(`fully|seriously|critically|badly|slightly|also|still`)

// Words that may follow a bare object number: the clause ends or a
// phrase of place or time begins ("killed 3 in Gansu", "killed more
// than 30,800 globally").
var afterBareObject = setOf(`in|across|globally|worldwide|nationwide|since|as|on|during|at|last|this|so|while|when|after|before|by`)

// impliedPeople returns "people" when the number toks[i:end] (no noun
// after it) counts people for certain, else "". out holds the counts
// read before it in the sentence: any that counts other things ("40
// homes burned and 12 were hurt") makes the number's noun uncertain.
func impliedPeople(toks []token, i, end int, out []count) string {
	for _, c := range out {
		if !impliedHeads[lastWord(c.noun)] && !(c.implied && c.noun == "people") {
			return ""
		}
	}
	b := i - wordCount(qualifierBefore(toks, i))
	if b < 1 {
		return "" // a sentence's first word: the noun may be the last sentence's
	}
	// "Of those who have died, 158 were fully vaccinated": a part of a
	// set, not the people the verb would count alone.
	for _, t := range toks[:b] {
		if t.isWord() {
			if t.is("of", "among") {
				return ""
			}
			break
		}
	}
	if subjectOfPeopleVerb(toks, end) && bareSubjectLead(toks, b) {
		return "people"
	}
	if leftStateBare(toks, b, end) {
		return "people"
	}
	if bareObjectEnd(toks, end) {
		v := toks[b-1]
		// "has killed 3", not "were killed 3" (no such object).
		if peopleObjectVerbs[v.lower()] && !v.cap() && (b < 2 || !toks[b-2].is("was", "were", "is", "are", "be", "been", "being")) {
			return "people"
		}
		// "caused the deaths of at least 113"
		if b >= 3 && v.is("of") && toks[b-2].is("deaths") && toks[b-3].is("the") {
			return "people"
		}
	}
	return ""
}

// subjectOfPeopleVerb: the words from end are "died", "have died", or an
// auxiliary, an optional "been" and adverb, and a participle of
// peopleStates ("were injured", "are fully vaccinated", "remain missing").
func subjectOfPeopleVerb(toks []token, end int) bool {
	k := end
	if k < len(toks) && toks[k].is("have", "had") && k+1 < len(toks) && toks[k+1].is("died") {
		k++
	}
	if k < len(toks) && toks[k].is("died") {
		return true
	}
	if k >= len(toks) || !toks[k].is("were", "are", "have", "had", "remain", "remained") {
		return false
	}
	k++
	if k < len(toks) && toks[k].is("been") {
		k++
	}
	if k < len(toks) && peopleAdverbs[toks[k].lower()] {
		k++
	}
	return k < len(toks) && peopleStates[toks[k].lower()] && !toks[k].cap()
}

// bareSubjectLead: what precedes a bare subject number (its qualifier
// left out, toks[b]) lets it open a clause of its own: "A further 14",
// "another 12", "and 198", "said 30"; not "Of those who died, 158"
// (a part of a set: the people are not the article's whole count).
func bareSubjectLead(toks []token, b int) bool {
	p := toks[b-1]
	switch {
	case p.is("further", "additional") && b >= 2 && toks[b-2].is("a", "an"):
		return true
	case p.is("another", "and", "said", "says"):
		return true
	}
	return false
}

// bareObjectEnd: nothing that could be the number's noun follows it.
func bareObjectEnd(toks []token, end int) bool {
	if end >= len(toks) {
		return true
	}
	t := toks[end]
	// "killed 9 and injured 40", not "killed 1,400 and 12 cattle".
	if t.is("and") {
		return end+1 < len(toks) && !toks[end+1].cap() && pastVerbs[toks[end+1].lower()] != ""
	}
	return t.text == "." || t.text == "," || t.text == ";" || afterBareObject[t.lower()]
}

// bareCountNoun is the noun of a number written without one: the one
// impliedNoun takes from the sentence, else people a verb counts (byVerb).
func bareCountNoun(toks []token, i, end int, out []count) (noun string, byVerb bool) {
	if n := impliedNoun(toks, i, end, out); n != "" {
		return n, false
	}
	n := impliedPeople(toks, i, end, out)
	return n, n != ""
}

// otherFigureSkips: a count of people read from its verb alone is not
// "another figure" of people for a count found without the rule
// (otherFigureOf, countsTimeFrameProblem), which is asked as it was:
// "has infected over 662,500 people and killed more than 30,800" still
// asks "More than how many people has … infected?". A count read by the
// rule sees every other figure but those of its own sentence, which the
// sentence tells apart by their verbs ("infected over 662,500 people and
// killed more than 30,800", "14 died and 198 were injured"). other is
// the count of sentence otherSent, f the one of sentence fSent.
func otherFigureSkips(other count, otherSent int, f count, fSent int) bool {
	return other.byVerb && !f.byVerb || f.byVerb && otherSent == fSent
}

// Prepositions that may open the phrase a bare count's question keeps.
var bareCountPreps = setOf(`in|at|on|near|across|around|during|after|outside|inside|throughout`)

// bareVerbClause asks a count of people read from its verb as the
// subject of its own clause: "and 198 were injured in Haidong in
// neighbouring Qinghai province" gives "How many people were injured in
// Haidong in neighbouring Qinghai province?". The verb must be followed
// by a phrase of place or time (a bare "14 died" says not which deaths);
// the first of two such clauses joined by "and" ("A further 14 died and
// 198 were injured in Haidong") borrows the second's phrase. The phrase
// ends at a comma, a conjunction, a verb or a figure; one running on
// gives no question.
func (w *writer) bareVerbClause(f Fact, toks []token) (c clause, subjectForm, ok bool) {
	if !f.c.byVerb {
		return clause{}, false, false
	}
	if !subjectOfPeopleVerb(toks, f.c.end) {
		c, ok := w.bareObjectClause(f, toks)
		return c, false, ok
	}
	v := verbGroupEnd(toks, f.c.end)
	if v < 0 {
		return clause{}, false, false
	}
	verb := toks[f.c.end:v]
	p := v
	// "14 died and 198 were injured in Haidong": the phrase after the
	// second clause's verb serves both.
	if p+1 < len(toks) && toks[p].is("and") {
		for n := p + 1; n < len(toks) && n <= p+4; n++ {
			if _, e, _, num := numberAt(toks, n); num && n-wordCount(qualifierBefore(toks, n)) == p+1 {
				if v2 := verbGroupEnd(toks, e); v2 > 0 && subjectOfPeopleVerb(toks, e) {
					p = v2
				}
				break
			}
		}
	}
	end, ok := bareCountPhraseEnd(toks, p)
	if !ok {
		return clause{}, false, false
	}
	rest := append(append([]token{}, verb...), toks[p:end]...)
	return clause{rest: rest}, true, true
}

// verbGroupEnd is the index after the verb group subjectOfPeopleVerb
// read at end ("died", "were seriously injured"), or -1.
func verbGroupEnd(toks []token, end int) int {
	for k := end; k < len(toks) && k <= end+4; k++ {
		if toks[k].is("died") || peopleStates[toks[k].lower()] {
			return k + 1
		}
	}
	return -1
}

// bareCountPhraseEnd reads the phrase of place or time after a bare
// count's verb: a preposition of bareCountPreps, then at most ten words
// with no figure or verb, ending at a comma, a full stop or a semicolon.
func bareCountPhraseEnd(toks []token, p int) (int, bool) {
	if p >= len(toks) || !bareCountPreps[toks[p].lower()] {
		return 0, false
	}
	for k := p + 1; k < len(toks); k++ {
		t := toks[k]
		if t.text == "," || t.text == "." || t.text == ";" {
			return k, k-p <= 10
		}
		if !t.isWord() || t.is("and", "or", "but", "while", "as", "when", "after", "before", "because", "which", "who", "that") ||
			isNumberWord(t) || !t.cap() && (auxiliaries[t.lower()] || pastVerbs[t.lower()] != "") {
			return 0, false
		}
	}
	return 0, false
}

// bareObjectClause asks a bare count of people that is the object of a
// second verb joined by "and" to a count asked as its verb's object:
// "The novel coronavirus … has infected over 662,500 people and killed
// more than 30,800 globally as of Sunday morning" gives "More than how
// many people has the novel coronavirus killed globally as of Sunday
// morning?" (the first count's subject and auxiliary). What follows the
// count, up to a comma or the sentence's end, is kept when it holds no
// figure, verb or conjunction; else no question.
func (w *writer) bareObjectClause(f Fact, toks []token) (clause, bool) {
	b := f.c.qualifiedStart()
	v := b - 1
	if v < 2 || !peopleObjectVerbs[toks[v].lower()] || !toks[v-1].is("and") {
		return clause{}, false
	}
	for _, g := range w.facts {
		if g.Kind != Count || g.sent != f.sent || g.c.byVerb || g.c.implied || g.c.partitive || nounPhraseEnd(toks, g.c.end) != v-1 {
			continue
		}
		c0, subj, ok := w.countClause(g)
		if !ok || subj || c0.prep != "" || c0.existential != "" || len(c0.rest) > 0 || len(c0.subject) == 0 {
			return clause{}, false
		}
		c := clause{subject: c0.subject, firstIsStart: c0.firstIsStart}
		switch {
		case c0.base == "" && len(c0.verb) == 2 && c0.verb[0].is("has", "have", "had"):
			c.verb = []token{c0.verb[0], toks[v]}
		case c0.base != "" && len(c0.verb) == 1 && pastVerbs[toks[v].lower()] != "":
			c.verb, c.base = toks[v:v+1], pastVerbs[toks[v].lower()]
		default:
			return clause{}, false
		}
		end := f.c.end
		for ; end < len(toks) && toks[end].text != "," && toks[end].text != "." && toks[end].text != ";"; end++ {
			t := toks[end]
			if !t.isWord() || t.is("and", "or", "but", "while", "when", "because", "which", "who", "that") ||
				isNumberWord(t) || !t.cap() && (auxiliaries[t.lower()] || pastVerbs[t.lower()] != "") {
				return clause{}, false
			}
		}
		if end-f.c.end > 8 {
			return clause{}, false
		}
		c.rest = toks[f.c.end:end]
		return c, true
	}
	return clause{}, false
}
