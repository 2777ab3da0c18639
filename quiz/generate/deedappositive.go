package generate

// A deed's object may be followed by what a legal or official text adds
// to a name: a defined acronym in quotes inside brackets ("operated North
// Quay Depot ("NQD") within Camp Anvil") and an appositive that closes
// the sentence ("within Camp Anvil, a base near the airport."). Neither
// cuts the deed: the acronym is left out as a bare one is, and the
// appositive, a phrase of "a" or "an" and words with no verb of their
// own running to the sentence's end, describes the name before it.

// quotedAcronymAside returns 5 for ("NQD") at toks[i], else 0.
func quotedAcronymAside(toks []token, i int) int {
	if i+4 < len(toks) && toks[i].text == "(" && toks[i+4].text == ")" && isQuoteMark(toks[i+1]) && isQuoteMark(toks[i+3]) && acronymWord(toks[i+2]) {
		return 5
	}
	return 0
}

// closingAppositive reports ", a base near the airport." at toks[end]
// (the comma) after a name.
func closingAppositive(toks []token, end int) bool {
	if end == 0 || !toks[end-1].cap() || end+2 >= len(toks) || !toks[end+1].is("a", "an") || toks[end+1].cap() {
		return false
	}
	for j := end + 2; j < len(toks); j++ {
		t := toks[j]
		if t.punct {
			return j == len(toks)-1 && t.text == "." && j-end <= 10
		}
		if auxiliaries[t.lower()] || pastVerbs[t.lower()] != "" && !participleUse(toks, j) || subordinators[t.lower()] {
			return false
		}
	}
	return false
}
