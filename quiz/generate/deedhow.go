package generate

// howVerbs report what someone did in a "how" clause: "The court heard how
// Pollard destroyed four pictures", "She described how Ruiz rescued the
// crew".
var howVerbs = setOf(`heard|told|described|explained|showed|revealed|recounted|recalled|detailed|learned|learnt`)

// howClause reports a "how" at toks[k] that opens the clause of a deed
// after a verb of telling: the doer stands after it, as after "when".
func howClause(toks []token, k int) bool {
	return k > 0 && toks[k].is("how") && howVerbs[toks[k-1].lower()]
}
