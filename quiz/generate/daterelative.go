package generate

// inRelativeAside reports a date ending at character offset end inside
// a relative clause set off by commas before the clause at toks[cs]:
// "Ada Hale, who was mayor between 1990 and 1998, suffered a stroke in
// 2019" holds one date of its own verb's clause, 2019; the years of the
// aside tell of the mayoralty. lo is where the date's clause starts.
func inRelativeAside(toks []token, lo, cs, end int) bool {
	if cs <= lo+3 || cs >= len(toks) || toks[cs-1].text != "," || end > toks[cs-1].start {
		return false
	}
	for k := max(lo-1, 0); k+1 < cs-1; k++ {
		if toks[k].text == "," && toks[k+1].is("who", "which", "whose") {
			// The aside opens before the date and closes at cs-1.
			return toks[k].end <= end
		}
	}
	return false
}

// inOpeningPhrase reports a date ending at character offset end inside
// the phrase that opens the sentence before the clause at toks[cs]:
// "Founded in 1880, the club won the cup in 1901" dates the founding
// in its phrase and the cup in its clause. The phrase opens on a
// preposition or a participle, holds no comma of its own and closes
// with the comma before cs. A phrase that is only the date ("In 2019,
// the council approved the plan in March") dates the clause itself:
// the phrase must name something else (start is where the date begins).
// The caller asks it only for a date with its year: "When the board met
// in 2019, the mayor resigned in March" leaves March's year in the phrase.
func inOpeningPhrase(toks []token, first, cs, start, end int) bool {
	if cs <= first+2 || cs >= len(toks) || toks[cs-1].text != "," || end > toks[cs-1].start {
		return false
	}
	o := toks[first]
	if !prepositions[o.lower()] && !subordinators[o.lower()] && !(o.cap() && isParticiple(o.lower())) {
		return false
	}
	other := false
	for k := first; k < cs-1; k++ {
		t := toks[k]
		if t.punct || auxiliaries[t.lower()] || k > first && subordinators[t.lower()] {
			return false
		}
		if (t.end <= start || t.start >= end) && !prepositions[t.lower()] && !t.is("the", "a", "an", "early", "late", "mid", "last", "this", "next") {
			other = true
		}
	}
	return other
}
