package generate

import (
	"slices"
	"strings"
)

// A place right after the name of an institution that stays where it is
// says where the institution is: "four of the cases are linked to Bach
// Mai Hospital in Hanoi", "Jeffrey Karp at Harvard Medical School in
// Boston". When no clause of the sentence can be asked, the place is
// asked as the institution's: "In which city is Bach Mai Hospital?",
// with the usual wrong places of the answer's kind. A stadium, a hotel
// or a park is left out (a stadium of 1940 may be gone, and an event at
// it is the better question); a lower-case noun ("a care home in
// Norwich") names nothing to ask about.

// institutionHeads end (or, before "of", end the first part of) the
// name of such an institution.
var institutionHeads = setOf(`Hospital|Infirmary|Clinic|University|College|School|Institute|Observatory|Laboratory|
Laboratories|Airport|Museum|Cathedral|Prison|Centre|Center`)

// institutionClause is "is NAME" for the institution whose name ends
// right before the place's preposition toks[p] ("in"), or nil: a run of
// two to seven capitalised words (with "of" inside), after a possessive
// or a lower-case word, holding a head word that ends it or comes
// before its "of", "the" kept before it, and no place in it that lies
// elsewhere than the answer gp.
func institutionClause(text string, toks []token, p int, gp *gazPlace) []string {
	if p < 2 || !toks[p].is("in") || quoted(text, toks, p) {
		return nil
	}
	k := p - 1
	for k >= 0 && !toks[k].poss && (toks[k].cap() || toks[k].is("of") && k < p-1) {
		k--
	}
	// "NHS Foundation Trust’s Heatherwood Hospital": the name stops at
	// the possessive and is the hospital's own.
	start := k + 1
	if p-start < 2 || p-start > 7 || toks[start].is("of") {
		return nil
	}
	head := false
	for i := start; i < p; i++ {
		if institutionHeads[toks[i].text] && (i == p-1 || toks[i+1].is("of")) {
			head = true
		}
		if toks[i].time || isTitleWord(toks[i]) {
			return nil
		}
	}
	// The sentence's first word is capitalised anyway: "Doctors at …"
	// reads no name from it.
	if !head || start == firstWordIn(toks) && !institutionHeads[toks[start].text] && p-start < 3 {
		return nil
	}
	// "the Massachusetts Institute of Technology in Cambridge": a place
	// of the name in another country or state than the answer's says the
	// gazetteer took the answer for a namesake.
	g := places()
	for i := start; i < p; i++ {
		if c := g.lookup(toks[i].text); c != nil && gp != nil && c != gp && (c.country != gp.country || c.kind == "region" && !g.within(gp, c)) {
			return nil
		}
	}
	name := spanText(text, toks, start, p)
	if start > 0 && toks[start-1].is("the") {
		name = "the " + name
	}
	return []string{"is " + name}
}

// institutionWrong drops from the wrong choices of an institution's
// question (clause "is NAME" from institutionClause) the places of the article that lie in
// another country than the answer gp: "Cambridge", named for a
// Massachusetts institute, is the gazetteer's English namesake, and as a
// wrong city of Harvard Medical School it may well be right.
func (w *writer) institutionWrong(clause string, wrong []string, pa placeAsk) []string {
	gp := pa.gp
	if gp == nil || !strings.HasPrefix(clause, "is ") || !slices.Equal(institutionClause(w.text, pa.toks, pa.p, gp), []string{clause}) {
		return wrong
	}
	var out []string
	for _, x := range wrong {
		c := places().lookup(x)
		named := slices.ContainsFunc(w.facts, func(h Fact) bool { return h.Kind == Place && placeName(h) == x })
		if named && c != nil && c.country != gp.country {
			continue
		}
		out = append(out, x)
	}
	return out
}
