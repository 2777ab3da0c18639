package generate

import "slices"

// sentClauses is clauses of one sentence, kept with what it read: the
// sentence's tokens (a pronoun's referent puts others in their place for
// a while) and its date tokens.
type sentClauses struct {
	toks    []token
	dateTok []bool
	clauses []actorClause
}

// clausesOf is clauses of sentence si, read once per article: findActors
// reads every sentence's clauses, and doerOf reads a doer fact's
// sentence again for its doer. The clauses are shared: callers only read
// them.
func (c *actorCtx) clausesOf(si int, toks []token, dateTok []bool) []actorClause {
	if r, ok := c.read[si]; ok && sameSlice(r.toks, toks) && slices.Equal(r.dateTok, dateTok) {
		return r.clauses
	}
	out := c.clauses(toks, dateTok)
	if c.read == nil {
		c.read = map[int]sentClauses{}
	}
	c.read[si] = sentClauses{toks: toks, dateTok: dateTok, clauses: out}
	return out
}
