package generate

import "strings"

// roleHeads are the last words of a role written after a name, as an
// appositive, that the titles do not know: a profession held at a named
// body ("Ed Chervenak, political scientist at the University of New
// Orleans,", "Martin Pyykkonen, an analyst with Global Crown Capital,").
// A spokesman is one of many (manyHolders) and is left out; so are a
// body's officers the titles know (nameFirst reads them).
var roleHeads = setOf(`scientist|analyst|physicist|economist|epidemiologist|researcher|professor|historian|astronomer|
strategist|lecturer|coordinator|co-ordinator|organiser|organizer|criminologist|sociologist|demographer|meteorologist|seismologist|volcanologist`)

// rolePreps join a role to its body: "analyst with", "scientist at",
// "epidemiologist for".
var rolePreps = setOf(`at|with|for|of`)

// roleBodyJoins are the small words a body's name may hold between its
// capitals: "University of New Orleans", "Ministry of Health and Welfare".
var roleBodyJoins = setOf(`of|and|&|for|de`)

// roleBodyLower are words in lower case a body's name may open with
// before its capitals: "the state Health Department".
var roleBodyLower = setOf(`state|federal|national|county|city|regional`)

// appositiveRole reads a role written after a name as an appositive, at
// toks[i]: "Name Name, [a|an|the] [one or two words] HEAD at|with|for|of
// [the] Body," with the body's name in capitals up to a comma or the
// sentence's end. The role is asked only who holds it ("Who is the
// political scientist at the University of New Orleans?"): long, with
// the role as written for the prompt, its head as the office and the
// body as its country. A former role, two roles ("and"), a role without
// its body ("a political analyst") and a body written before the role
// ("a Johns Hopkins University physicist", whose colleagues the article
// may name too) give nothing.
func appositiveRole(toks []token, i int) (leader, bool) {
	ns, end, ok := nameThenComma(toks, i, 4)
	if !ok {
		return leader{}, false
	}
	j := end + 1
	if toks[j].is("a", "an", "the") {
		j++
	}
	if l, ok := memberFor(toks, i, ns, end, j); ok {
		return l, true
	}
	h := roleHead(toks, j)
	if h < 0 || h+3 >= len(toks) || !rolePreps[toks[h+1].lower()] {
		return leader{}, false
	}
	b := h + 2
	if toks[b].is("the") {
		b++
	}
	e := b
	for e < len(toks) && e-b < 7 && toks[e].isWord() && !toks[e].poss &&
		(toks[e].cap() || e > b && roleBodyJoins[toks[e].lower()] || roleBodyLower[toks[e].lower()] && e+1 < len(toks) && toks[e+1].cap()) {
		e++
	}
	// "the National Weather Service Memphis office": a capitalised body's
	// office, in lower case.
	if e > b && e < len(toks) && toks[e-1].cap() && toks[e].is("office", "bureau") {
		e++
	}
	// The body ends on a capital (or its office), before a comma, the
	// sentence's end or the verb of saying ("… Memphis office said
	// Monday").
	last := toks[e-1]
	if e == b || e-b > 7 || !last.cap() && !last.is("office", "bureau") ||
		e < len(toks) && toks[e].text != "," && !endsSentence(toks[e]) && !toks[e].is("said", "says", "told") {
		return leader{}, false
	}
	return leader{person: joinWords(toks[ns:end]), office: joinTokens(toks[j : h+1]), country: joinTokens(toks[b:e]), start: i, end: e,
		nameStart: ns, nameEnd: end, long: true, role: "the " + joinTokens(toks[j:e])}, true
}

// memberFor reads a seat's member written after a name, at toks[j]:
// "Irene Ward, member for Tynemouth,", the seat in capitals (one to five
// words, "and" between them) up to a comma or the sentence's end. The
// member is the seat's MP ("Who was the MP for Tynemouth?").
func memberFor(toks []token, i, ns, end, j int) (leader, bool) {
	if j+2 >= len(toks) || !toks[j].is("member") || !toks[j+1].is("for") {
		return leader{}, false
	}
	b := j + 2
	e := b
	for e < len(toks) && e-b < 6 && toks[e].isWord() && !toks[e].poss && (toks[e].cap() || e > b && toks[e].is("and")) {
		e++
	}
	if e == b || e-b > 5 || !toks[e-1].cap() || e < len(toks) && toks[e].text != "," && !endsSentence(toks[e]) {
		return leader{}, false
	}
	return leader{person: joinWords(toks[ns:end]), office: joinTokens(toks[b:e]) + " MP", start: i, end: e, nameStart: ns, nameEnd: end}, true
}

// roleHead finds a role's head at toks[j] after up to two words in lower
// case ("political scientist", "government relief co-ordinator"). It
// returns the head's index, or -1.
func roleHead(toks []token, j int) int {
	for k := j; k < len(toks) && k-j < 3; k++ {
		t := toks[k]
		if !t.isWord() || t.cap() || t.poss || t.is("former", "late", "then", "ex", "and", "or") || longBodyStops[t.lower()] {
			return -1
		}
		if roleHeads[t.lower()] {
			return k
		}
	}
	return -1
}

// roleShared reports a role read by appositiveRole whose head and body
// the article names again in another sentence ("another analyst at
// Global Crown Capital"): someone else may hold it, and "Who is the
// analyst with Global Crown Capital?" would have two answers.
func (w *writer) roleShared(f Fact) bool {
	if f.l.role == "" {
		return false
	}
	head := strings.ToLower(lastField(f.Office))
	first := strings.Fields(f.Country)[0]
	for si, s := range w.sents {
		if si == f.sent {
			continue
		}
		hasHead, hasBody := false, false
		for _, t := range s.toks {
			l := t.lower()
			hasHead = hasHead || l == head || l == head+"s"
			hasBody = hasBody || t.text == first
		}
		if hasHead && hasBody {
			return true
		}
	}
	return false
}

// afterNameRole reads an office named with its body after a name
// (longTitleAfterName), else a role written after it (appositiveRole).
func afterNameRole(toks []token, i int) (leader, bool) {
	// Both readers want a name of two words or more and a comma after it:
	// read once here, most capitals go no further.
	if end, n := nameAt(toks, skipHonorifics(toks, i)); n < 2 || end >= len(toks) || toks[end].text != "," {
		return leader{}, false
	}
	if l, ok := nameOrgRole(toks, i); ok { // "X, chief executive at Y," (orgrole.go)
		return l, true
	}
	if l, ok := longTitleAfterName(toks, i); ok {
		return l, true
	}
	return appositiveRole(toks, i)
}
