package generate

// Two dates, two clauses, the second opened by "and" and its date (round
// 19, "twodates"): "She retired in 1997 and in 2011 she became the
// club's chief executive", "The hospital opened in 1990, and in 2005 it
// was extended". The conjunction's date phrase hid the second clause
// (clauseAfterConjunction stops at a preposition), so each date had the
// other in its clause ("another date in the sentence", no question),
// and a reader of participle phrases took "retired in 1997 and in 2011"
// for one ("Ada Hale was retired in 1997 and in 2011", stated true).
// Read so, each date is asked with its own clause; the second clause's
// pronoun is the sentence's subject only when nothing else in the
// first clause could be meant (andDateSubject).

// andDateClauseAt reports "and" or "but" at toks[j] opening a clause of
// its own on a date phrase: "in" or "on", one to four words of a date,
// an optional comma, a subject of one to four words and a finite verb
// ("and in 2011 she became", "and on 3 May the club was sold").
func andDateClauseAt(toks []token, j int) bool {
	if j+4 >= len(toks) || !toks[j].is("and", "but") || !toks[j+1].is("in", "on") || !dateWordAt(toks, j+2) {
		return false
	}
	k := j + 2
	for k < len(toks) && k-j <= 5 && dateWordAt(toks, k) {
		k++
	}
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	s := k
	for k < len(toks) && k-s < 4 && toks[k].isWord() && !(finiteVerb(toks[k]) && !toks[k].cap()) && !prepositions[toks[k].lower()] {
		k++
	}
	return k > s && k < len(toks) && finiteVerb(toks[k]) && !toks[k].cap()
}

// dateWordAt reports a word of a written date at toks[k]: a number (a
// day or a year, "3rd"), or a month's name.
func dateWordAt(toks []token, k int) bool {
	t := toks[k]
	if t.punct || t.text == "" || t.time {
		return false
	}
	if c := t.text[0]; c >= '0' && c <= '9' {
		return true
	}
	_, ok := month(t)
	return ok
}

// andDateSubject is the subject for the pronoun pron opening the clause
// after "and" and its date phrase (toks[p] is the phrase's preposition,
// toks[p-1] the conjunction): the sentence's subject, when the first
// clause is that subject, its verb and words that name nothing else.
//
//   - "he" or "she": the sentence opens on a name of two to four
//     capitalised words, or on the pronoun of the same sex that the
//     sentence before named (withReferent wrote the name in its place);
//     between the verb and "and", no capitalised word but a month, no
//     pronoun, no quotation ("She retired in 1997 and in 2011 she became
//     …" asks "When did Ada Hale become …?");
//   - "it": the sentence opens on "The" and one to three words in lower
//     case, and its verb is followed only by a date phrase ("The hospital
//     opened in 1990, and in 2005 it was extended" asks "When was the
//     hospital extended?"; "The council approved the plan in 1990, and
//     in 2005 it was extended" does not say whether "it" is the plan).
//
// nil otherwise.
func (w *writer) andDateSubject(si int, toks []token, first, p, j int) []token {
	pron := toks[j]
	and := p - 1
	if and < first+3 || !toks[and].is("and", "but") || pron.cap() {
		return nil
	}
	end := and
	if toks[end-1].text == "," {
		end--
	}
	switch {
	case pron.is("he", "she"):
		b, e := first, first
		if r := w.pronounReferent(si); r.person != "" && r.tok == first && !r.poss && r.words == nil {
			orig := token{text: w.text[toks[first].start:toks[first].end]}
			if !orig.is(pron.lower()) {
				return nil
			}
			e = first + 1
		} else {
			for e < end && e-b < 4 && toks[e].isWord() && toks[e].cap() {
				e++
			}
			if e-b < 2 || e-b > 4 {
				return nil
			}
		}
		v := e
		if v >= end || toks[v].cap() || !(pastVerbs[toks[v].lower()] != "" || toks[v].is("was", "had")) {
			return nil
		}
		for k := v; k < end; k++ {
			t := toks[k]
			if _, m := month(t); t.cap() && !m || isPronoun(t.lower()) || t.is("his", "her", "him") || t.text == ";" || t.text == ":" || inQuote(toks, k) {
				return nil
			}
		}
		return toks[b:e]
	case pron.is("it"):
		// "it was extended", "it closed"; not an empty "it" ("it was
		// decided that …", "it became clear", "it rained").
		if j+2 >= len(toks) || toks[j+1].is("was") && !(isParticiple(toks[j+2].lower()) && !toks[j+2].cap() && !toks[j+2].is("that", "to")) ||
			toks[j+1].is("was") && j+3 < len(toks) && toks[j+3].is("that", "to") ||
			!toks[j+1].is("was") && (pastVerbs[toks[j+1].lower()] == "" || emptyItVerbs[toks[j+1].lower()]) {
			return nil
		}
		if !toks[first].is("the") || !toks[first].cap() {
			return nil
		}
		v := first + 1
		for v < end && v-first <= 4 && toks[v].isWord() && !toks[v].cap() && !finiteVerb(toks[v]) && !prepositions[toks[v].lower()] {
			v++
		}
		if n := v - first; n < 2 || n > 4 || v >= end || !finiteVerb(toks[v]) {
			return nil
		}
		k := v + 1
		if toks[v].is("was", "were") && k < end && isParticiple(toks[k].lower()) {
			k++
		}
		// Only the first verb's date phrase before "and".
		if k >= end || !toks[k].is("in", "on") {
			return nil
		}
		for k++; k < end; k++ {
			if !dateWordAt(toks, k) {
				return nil
			}
		}
		return toks[first:v]
	}
	return nil
}

// emptyItVerbs are past verbs whose "it" stands for no thing named
// before: "it rained", "it became clear", "it seemed", "it emerged that".
var emptyItVerbs = setOf(`rained|snowed|became|seemed|appeared|emerged|looked|turned|took|meant|followed|happened`)

// andDateOpens reports the date phrase at toks[p] opening a clause after
// "and" or "but": no participle phrase runs on into it ("She retired in
// 1997 and in 2011 she became …" is no "A truce declared on … collapsed").
func andDateOpens(toks []token, p int) bool {
	return p >= 1 && andDateClauseAt(toks, p-1)
}

// thatClauseBefore reports a clause opened by "that" between toks[from]
// (the end of the date asked) and the byte offset at (another date of the
// sentence): "In 2003 Tom Reeve made a bet of £500 that the club would win
// five titles by 2019" dates the bet in 2003; the title's date is the
// "that" clause's own, and the question's words stop before "that"
// (restCut). "that" opens a clause when a subject of one to four words
// and a finite verb or a modal follow it ("that the club would win"), not
// as a determiner ("on that date").
func thatClauseBefore(toks []token, from, at int) bool {
	for k := from; k+2 < len(toks) && toks[k].start < at; k++ {
		if !toks[k].is("that") {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+5 && toks[j].start < at; j++ {
			t := toks[j]
			if t.punct {
				break
			}
			if !t.cap() && (finiteVerb(t) || t.is("would", "will", "could", "should", "might", "must", "can", "may")) {
				return true
			}
		}
	}
	return false
}

// fromPlaceAside returns where the clause goes on after a name's home
// set off by commas at toks[v] ("In 2003 Tom Reeve, from Leeds, made a
// bet"): "from" and one to four capitalised words closed by a comma; 0
// when there is none.
func fromPlaceAside(toks []token, v int) int {
	if v+3 >= len(toks) || toks[v].text != "," || !toks[v+1].is("from") {
		return 0
	}
	for e := v + 2; e < len(toks) && e-v <= 6; e++ {
		t := toks[e]
		if t.text == "," {
			if e > v+2 {
				return e + 1
			}
			return 0
		}
		if !t.isWord() || !t.cap() {
			return 0
		}
	}
	return 0
}

// relativeDayOn returns the index of "yesterday", "today" or "tonight"
// that a day in brackets right after it dates ("died yesterday (6 May)
// at the age of 79"): the clause is read as dated "on" that day, its
// words ending before the adverb. -1 otherwise. (Listed as "another date
// in the sentence" when the sentence dates something else too: "Alan
// Hart, who served between 1976 and 2007, died yesterday (6 May)".)
func relativeDayOn(toks []token, d date) int {
	k := d.start - 2
	if d.day == 0 || d.year != 0 || d.qual != "" || k < 2 || toks[k+1].text != "(" || d.end >= len(toks) || toks[d.end].text != ")" ||
		!toks[k].is("yesterday", "today", "tonight") || toks[k].cap() {
		return -1
	}
	return k
}

// commaYear is the year after a comma at toks[j] that closes a day-first
// date ("On 23rd April, 2019, the Court sentenced …", "Tuesday 7 May,
// 2013"), 0 when there is none. The year must end the phrase (a
// punctuation mark or the text's end after it): "by 5 May, 1500 people
// had left" counts people. Read as two dates, the day and its year each
// left the other's clause with "another date in the sentence".
func commaYear(toks []token, j int) int {
	if j+1 >= len(toks) || toks[j].text != "," || j+2 < len(toks) && !toks[j+2].punct {
		return 0
	}
	return yearNumber(toks[j+1])
}
