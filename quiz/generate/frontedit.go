package generate

// frontedIt reports a sentence whose subject, after an opening phrase,
// is "it" before a past verb ("From 1990 to 2004 it hosted the cup …",
// "In its June update it said …") or a possessive after the opening's
// comma ("On 4 May 1702, their fleet sailed …"): the "it" or "their"
// needs the sentence before, as much as one opening the sentence does
// (frontedPronoun reads "he", "she" and "they"). An "it" before a verb
// of being or seeming stands for what follows ("In 2010 it was
// decided …", "By noon it seemed …") and reads alone. Only the first
// twelve tokens are looked at; an opening with a verb of its own is a
// clause, left to the other rules.
func frontedIt(toks []token, first int) bool {
	if nameForPronoun(&toks[first]) {
		return false
	}
	for k := range openingWords(toks, first) {
		t := &toks[k]
		l := t.lower()
		// lower case: "May" is a month, "may" a verb
		if auxiliaries[t.text] || pastVerbs[l] != "" || quoteSpeechVerbs[l] {
			return false
		}
		if l == "it" && k+1 < len(toks) {
			n := toks[k+1].lower()
			return (pastVerbs[n] != "" || quoteSpeechVerbs[n]) && !auxiliaries[n] && !emptyItVerbs[n] && !emptyItMore[n]
		}
		if toks[k-1].text == "," && t.is("his", "her", "its", "their") && !t.cap() {
			return true
		}
	}
	return false
}

// emptyItMore are past verbs, besides emptyItVerbs (twodatesand.go),
// after which "it" may stand for what follows ("it remained unclear",
// "it proved impossible", "it felt like", "it cost nothing to").
var emptyItMore = setOf(`remained|proved|felt|came|made|cost|helped|mattered`)
