package generate

import "strings"

// A quotation cut at its commas leaves pieces; a piece that is only a
// phrase ("Through his life and his work", "thus remaining within the
// permitted height") is no saying of its own: "X said “Through his life
// and his work”" reads as a fragment, and whether X said it cannot be
// told from what it says (held-out sets 18, 21 and 22: quotation
// fragments were rejected in each).

// verblessPiece reports an excerpt c, shorter than the quotation inner
// it is cut from, that holds no finite verb, no verb in the present
// ("delivers", "want" after a subject) and no subject pronoun: a phrase
// ("commitment to mankind", "Through his life and his work"), not a
// clause.
func verblessPiece(c, inner []token) bool {
	return len(c) < len(inner) && verbless(c)
}

// verblessTail reports a whole quotation that continues the writer's
// sentence after its comma, in lower case and without a verb: "… the
// height increased to 16m, “thus remaining within the permitted
// height”". Words the writer's own sentence uses ("called it “a
// welcome first step”") are asked as such, not here.
func verblessTail(toks []token, open int, inner []token) bool {
	return open > 0 && toks[open-1].text == "," && len(inner) > 0 && inner[0].isWord() && !inner[0].cap() && verbless(inner)
}

// verbless reports words without a finite verb, a verb in the present or
// a subject pronoun.
func verbless(c []token) bool {
	if len(c) == 0 {
		return false
	}
	for k := range c {
		l := c[k].lower()
		// "I'm", "we’re", "it's": a subject with its verb in one word.
		if a := strings.IndexAny(l, "'’"); a > 0 && clauseSubjects[l[:a]] {
			return false
		}
		if finiteWord(c, k) || clauseSubjects[l] || c[k].is("am", "'m", "’m", "'s", "’s", "'re", "’re", "can", "must", "may", "might") {
			return false
		}
		// clausestatement.go: "delivers"; a base form or its -s after
		// its subject ("people want", "spending lays"), not a noun after
		// a determiner ("his work").
		if presentVerb(c[k]) || k > 0 && !determiners[c[k-1].lower()] && (baseVerbs()[l] || len(l) > 3 && l[len(l)-1] == 's' && baseVerbs()[l[:len(l)-1]]) {
			return false
		}
	}
	return true
}
