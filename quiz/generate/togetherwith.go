package generate

// togetherWithCount asks each of two objects of one verb joined by
// "together with" or "along with", without the other (countlists.go):
//
//	"The clinic has shut its doors and quarantined about 90 nurses together with 40 patients."
//	  -> "About how many nurses has the clinic quarantined?"
//	  -> "How many patients has the clinic quarantined?"
//
// The verb is a past participle after the sentence's "has", "have" or
// "had" (directly or after "and" ending the first verb's phrase), or a
// past verb of pastVerbs after the subject; the subject opens the
// sentence and is a name or a noun phrase with its article; the second
// count ends the sentence. The count's own qualifier opens the prompt
// ("About how many …"). The other object is left out of the prompt: it
// is a count the quiz may ask too, and a prompt that prints it gives
// that question away.
func (w *writer) togetherWithCount(f Fact) (string, bool) {
	toks := w.sents[f.sent].toks
	asked := f
	// The first object: the second count follows its "together with".
	if e := f.c.end; e+2 < len(toks) && toks[e].is("together", "along") && toks[e+1].is("with") {
		if g, ok := w.countStartingAt(f.sent, e+2, false); ok {
			f = g
		}
	}
	start := f.c.qualifiedStart()
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
	v := obj.c.qualifiedStart() - 1
	first := w.sents[f.sent].firstWord()
	if v <= first+1 || toks[v].cap() {
		return "", false
	}
	verb := toks[v].lower()
	// The subject ends at the sentence's first auxiliary or past verb.
	a := first
	for a < v && !endsSubject(toks[a]) {
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
	if asked.Start != f.Start && asked.Start != obj.Start {
		return "", false
	}
	q := "How many"
	if asked.c.qualifier != "" {
		lead := qualifierLead(asked.c.qualifier)
		if lead == "" {
			return "", false
		}
		q = lead + " how many"
	}
	return q + " " + asked.Noun + " " + ask + "?", true
}
