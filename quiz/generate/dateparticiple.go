package generate

import "strings"

// participleDateClause reads a date inside a participle phrase that
// tells of the sentence's subject, in the passive:
//
//	"Named harbour master in 1880, Tom Reeve rebuilt the quay."
//	  -> "When was Tom Reeve named harbour master?"
//	"The Aurora is a steel-hulled liner, first launched in 1911, with …"
//	  -> "When was the Aurora first launched?"
//
// The phrase holds no verb or punctuation of its own and ends at the
// date; the subject is a short noun phrase without a verb, never a
// pronoun (c.ok refuses one).
func (w *writer) participleDateClause(f Fact) (clause, bool) {
	s := w.sents[f.sent]
	toks := s.toks
	first := s.firstWord()
	p := f.d.start - 1
	if f.d.of && p > 0 && toks[p].is("the") {
		p--
	}
	if f.d.qual != "" || p <= first || !toks[p].is("in", "on") || inQuote(toks, p) {
		return clause{}, false
	}
	e := f.d.end // the date closes the phrase
	if e >= len(toks) || toks[e].text != "," && toks[e].text != "." {
		return clause{}, false
	}
	if c, ok := openingParticiple(toks, first, p, e); ok {
		c.prep = toks[p].lower()
		return c, true
	}
	if c, ok := trailingParticiple(toks, first, p, e); ok {
		c.prep = toks[p].lower()
		return c, true
	}
	return clause{}, false
}

// openingParticiple reads "Named harbour master in 1880, Tom Reeve
// rebuilt …": toks[first] a participle, the date's preposition at p,
// the comma closing the phrase at e.
func openingParticiple(toks []token, first, p, e int) (clause, bool) {
	pt := toks[first]
	if !pt.cap() || !isParticiple(pt.lower()) || p-first > 8 || toks[e].text != "," {
		return clause{}, false
	}
	if !plainWords(toks[first+1 : p]) {
		return clause{}, false
	}
	// The subject after the comma, up to its past verb.
	v, ok := pastVerbAfterSubject(toks, e, 6)
	if !ok {
		return clause{}, false
	}
	subject := toks[e+1 : v]
	// A name or a named thing: "Tom Reeve", "the Aurora".
	if !subject[0].cap() && !subject[0].is("the") || !subject[len(subject)-1].cap() {
		return clause{}, false
	}
	verb := token{text: pt.lower()}
	c := clause{subject: subject, verb: []token{{text: passiveAux(subject)}, verb}, rest: toks[first+1 : p]}
	return c, c.ok()
}

// participleAdverbs may come before the participle: "first launched".
var participleAdverbs = setOf(`first|originally|initially|later|formally|officially`)

// trailingParticiple reads "The Aurora is a steel-hulled liner, first
// launched in 1911, …": the subject and a copula open the sentence, a
// noun phrase follows, and the participle phrase after its comma ends
// at the date.
func trailingParticiple(toks []token, first, p, e int) (clause, bool) {
	// The copula after a short subject.
	cop := first
	for cop < len(toks) && cop-first <= 6 && toks[cop].isWord() && !toks[cop].is("is", "was", "are", "were") {
		if pastVerbs[toks[cop].lower()] != "" && !toks[cop].cap() || auxiliaries[toks[cop].lower()] {
			return clause{}, false
		}
		cop++
	}
	if cop == first || cop-first > 6 || cop >= len(toks) || !toks[cop].is("is", "was", "are", "were") ||
		cop+1 >= len(toks) || !toks[cop+1].is("a", "an", "the", "one") {
		return clause{}, false
	}
	// The complement up to the comma opening the phrase.
	q := cop + 1
	for q < p && toks[q].text != "," {
		if !toks[q].isWord() || pastVerbs[toks[q].lower()] != "" && !toks[q].cap() && !participleUse(toks, q) {
			return clause{}, false
		}
		q++
	}
	if q >= p || q-cop > 10 {
		return clause{}, false
	}
	k := q + 1
	adverb := ""
	if participleAdverbs[toks[k].lower()] {
		adverb = toks[k].lower() + " "
		k++
	}
	if k >= p || toks[k].cap() || !isParticiple(toks[k].lower()) || p-k > 8 || !plainWords(toks[k+1:p]) {
		return clause{}, false
	}
	aux := "was"
	if toks[cop].is("are", "were") {
		aux = "were"
	}
	subject := toks[first:cop]
	c := clause{subject: subject, firstIsStart: true,
		verb: []token{{text: aux}, {text: adverb + strings.ToLower(toks[k].text)}}, rest: toks[k+1 : p]}
	return c, c.ok()
}

// plainWords reports words without punctuation or a verb of their own.
func plainWords(ts []token) bool {
	for _, t := range ts {
		if !t.isWord() || auxiliaries[t.lower()] || subordinators[t.lower()] || !t.cap() && pastVerbs[t.lower()] != "" && !isParticiple(t.lower()) {
			return false
		}
	}
	return true
}

// openingSubordinate reports a clause opening the sentence on "After",
// "Before", "Until", "Once" or "When" and closed by the comma after the
// date at toks[end]: "After the war ended in 1945, …" dates the war's
// end ("When did the war end?"), the subject being the words after the
// subordinator. cs is where the date's clause was found to start, p the
// date's preposition.
// The subject must read alone: three words or a name ("the old mill",
// "a team of scientists"), not "the results" of "When the results were
// announced on July 26, …".
func openingSubordinate(toks []token, first, cs, p, end int) bool {
	if !(cs == first && p-cs >= 3 && toks[cs].is("after", "before", "until", "once", "when") &&
		(!toks[cs+1].cap() || openingName(toks, cs+1, p)) && end < len(toks) && toks[end].text == ",") { // dateclauses.go
		return false
	}
	named := false
	k := cs + 1
	for ; k < p && pastVerbs[toks[k].lower()] == "" && !toks[k].is("was", "were", "had"); k++ {
		named = named || toks[k].cap()
	}
	return k < p && (k-cs-1 >= 3 || named)
}

// pastVerbAfterSubject finds the past verb (or "was", "were", "had") of
// the subject that follows the comma at toks[e]: one to most words, none
// a past verb or an auxiliary, then the verb in lower case. It returns
// the verb's index.
func pastVerbAfterSubject(toks []token, e, most int) (int, bool) {
	v := e + 1
	for v < len(toks) && v-e <= most && toks[v].isWord() && pastVerbs[toks[v].lower()] == "" && !auxiliaries[toks[v].lower()] {
		v++
	}
	if v == e+1 || v-e > most || v >= len(toks) || toks[v].cap() || pastVerbs[toks[v].lower()] == "" && !toks[v].is("was", "were", "had") {
		return 0, false
	}
	return v, true
}
