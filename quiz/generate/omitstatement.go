package generate

import "strings"

// ---- a statement that leaves another fact of its sentence out (samesentence) ----

// A sentence statement copies its sentence whole, so it gives away any
// other question on the sentence, and a count or date that only a
// statement can ask goes unasked once the sentence's other fact is asked
// (the unasked diagnostic's "only copies offered, its sentence asked",
// about 60 facts on the development pages). Many sentences hold that
// other fact in a phrase the sentence reads well without:
//
//	a fronted date          "In March, Pollard was found guilty of two charges …"
//	a date after in or on   "… was first discovered in 1976 in two simultaneous outbreaks …"
//	a title before a name   "Florida Governor Rick Scott declared a state of emergency for 26 counties …"
//	an aside of a participle "Ciba, based in Basel, employs 20,000 people …"
//
// The statement on the count or date is then also offered without that
// phrase ("According to the article, Rick Scott declared a state of
// emergency for 40 counties …"), and it may stand beside a question on
// the fact left out when neither gives the other away (choose:
// partsClash, answers): two questions from one sentence, never three.
// Left alone in the quiz it gives way to the whole sentence's statement
// (wholeAgain).

// omitCut is the phrase of a sentence a statement leaves out (w.omit):
// its tokens [lo, hi).
// factLo and factHi are the left-out fact's bytes in w.text.
type omitCut struct{ lo, hi, factLo, factHi int }

// omitTF offers, for each other fact of fact fi's sentence held in a
// phrase the sentence reads without (omittable), fi's sentence statement
// without that phrase.
func (w *writer) omitTF(fi int) {
	f := &w.facts[fi]
	toks := w.sents[f.sent].toks
	for gi := range w.facts {
		g := &w.facts[gi] // by index: a Fact is large (speed19c)
		if gi == fi || g.sent != f.sent {
			continue
		}
		lo, hi, ok := w.omittable(gi)
		if !ok || toks[lo].start < f.End && f.Start < toks[hi-1].end {
			continue
		}
		w.omit = &omitCut{lo, hi, g.Start, g.End}
		w.sentenceTF(fi)
		w.omit = nil
	}
}

// omittable is the phrase of fact gi's sentence, tokens [lo, hi), that
// holds the fact and that the sentence reads well without.
func (w *writer) omittable(gi int) (lo, hi int, ok bool) {
	if lo, hi, ok = w.omittablePhrase(gi); ok {
		return lo, hi, ok
	}
	// An aside opening on a participle: "Ciba, based in Basel, employs",
	// "a rocket, first launched in 1967, with over 410 launches".
	g := w.facts[gi]
	s := w.sents[g.sent]
	if first := s.firstWord(); first >= 0 && g.Kind != Quote && g.Kind != Actor {
		return asideOf(s.toks, first, g)
	}
	return 0, 0, false
}

// omittablePhrase is omittable's phrase of a date (a fronted one, or one
// after "in" or "on") or a leader (the title before the name).
func (w *writer) omittablePhrase(gi int) (lo, hi int, ok bool) {
	g := w.facts[gi]
	s := w.sents[g.sent]
	toks := s.toks
	first := s.firstWord()
	if first < 0 {
		return 0, 0, false
	}
	switch g.Kind {
	case Date:
		// One date in the sentence: without it, another date would
		// seem to date the left-out one's event ("12 in 2019 and 15 in
		// 2020").
		for k, h := range w.facts {
			if k != gi && h.sent == g.sent && h.Kind == Date {
				return 0, 0, false
			}
		}
		p := g.d.start - 1
		if p < first || !toks[p].is("in", "on", "by", "of") {
			return 0, 0, false
		}
		if toks[p].is("of") { // "As of May 24,"
			if p-1 != first || !toks[p-1].is("as") {
				return 0, 0, false
			}
			p--
		}
		// Fronted and closed by a comma: "In March, Pollard was …".
		if p == first {
			if g.d.end < len(toks) && toks[g.d.end].text == "," {
				return p, g.d.end + 1, true
			}
			// "On 14th March 2013 two employees …": without a comma only
			// after "on" or "in" with a day or a month.
			if toks[p].is("on", "in") && g.d.end < len(toks) && toks[g.d.end].isWord() {
				return p, g.d.end, true
			}
			return 0, 0, false
		}
		// Inside the sentence: "in" or "on" and the date after a word
		// that reads on without it ("discovered in 1976 in two
		// outbreaks"), not "early in 2019", "since", "between".
		if !toks[p].is("in", "on") || !toks[p-1].isWord() || toks[p-1].is(omitDateBefore...) {
			return 0, 0, false
		}
		if g.d.end < len(toks) && toks[g.d.end].is("and", "or", "to", "of", "through") {
			return 0, 0, false
		}
		// "… the stimulus package passed in March 2021." would end on
		// its verb: "passed."
		if (g.d.end >= len(toks) || !toks[g.d.end].isWord()) && finiteVerb(toks[p-1]) {
			return 0, 0, false
		}
		return p, g.d.end, true
	case Leader:
		// A title before the name: "Florida Governor Rick Scott".
		l := g.l
		if l.start >= l.nameStart || l.nameEnd != l.end || l.end > len(toks) || l.surnameOnly {
			return 0, 0, false
		}
		for k := l.start; k < l.nameStart; k++ {
			if !toks[k].cap() && !toks[k].is("of", "for") || toks[k].poss || toks[k].is("the", "former", "then") {
				return 0, 0, false
			}
		}
		// The name stays a name: two words at least.
		if l.nameEnd-l.nameStart < 2 {
			return 0, 0, false
		}
		// What the rest of the sentence says may show the office: a
		// judge "sentencing" or "ruling", a leader "conceding defeat" in
		// an election.
		if omitOfficeShown(g.Office, toks) {
			return 0, 0, false
		}
		return l.start, l.nameStart, true
	case Count:
		return w.countConjunct(gi)
	}
	return 0, 0, false
}

// countConjunct is the phrase of count gi joined by "and" to another
// count of its sentence: "47 new cases and " before "14 deaths", or
// " and 14 deaths" after "47 new cases" ("The agency said 47 new cases
// and 14 deaths had been reported"): the other count reads alone. Not
// inside an "of" phrase, whose parts make one whole ("a jury of eight
// women and four men" is no jury of four men), nor beside a count of
// one ("one death were").
func (w *writer) countConjunct(gi int) (lo, hi int, ok bool) {
	g := w.facts[gi]
	toks := w.sents[g.sent].toks
	c := g.c
	if c.implied || c.compound || c.partitive || c.end <= c.start || c.end > len(toks) {
		return 0, 0, false
	}
	xs := c.qualifiedStart() // c.start without a qualifier
	if xs <= 0 {
		return 0, 0, false
	}
	other := func(at int) (Fact, bool) {
		for hi, h := range w.facts {
			if hi == gi || h.sent != g.sent || h.Kind != Count || h.c.implied || h.c.compound || h.Number == 1 {
				continue
			}
			hs := h.c.qualifiedStart()
			if hs == at || h.c.end == at {
				return h, true
			}
		}
		return Fact{}, false
	}
	// "X and Y": X first.
	if c.end+1 < len(toks) && toks[c.end].is("and") {
		if h, found := other(c.end + 1); found && h.c.start > c.end && !toks[xs-1].is("of") && !listRunsOn(toks, h.c.end) && !w.listBefore(g.sent, xs) { // listconjunct.go
			return xs, c.end + 1, true
		}
	}
	// "Y and X": X second.
	if toks[xs-1].is("and") && xs >= 2 {
		if h, found := other(xs - 1); found && h.c.end == xs-1 {
			if ys := h.c.qualifiedStart(); ys > 0 && !toks[ys-1].is("of") && !listRunsOn(toks, c.end) && !w.listBefore(g.sent, ys) {
				return xs - 1, c.end, true
			}
		}
	}
	return 0, 0, false
}

// omitDateBefore are words a date after "in" or "on" finishes: the
// sentence does not read on without it.
var omitDateBefore = []string{"early", "late", "later", "earlier", "as", "since", "until", "till", "from", "between",
	"only", "just", "back", "then", "again", "born", "died", "dead", "same", "held", "set", "due", "scheduled", "planned", "expected"}

// asideOf is a comma-closed aside of the sentence holding fact g, opening
// on a past participle ("based in Basel", "first launched in 1967"),
// with its opening comma: tokens [lo, hi).
func asideOf(toks []token, first int, g Fact) (lo, hi int, ok bool) {
	lo, hi = -1, -1
	for k := first + 1; k < len(toks); k++ {
		if toks[k].text != "," {
			continue
		}
		if toks[k].end <= g.Start {
			lo = k
			continue
		}
		if toks[k].start >= g.End && lo >= 0 {
			hi = k
			break
		}
	}
	if lo < 0 || hi < 0 || hi+1 >= len(toks) || !toks[hi+1].isWord() || !toks[lo-1].isWord() {
		return 0, 0, false
	}
	open := lo + 1
	if toks[open].is("first", "later", "also", "once", "originally") {
		open++
	}
	if open >= hi || !participleWord(toks[open]) || toks[open].cap() || hi-lo > 9 {
		return 0, 0, false
	}
	return lo, hi + 1, true
}

// cutOmit takes the phrase w.omit names out of statement body (the
// statement of fact fi's sentence), and the span of w.text it states
// with the phrase as its hole.
func (w *writer) cutOmit(fi int, body string) (string, clausePart, bool) {
	f := w.facts[fi]
	toks := w.sents[f.sent].toks
	o := w.omit
	drop := strings.Join(strings.Fields(w.text[toks[o.lo].start:toks[o.hi-1].end]), " ")
	// The hole holds the whole fact left out: a leader's name stays in
	// the statement, whose questions (answers) tell whether it gives
	// them away ("Who is Turkey's President?" it does, "What office does
	// Erdogan hold?" it does not).
	part := clausePart{lo: f.SentenceStart, hi: f.SentenceStart + len(f.Sentence), holeLo: min(toks[o.lo].start, o.factLo), holeHi: max(toks[o.hi-1].end, o.factHi)}
	switch {
	case strings.HasPrefix(drop, ","):
		// ", based in Basel," between "Ciba" and "employs".
		if strings.Count(body, drop+" ") != 1 {
			return "", clausePart{}, false
		}
		body = strings.Replace(body, drop+" ", " ", 1)
	case o.lo == w.sents[f.sent].firstWord():
		// The sentence's opening: the word after it opens the statement
		// as written inside the sentence ("Pollard", "the total").
		if len(body) <= len(drop) || !strings.EqualFold(body[:len(drop)], drop) || body[len(drop)] != ' ' {
			return "", clausePart{}, false
		}
		body = body[len(drop)+1:]
	default:
		if strings.Count(body, " "+drop) != 1 {
			return "", clausePart{}, false
		}
		body = strings.Replace(body, " "+drop, "", 1)
		body = strings.Replace(body, ",.", ".", 1)
		body = strings.Replace(body, ", ,", ",", 1)
	}
	if wordCount(body) < 6 {
		return "", clausePart{}, false
	}
	return body, part, true
}

// omitOfficeShown reports a sentence whose other words show office's
// holder without the title: a judge or magistrate (a court's sentence
// says what the judge does), or any office in a sentence about an
// election ("… conceded defeat as his party was on course for one of
// its worst election defeats" shows the prime minister).
func omitOfficeShown(office string, toks []token) bool {
	o := strings.ToLower(office)
	if strings.Contains(o, "judge") || strings.Contains(o, "justice") || strings.Contains(o, "magistrate") {
		return true
	}
	for _, t := range toks {
		if t.is("election", "elections", "elected", "vote", "votes", "voters", "polls", "defeat", "campaign") {
			return true
		}
	}
	return false
}

// leavesOut reports a statement that leaves a phrase of its sentence out.
// It makes no fact askable for choose's kills: it is only worth writing
// beside the question on the fact it leaves out, which the leader's
// forms must not give way to (Karabakh: "Who is Russia's President?"
// would give way to "Vladimir Putin is the President of Russia" for a
// date statement without "Armenian Prime Minister" that the quiz does
// not keep).
func (c candidate) leavesOut() bool { return c.part != nil && c.part.holeLo < c.part.holeHi }

// participleWord reports a past participle: a listed past form, or a
// word of five letters or more ending in "ed" ("based", "headquartered"),
// not "-eed" ("speed", "agreed" is listed).
func participleWord(t token) bool {
	l := t.lower()
	return pastVerbs[l] != "" || len(l) >= 5 && strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "eed") && t.isWord()
}

// within reports fact f inside the phrase statement part p leaves out.
func within(f Fact, p *clausePart) bool {
	return p.holeLo < p.holeHi && p.holeLo <= f.Start && f.End <= p.holeHi
}
