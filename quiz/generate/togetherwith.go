package generate

// togetherWithCount asks the second of two objects of one verb joined
// by "together with" or "along with", the first kept in the prompt:
//
//	"The clinic has shut its doors and quarantined about 90 nurses together with 40 patients."
//	  -> "How many patients has the clinic quarantined together with about 90 nurses?"
//
// The verb is a past participle after the sentence's "has", "have" or
// "had" (directly or after "and" ending the first verb's phrase), or a
// past verb of pastVerbs after the subject; the subject opens the
// sentence and is a name or a noun phrase with its article; the count
// ends the sentence. The count's own qualifier opens the prompt ("About
// how many …"); the first object keeps its own.
func (w *writer) togetherWithCount(f Fact) (string, bool) {
	toks := w.sents[f.sent].toks
	start := f.c.start - wordCount(f.c.qualifier)
	if f.c.implied || f.c.compound || f.c.partitive || f.c.tally || start < 6 || !toks[start-1].is("with") || !toks[start-2].is("together", "along") {
		return "", false
	}
	if e := f.c.end; e < len(toks) && toks[e].text != "." || inQuote(toks, f.c.start) {
		return "", false
	}
	var obj Fact
	for _, g := range w.facts {
		if g.Kind == Count && g.sent == f.sent && g.c.end == start-2 && !g.c.compound && !g.c.partitive && !g.c.implied {
			obj = g
		}
	}
	if obj.Kind != Count {
		return "", false
	}
	v := obj.c.start - wordCount(obj.c.qualifier) - 1
	first := w.sents[f.sent].firstWord()
	if v <= first+1 || toks[v].cap() {
		return "", false
	}
	verb := toks[v].lower()
	// The subject ends at the sentence's first auxiliary or past verb.
	a := first
	for a < v && !auxiliaries[toks[a].lower()] && (toks[a].cap() || pastVerbs[toks[a].lower()] == "") {
		a++
	}
	if a == first || a-first > 6 {
		return "", false
	}
	who := toks[first:a]
	if !countSubject(who) {
		return "", false
	}
	subject := w.phrase(who, true)
	var ask string
	switch {
	case toks[a].is("has", "have", "had") && (a+1 == v || toks[v-1].is("and")) && (isParticiple(verb) || participleBase(verb) != "" || len(verb) > 4 && verb[len(verb)-2:] == "ed"):
		ask = toks[a].lower() + " " + subject + " " + verb
	case a == v && pastVerbs[verb] != "" && !toks[v].is("said", "had", "was", "were"):
		ask = "did " + subject + " " + pastVerbs[verb]
	default:
		return "", false
	}
	// Between the subject's verb and this one: no other subject or clause.
	for _, t := range toks[a:v] {
		if t.is("who", "which", "that", "said", "says", "but", "while", "when") || !t.isWord() && t.text != "," {
			return "", false
		}
	}
	q := "How many"
	if f.c.qualifier != "" {
		q = upperFirst(f.c.qualifier) + " how many"
	}
	return q + " " + f.Noun + " " + ask + " " + toks[start-2].lower() + " with " + joinTokens(toks[obj.c.start-wordCount(obj.c.qualifier):obj.c.end]) + "?", true
}
