package generate

// conjunctionPronoun reports a sentence opening on a conjunction and a
// pronoun: "But it was eventually abandoned in the 8th century AD." reads
// on from the sentence before, and copied alone ("Fill in the blank: But
// it was …") names nothing.
func conjunctionPronoun(toks []token, first int) bool {
	return first+1 < len(toks) && toks[first].is("but", "and", "yet", "so") &&
		toks[first+1].is("it", "he", "she", "they", "its", "his", "her", "their", "this", "these")
}
