package generate

// frontedPronoun reports a sentence whose subject is "he", "she" or
// "they" after an opening phrase ("More importantly, he touched the lives
// of …", "Straight on Vienna he had marched …"): the pronoun needs the
// sentence before as much as one opening the sentence does, and a copy
// or a blank left with it asks about no one. Only the first eight words
// before the pronoun are looked at, with no name among them but a place
// after a preposition of place ("on Vienna": a name elsewhere may be the
// pronoun's referent, "Like Smith, he …") and no verb (a clause of its
// own: "After Smith left, he …", left to the other rules), and the
// pronoun must be followed by a verb: a past form or an auxiliary.
func frontedPronoun(toks []token, first int) bool {
	for k := first + 1; k < len(toks) && k-first <= 8; k++ {
		t := &toks[k]
		if t.punct {
			if t.text == "." || t.text == ";" || t.text == ":" || t.text == "“" || t.text == "\"" {
				return false
			}
			continue
		}
		l := t.lower()
		// A name or a verb before the pronoun: the opening is a clause
		// of its own or names someone; left to the other rules.
		if t.cap() && !toks[k-1].is("in", "on", "at", "to", "from", "into", "towards", "toward", "across", "through") || auxiliaries[l] || pastVerbs[l] != "" || quoteSpeechVerbs[l] {
			return false
		}
		if (l == "he" || l == "she" || l == "they") && k+1 < len(toks) {
			n := toks[k+1].lower()
			return auxiliaries[n] || pastVerbs[n] != ""
		}
	}
	return false
}
