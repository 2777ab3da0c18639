package generate

// laterYearIn reports a year written in the sentence (in a quotation or
// as a modifier: "said: “2016 trading was …”", "the 2016 results") later
// than y. A leader whose own sentence speaks of a later year is not dated
// by the year of the sentence before: "The firm bought two rivals at the
// end of 2015. Its chief executive, Ann Cole, said the 2016 results …"
// names Cole chief executive in the story's present, not in 2015.
func laterYearIn(toks []token, y int) bool {
	for _, t := range toks {
		if yearToken(t) && yearNumber(t) > y {
			return true
		}
	}
	return false
}

// possessorEnd cuts a subject's capitalised words toks[:n] after its
// first possessive: in "Ann Cole's Paris Open win was her third title"
// the subject is a thing of Cole's, and "her" is Cole, not "Paris Open".
func possessorEnd(toks []token, n int) int {
	for k := 0; k < n-1; k++ {
		if toks[k].poss {
			return k + 1
		}
	}
	return n
}
