package generate

// Two dates in one sentence, each with a clause of its own: the date
// clause reader asks a date only when its clause holds no other date
// (clauseBounds). A comma opens a new clause before "and", "but" … ; two
// shapes of real pages hid that comma's clause:
//
//   - a reference mark between the comma and the conjunction ("became an
//     MP aged 19 in 1768,[2] and Robert Jocelyn became an MP aged 18 in
//     1806"), which clauseStart now skips too;
//   - "where" after the comma ("appeared at the court on 21st February
//     2018, where he admitted breaching the order on 20th February"): the
//     relative clause's date is its own, and the plea's date stays
//     refused (pleaOfOffenceDate).

// clauseAfterComma reports a comma at toks[k] followed, past any
// reference marks ("[2]"), by a word that opens a clause of its own.
func clauseAfterComma(toks []token, k int) bool {
	if toks[k].text != "," {
		return false
	}
	j := pastReferenceMarks(toks, k+1)
	return j < len(toks) && toks[j].is("and", "but", "while", "whereas", "when", "which", "where")
}

// pastReferenceMarks skips the reference marks ("[2]", "[5][6]") at
// toks[j]: a clause after a comma starts after them.
func pastReferenceMarks(toks []token, j int) int {
	for referenceMarkAt(toks, j) {
		j += 3
	}
	return j
}

// referenceMarkAt reports a reference mark opening at toks[j]: "[", a
// number, "]". Its bracket opens no clause.
func referenceMarkAt(toks []token, j int) bool {
	return j >= 0 && j+2 < len(toks) && toks[j].text == "[" && allDigits(toks[j+1].text) && toks[j+2].text == "]"
}

// activeAfterPassive reports the verb after "and" in "was born on 13 June
// 1916 and died on 2 May 2001", "was elected in 2010 and resigned in
// 2015", "was elected in 2010 and became leader in 2015": a verb with no
// passive, or a simple past that is no participle, keeps its own voice
// ("When did X die?"), where the first verb's "was" was lent to it
// ("When was X died?").
func activeAfterPassive(t token) bool {
	w := t.lower()
	if t.cap() || pastVerbs[w] == "" {
		return false
	}
	return intransitivePast[w] || !isParticiple(w)
}

// intransitivePast are past forms with no passive of their own; "was
// stolen in 1911 and returned in 1913", "was built … and moved …" keep
// the lent "was", so such verbs are not listed.
var intransitivePast = setOf(`died|resigned|retired|arrived|emigrated|graduated|disappeared|collapsed|occurred|happened|lived|stayed|remained|served`)
