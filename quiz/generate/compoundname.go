package generate

// compoundNameOff switches the rule off (tests check they fail without it).
var compoundNameOff = false

// compoundNameEnd ends the phrase a compound count describes, toks[from:
// end), on a whole name: "the 150-bed Vell Valley Children Hospital" is
// the hospital, not "the Vell Valley Children", and "the 80-bed
// children's hospital" not "the children's". A phrase cut inside a
// name (capitals running on) or on a possessive runs on to the name's
// head, four more words at most; one still running on is refused.
func compoundNameEnd(toks []token, from, end int) (int, bool) {
	if compoundNameOff || end <= from {
		return end, true
	}
	limit := end + 4
	for end < len(toks) && toks[end].isWord() && (toks[end-1].poss || toks[end-1].cap() && toks[end].cap()) {
		if end == limit {
			return end, false
		}
		end++
	}
	return end, true
}

// willAfter reports a "will" after toks[end] in its sentence: "the
// 150-bed hospital … will be ready by April" is asked in the present,
// not the past of "announced" ("How many beds does the hospital have?").
func willAfter(toks []token, end int) bool {
	if compoundNameOff {
		return false
	}
	for k := end; k < len(toks); k++ {
		if toks[k].is("will") {
			return true
		}
	}
	return false
}
