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
