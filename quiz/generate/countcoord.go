package generate

import "strings"

// countCoordClause reads two count clauses that readCountClause does not:
//
//	"In 1998, a ferry sank off Lamu, killing 41 people."
//	  -> "How many people were killed when a ferry sank off Lamu?"
//	"At least 12 people died in the flood and nearly 800 homes were lost."
//	  -> "At least how many people died in the flood?"
//
// The first is a count after a participle ("killing", "injuring") that
// tells what the sentence's main clause caused; the main clause becomes
// the question's "when" clause, without a fronted time ("In 1998,"),
// which a date question may ask. The second is a count that is the
// subject of the first of two clauses joined by "and", the second
// opening on a count of its own: the first clause ends at the "and".
// ok is false when neither shape is there (readCountClause reads on).
func (w *writer) countCoordClause(f Fact) (c clause, subjectForm, ok bool) {
	if f.c.tally || f.c.compound || f.c.partitive || f.c.implied {
		return clause{}, false, false
	}
	toks := w.sents[f.sent].toks
	start := f.c.start - wordCount(f.c.qualifier)
	if start < 0 || f.c.end > len(toks) || inQuote(toks, f.c.start) {
		return clause{}, false, false
	}
	if c, ok := w.participleCount(f, toks, start); ok {
		return c, true, true
	}
	if c, ok := w.firstOfTwoCountClauses(f, toks, start); ok {
		return c, true, true
	}
	return clause{}, false, false
}

// causedParticiples are the participles whose object a main clause's
// event caused, with the passive they are asked in.
var causedParticiples = map[string]string{
	"killing": "killed", "injuring": "injured", "wounding": "wounded", "displacing": "displaced",
	"destroying": "destroyed", "damaging": "damaged", "stranding": "stranded", "sickening": "sickened",
}

// participleCount reads "<main clause>, killing 41 people": the main
// clause is a short subject (no pronoun), a past verb and at most 14
// plain words; a fronted date ("In 1998,") is left out. What follows the
// count is left out too, unless it is more than a phrase on the same
// event (a digit or a verb of its own refuses the question).
func (w *writer) participleCount(f Fact, toks []token, start int) (clause, bool) {
	if start < 3 || toks[start-2].text != "," {
		return clause{}, false
	}
	passive := causedParticiples[toks[start-1].lower()]
	if passive == "" || toks[start-1].cap() {
		return clause{}, false
	}
	comma := start - 2
	// After the count: the sentence's end, another comma, "and" or a
	// phrase that holds no figure or verb.
	for k := f.c.end; k < len(toks); k++ {
		t := toks[k]
		if t.text == "." || t.text == "," || t.text == ";" || t.is("and") {
			break
		}
		if t.is("one") && k+1 < len(toks) && toks[k+1].is("of") {
			continue // "in one of the worst accidents"
		}
		if !t.isWord() || isNumberWord(t) || auxiliaries[t.lower()] || !t.cap() && pastVerbs[t.lower()] != "" && !isParticiple(t.lower()) {
			return clause{}, false
		}
	}
	s := w.sents[f.sent]
	ms := s.firstWord()
	if ms < 0 {
		return clause{}, false
	}
	// "In August 1995, two trains collided …": the fronted date goes.
	if toks[ms].is("in", "on", "by") {
		k := ms + 1
		for k < comma && toks[k].text != "," {
			k++
		}
		if k >= comma || k-ms > 5 || len(findDates(toks[ms:k])) == 0 {
			return clause{}, false
		}
		ms = k + 1
	}
	// The main clause's verb: a past verb, or "was"/"were" and a
	// participle (a passive).
	v := -1
	for k := ms + 1; k < comma && k-ms <= 8; k++ {
		t := toks[k]
		if !t.isWord() && !(t.text == "-" || t.text == "’" || t.text == "'") {
			return clause{}, false
		}
		if t.is("was", "were") && k+1 < comma && isParticiple(toks[k+1].lower()) && !toks[k+1].cap() {
			v = k
			break
		}
		if auxiliaries[t.lower()] || subordinators[t.lower()] {
			return clause{}, false
		}
		// A known past verb, or a regular one after a noun ("two buses
		// collided"; "the armed men" holds an adjective).
		regular := strings.HasSuffix(t.lower(), "ed") && len(t.text) > 4 && !toks[k-1].is("a", "an", "the") && !participleUse(toks, k)
		if !t.cap() && (pastVerbs[t.lower()] != "" || regular) && !t.is("said", "reported", "told") {
			v = k
			break
		}
	}
	if v < 0 {
		return clause{}, false
	}
	subject := toks[ms:v]
	tail := toks[v:comma]
	if len(tail) > 14 {
		return clause{}, false
	}
	for i, t := range tail {
		if !t.isWord() && t.text != "-" && t.text != "’" && t.text != "'" || i > 0 && (subordinators[t.lower()] || auxiliaries[t.lower()] && !(i == 1 && tail[0].is("was", "were"))) ||
			t.is("it", "them", "him", "her", "there", "this", "these", "those", "they") {
			return clause{}, false
		}
	}
	if hasVerb(tail) || elided(tail) {
		return clause{}, false
	}
	// The subject must read alone: the checks of any clause's subject.
	main := clause{subject: subject, firstIsStart: ms == s.firstWord(), verb: tail[:1], rest: tail[1:]}
	if !main.ok() || !(subject[0].cap() || subject[0].is("a", "an", "the") || isNumberWord(subject[0])) {
		return clause{}, false
	}
	lead := toks[ms]
	if !w.keepCapital(subject) {
		lead.rename(strings.ToLower(lead.text))
	}
	aux := "were"
	if f.Number == 1 {
		aux = "was"
	}
	rest := make([]token, 0, len(subject)+len(tail)+3)
	rest = append(rest, token{text: aux}, token{text: passive}, token{text: "when"}, lead)
	rest = append(append(rest, subject[1:]...), tail...)
	return clause{rest: rest}, true
}

// firstOfTwoCountClauses reads "At least 41 people were killed in the
// fire and almost 600 homes, including farms, have been destroyed": the
// count opens its clause, a verb follows it, and the clause ends at an
// "and" that opens another count's clause (that count followed by a
// verb, past an aside between commas).
func (w *writer) firstOfTwoCountClauses(f Fact, toks []token, start int) (clause, bool) {
	if cs := clauseStart(toks, start); cs != start && start != w.sents[f.sent].firstWord() {
		return clause{}, false
	}
	end := f.c.end
	if end >= len(toks) || !(auxiliaries[toks[end].lower()] || !toks[end].cap() && pastVerbs[toks[end].lower()] != "") {
		return clause{}, false
	}
	for _, g := range w.facts {
		if g.Kind != Count || g.sent != f.sent || g.c.start <= f.c.end {
			continue
		}
		gs := g.c.start - wordCount(g.c.qualifier)
		and := gs - 1
		if and <= end || !toks[and].is("and") {
			continue
		}
		stop := and
		if toks[stop-1].text == "," {
			stop--
		}
		rest := toks[end:stop]
		if len(rest) < 2 || len(rest) > 14 {
			return clause{}, false
		}
		for _, t := range rest {
			if !t.isWord() || t.is("it", "them", "him", "there", "this", "these", "those", "which", "who") {
				return clause{}, false
			}
		}
		if hasVerb(rest) || elided(rest) || !secondCountClause(toks, g.c.end) {
			return clause{}, false
		}
		return clause{rest: rest}, true
	}
	return clause{}, false
}

// secondCountClause reports a verb after the count ending at k, past an
// aside between commas of at most five words ("homes, including farms,
// have been destroyed").
func secondCountClause(toks []token, k int) bool {
	if k < len(toks) && toks[k].text == "," {
		j := k + 1
		for j < len(toks) && j-k <= 6 && toks[j].text != "," {
			if !toks[j].isWord() {
				return false
			}
			j++
		}
		if j >= len(toks) || toks[j].text != "," {
			return false
		}
		k = j + 1
	}
	return k < len(toks) && (auxiliaries[toks[k].lower()] || !toks[k].cap() && pastVerbs[toks[k].lower()] != "")
}

// partOfOther reports a number's words after it, after that reads "of"
// and a whole counting other things than noun's: "20 of 21 counts" states
// no "20 years in prison" (statesCount), "20 of 21 years" does.
func partOfOther(after []string, noun []string) bool {
	if len(after) < 3 || after[0] != "of" {
		return false
	}
	k := 1
	if after[k] == "the" || after[k] == "its" || after[k] == "their" {
		k++
	}
	if k+1 >= len(after) || !startsWithDigit(after[k]) && !isNumberWord(token{text: after[k]}) {
		return false
	}
	return countsOther(after[k+1], noun) && !nounFollows(after[k+1:], noun)
}
