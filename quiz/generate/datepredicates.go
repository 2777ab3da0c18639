package generate

// Three shapes of real pages whose date had no clause (set 19's unasked
// diagnostic), each read by the date clause reader (simpleDateClause):
//
//   - a weekday before a labelling date: "Saturday, July 4, 1863: Both
//     armies continued …" labels the sentence as "July 4, 1863: …" does
//     (weekdayLabel);
//   - a verdict in the passive after an opening date: "In March, Pollard
//     was found guilty of …" gives "When was Pollard found guilty of …?"
//     ("found" is no participle of the package: "found" also means to
//     establish). Only with the date before the verb: in "was found
//     guilty of stealing a van on 2 March" the date is the theft's
//     (foundVerdict);
//   - a second predicate after "and" past a sequence adverb: "became a
//     member in 1968 and was then elected to represent Penn in 1976"
//     gives each date its own verb ("When was X elected to represent
//     Penn?"); the adverb is left out of the question
//     (secondPredicateVerb), and an infinitive after a passive of
//     choosing ("elected to represent", "appointed to lead") is the
//     office the choice was for, not a later event (choiceInfinitive).

// weekdayLabel reports a weekday and a comma before a date at toks[start]
// that opens the sentence at toks[first]: "Saturday, July 4, 1863: …".
func weekdayLabel(toks []token, first, start int) bool {
	return first >= 0 && start == first+2 && weekdays[toks[first].text] && toks[first+1].text == ","
}

// foundVerdict reports "was found guilty" (or "not guilty", "liable",
// "dead") at toks[v]: a passive whose participle the package does not
// list.
func foundVerdict(toks []token, v int) bool {
	return v+2 < len(toks) && toks[v].is("was", "were") && toks[v+1].is("found") && toks[v+2].is("guilty", "not", "liable", "dead")
}

// sequenceAdverbs stand between "and" and a second predicate's verb, or
// between its "was" and participle: "and then became", "and was later
// elected". They tell an order the dates tell already.
var sequenceAdverbs = setOf(`then|later|subsequently|afterwards|eventually`)

// secondPredicateVerb returns the index of the verb of a second
// predicate opened by "and" at toks[k] ("and was extended", "and then
// became", "and was then elected"): a past verb, or "was"/"were" before a
// participle (past a sequence adverb); -1 when "and" opens none.
func secondPredicateVerb(toks []token, k int) int {
	if k+1 >= len(toks) || !toks[k].is("and") {
		return -1
	}
	v := k + 1
	if sequenceAdverbs[toks[v].text] && v+1 < len(toks) {
		v++
	}
	n := toks[v]
	if pastVerbs[n.lower()] != "" && !n.cap() {
		return v
	}
	if n.is("was", "were") && v+1 < len(toks) {
		p := v + 1
		if sequenceAdverbs[toks[p].text] && p+1 < len(toks) {
			p++
		}
		if isParticiple(toks[p].lower()) {
			return v
		}
	}
	return -1
}

// predicateParticiple returns, for "was"/"were" at toks[v], the index of
// its participle past a sequence adverb ("was then elected"), or v+1.
func predicateParticiple(toks []token, v int) int {
	if v+2 < len(toks) && sequenceAdverbs[toks[v+1].text] {
		return v + 2
	}
	return v + 1
}

// choiceParticiples are passives of choosing a person: "was elected to
// represent Penn", "was appointed to lead the inquiry". The infinitive
// says what for; the date is the choice's.
var choiceParticiples = setOf(`elected|appointed|chosen|selected|named|nominated|picked|drafted|recruited`)

// choiceInfinitive reports "to" at toks[i] after a passive of choosing
// ("was elected to represent …"), the words between the participle and
// "to" at most two ("was elected unopposed to represent").
func choiceInfinitive(toks []token, v, i int) bool {
	for j := i - 1; j >= v && j >= i-3; j-- {
		if choiceParticiples[toks[j].text] {
			return j > 0 && (toks[j-1].is("was", "were") || sequenceAdverbs[toks[j-1].text] && j > 1 && toks[j-2].is("was", "were"))
		}
	}
	return false
}

// thinSpanChoices reports a span of years offered beside fewer than three
// other spans: "between 1976 and 2007" beside "between 1880 and 1911" and
// "between 1912 and 1943" leaves the answer the latest of three, the
// others decades before a life the sentence tells of. A fill-in of a
// span asks it with four choices or not at all (the second date of
// "elected in 1968 and then in 1976" takes the sentence's statement away
// from such a span, which had stood in its place).
func thinSpanChoices(d date, wrong []string) bool {
	return d.form == formYearRange && len(wrong) < 3
}

// relativeAdverb reports "first" or an adverb in -ly at toks[v], opening
// a relative clause before its simple past: "The virus, which first
// emerged in Wuhan in December 2019, has infected …" gives "When did the
// virus first emerge in Wuhan?"; the adverb stays with the verb.
func relativeAdverb(toks []token, v, p int) bool {
	if v+1 >= p || !(toks[v].is("first") || adverbAt(toks, v) == 1 && !toks[v].is("only", "early", "likely", "reportedly", "allegedly")) {
		return false
	}
	n := toks[v+1]
	return !n.cap() && pastVerbs[n.lower()] != "" && !n.is("was", "were", "had")
}
