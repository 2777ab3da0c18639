package generate

// Two obstacles of the date-clause reader (simpleDateClause), lifted
// here: a participle aside between the subject and its verb ("The canal,
// designed by a French engineer, opened …"), and an opening "On this day
// in 1869," before the subject, which only labels the year.

// subjectParticipleAside returns the index of the verb after an aside
// that opens with a past participle at toks[k] == "," and closes with
// the next comma: ", designed by a French engineer, opened". It returns
// 0 when toks[k] is no such comma, the aside holds punctuation or a
// verb of its own, runs past ten words, or the word after it is no past
// verb ("…, built in 1912, was sold" is a passive: the caller reads it).
func subjectParticipleAside(toks []token, k int) int {
	if k < 1 || k+2 >= len(toks) || toks[k].text != "," || !toks[k-1].isWord() {
		return 0
	}
	pt := toks[k+1]
	if pt.cap() || !isParticiple(pt.lower()) {
		return 0
	}
	for c := k + 2; c < len(toks) && c-k <= 11; c++ {
		t := toks[c]
		if t.text == "," {
			if c+1 >= len(toks) || c == k+2 {
				return 0
			}
			v := toks[c+1]
			if v.cap() || v.is("said", "says") {
				return 0
			}
			if pastVerbs[v.lower()] != "" || v.is("was", "were") && c+2 < len(toks) && isParticiple(toks[c+2].lower()) {
				return c + 1
			}
			return 0
		}
		// "built by Harland and Wolff": "and" inside a name.
		if t.is("and") && toks[c-1].cap() && c+1 < len(toks) && toks[c+1].cap() {
			continue
		}
		if !t.isWord() || auxiliaries[t.lower()] || subordinators[t.lower()] ||
			t.is("and", "or", "but", "who", "which", "that") ||
			!t.cap() && pastVerbs[t.lower()] != "" && !toks[c-1].is("by") {
			return 0
		}
	}
	return 0
}

// thisDayOpening reports that toks[first:p] is "On this day" or "On this
// date" (or either without "On") before the preposition of a year at
// toks[p]: "On this day in 1869, the canal opened" dates the clause as
// "In 1869, the canal opened" does.
func thisDayOpening(toks []token, first, p int) bool {
	if p < first+2 || p >= len(toks) || !toks[p].is("in") {
		return false
	}
	k := first
	if p-first == 3 {
		if !toks[k].is("on") {
			return false
		}
		k++
	} else if p-first != 2 {
		return false
	}
	return toks[k].is("this") && toks[k+1].is("day", "date")
}

// subjectBeforeAside is the sentence's opening up to its first comma
// when a participle aside runs from that comma to the verb at toks[v]:
// "The canal, designed by a French engineer, opened in 1869" has the
// subject "The canal"; nil otherwise.
func subjectBeforeAside(toks []token, first, v int) []token {
	k := first
	for k < v && toks[k].text != "," {
		k++
	}
	if k == first || k >= v || subjectParticipleAside(toks, k) != v {
		return nil
	}
	return toks[first:k]
}

// weekdayOn returns the index of "on" in "on Friday, 5 July" or "on
// Monday (March 4)" before the date starting at toks[start] (a part of
// the day may follow the weekday: "on Saturday night (March 2)"); -1
// when the date has no such weekday before it. The weekday dates the
// clause as "on" before the date itself does.
func weekdayOn(toks []token, start int) int {
	k := start - 1
	if k >= 0 && (toks[k].text == "," || toks[k].text == "(") {
		k--
	}
	if k >= 1 && toks[k].is("morning", "afternoon", "evening", "night") {
		k--
	}
	if k < 1 || !weekdays[toks[k].text] || !toks[k-1].is("on") {
		return -1
	}
	return k - 1
}

// futureAdverb is 1 for an adverb in "will be officially announced",
// between "will be" at toks[k] and a participle before p, and 0
// otherwise: the adverb stays with its participle ("When will the result
// be officially announced?").
func futureAdverb(toks []token, k, p int) int {
	if k+3 < p && toks[k].is("will") && toks[k+1].is("be") && adverbAt(toks, k+2) == 1 && !toks[k+2].is("only", "likely") &&
		!toks[k+3].cap() && isParticiple(toks[k+3].lower()) {
		return 1
	}
	return 0
}

// asideAsSubject reports a subject that is a participle phrase ("built by
// Harland and Wolff"), not a noun phrase.
func asideAsSubject(subject []token) bool {
	return len(subject) > 0 && !subject[0].cap() && isParticiple(subject[0].lower())
}
