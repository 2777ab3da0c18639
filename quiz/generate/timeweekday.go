package generate

// weekdayAfterTime reports a weekday right after the dots of "a.m." or
// "p.m." at toks[i] that goes on the sentence rather than opening one:
// "shortly after 6 a.m. Tuesday, cast the vote", "at 9 a.m. Monday as
// leaders lobbied". A weekday in the possessive ("Sunday's crowds") or
// before a word that may open a clause of its own is left alone.
func weekdayAfterTime(toks []token, i int) bool {
	if i >= len(toks) || toks[i].poss || !weekdays[toks[i].text] || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	return next.punct && (next.text == "," || next.text == "." || next.text == ";") || next.is("as", "and", "when", "after", "before", "while", "morning", "afternoon", "evening", "night")
}
