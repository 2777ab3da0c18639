package generate

import "strings"

// A forecast with "by" and a date: "there could be 700 tonnes of waste in
// the bay by 2040" gives "By when could there be 700 tonnes of waste in
// the bay?", "the new line will carry freight by 2030" gives "By when
// will the new line carry freight?". The modal stays in the prompt (what
// "could" happen by 2040 is asked as such). Only "will" or "could" in
// lower case ("would" is told of a past bet or promise: "a wager that
// the team would win seven titles by 2019"), at most two adverbs
// ("likely far") and a verb in its base form after it (any word in lower
// case but a preposition, an article, "not", a past form or one in -ing:
// after a modal that word is the verb, known or not), a subject of at
// most eight words with no verb of its own, at most ten words between
// the verb and "by", and a date that closes its clause. A past verb
// ("finished by 12 March") is no forecast; "might" or "may" is left to
// deadlineClause's refusals.

// forecastModals open a forecast.
var forecastModals = setOf(`will|could`)

// forecastAdverbs may stand between the modal and its verb.
var forecastAdverbs = setOf(`far|also|still|soon|now|then|only|even|probably|likely`)

// forecastByClause reads the clause of a forecast date after "by" (see above).
func (w *writer) forecastByClause(f Fact) (clause, bool) {
	toks, p, cs, ok := w.byDateClause(f, "and", "but", "while", "whilst", "whereas") // questions.go
	if !ok {
		return clause{}, false
	}
	m := -1
	for k := cs + 1; k < p; k++ {
		if forecastModals[toks[k].text] {
			m = k
			break
		}
	}
	if m < 0 || m-cs > 8 {
		return clause{}, false
	}
	v := m + 1
	for v < p && v <= m+2 && forecastAdverbs[toks[v].text] {
		v++
	}
	if v >= p || !forecastVerb(toks[v]) || p-(v+1) > 10 {
		return clause{}, false
	}
	for _, t := range toks[cs:m] {
		if !t.isWord() {
			return clause{}, false
		}
	}
	if finiteVerbIn(toks, cs, m) || hasVerb(toks[cs:m]) || hasVerb(toks[v+1:p]) {
		return clause{}, false
	}
	c := clause{subject: toks[cs:m], verb: []token{toks[m], {text: joinTokens(toks[m+1 : v+1])}}, prep: "by",
		rest: toks[v+1 : p], firstIsStart: cs == w.sents[f.sent].firstWord()}
	if !c.ok() {
		return clause{}, false
	}
	return c, true
}

// forecastVerb reports the verb after a modal (see above).
func forecastVerb(t token) bool {
	l := t.text
	if !t.isWord() || t.cap() || prepositions[l] || l == "the" || l == "a" || l == "an" || l == "not" || l == "never" {
		return false
	}
	if baseVerbs()[l] || l == "be" || l == "have" {
		return true
	}
	ed := strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "eed") // "exceed"
	return pastVerbs[l] == "" && !ed && !strings.HasSuffix(l, "ing")
}
