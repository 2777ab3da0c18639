package generate

// prisonWhere is where a prison sentence is served, written after the
// term's unit in a "How many years … sentenced to?" question: "in prison",
// "in jail", "in a federal prison" (written "in federal prison"),
// "imprisonment" (written "of imprisonment": "60 days imprisonment"). It
// is "" when no such words follow the term at toks[e].
func prisonWhere(toks []token, e int) string {
	if e < len(toks) && toks[e].is("imprisonment") {
		return " of imprisonment"
	}
	if e >= len(toks) || !toks[e].is("in") {
		return ""
	}
	k := e + 1
	if k < len(toks) && toks[k].is("a", "the") {
		k++
	}
	kind := ""
	if k < len(toks) && toks[k].is("federal", "state", "county") {
		kind = toks[k].lower() + " "
		k++
	}
	if k < len(toks) && toks[k].is("prison", "jail") {
		return " in " + kind + toks[k].lower()
	}
	return ""
}

// descriptiveOpeners are words that describe a person before a name or an
// office and are capitalised only by opening the sentence: "Disgraced
// Detroit Mayor Kwame Kilpatrick" is written "disgraced Detroit Mayor
// Kwame Kilpatrick" inside a question.
var descriptiveOpeners = map[string]bool{
	"disgraced": true, "former": true, "embattled": true, "ousted": true, "jailed": true,
	"convicted": true, "outgoing": true, "beleaguered": true, "veteran": true, "incoming": true,
	"late": true, "longtime": true, "onetime": true, "erstwhile": true, "retired": true,
}

// descriptiveOpener reports t, the first word of a phrase opening a
// sentence, as a descriptive word (descriptiveOpeners) that the article
// never capitalises inside a sentence.
func (w *writer) descriptiveOpener(t token) bool {
	return descriptiveOpeners[t.lower()] && !w.proper[t.text]
}
