package generate

import "strings"

// A capitalised run after "for" that the article names nowhere as a
// person is the place, team or body someone stood, sat or worked for
// ("elected to the council in 1987 for Caton Ward", "ward councillor for
// Old Woking", "MP for Kilkenny"), not a second person the next
// sentence's "He" or "She" could stand for (chainReferent). A run with an
// honorific or a title ("for Mr Reeve", "for President Kagame") is still
// someone.

// forPlaceRun reports that the run from i to end, resolved as p, follows
// "for" and is no person the article names.
func (q *qtext) forPlaceRun(i, end int, p string) bool {
	if i == 0 || !q.toks[i-1].is("for") || q.isPerson(p) || strings.Count(q.text, joinTokens(q.toks[i:end])) > 1 {
		return false
	}
	for k := i; k < end; k++ {
		if t := q.toks[k]; quoteHonorifics[t.text] || maleHonorifics[t.text] || femaleHonorifics[t.text] || isTitleWord(t) {
			return false
		}
	}
	return true
}

// nameForPronoun reports a token holding the full name withReferent put
// in the place of a subject pronoun ("Pat Quinton" for "She"): a
// pronoun later in the sentence ("… until she retired in May 2007") has
// its referent in the sentence then, and the copy stands alone. Only a
// name put in so holds a space.
func nameForPronoun(t *token) bool {
	return strings.IndexByte(t.text, ' ') > 0
}

// resolvedCommaSplice reports a sentence whose subject pronoun withReferent
// has put the name in for, run on after a comma with a second pronoun
// and its verb (commaSplicePronoun).
func resolvedCommaSplice(toks []token, first int) bool {
	return nameForPronoun(&toks[first]) && commaSplicePronoun(toks[first:])
}

// commaSplicePronoun reports a comma followed by a subject pronoun and
// its verb ("Eamon de Valera was a Commandant in the 1916 Rising, he was
// court-martialled …"): a second sentence run on after a comma, which a
// statement would copy ungrammatical.
func commaSplicePronoun(toks []token) bool {
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].text == "," && toks[k+1].is("he", "she", "they") {
			n := toks[k+2].lower()
			if auxiliaries[n] || pastVerbs[n] != "" {
				return true
			}
		}
	}
	return false
}
