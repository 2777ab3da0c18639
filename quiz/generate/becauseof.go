package generate

// "because of", "instead of": a conjunction or adverb that opens a
// compound preposition is no clause's start. A long quotation split there
// gave the excerpt "of its impact on our team", a phrase cut from its head
// (held-out set 21).

// compoundPrep reports whether c[i] opens a compound preposition.
func compoundPrep(c []token, i int) bool {
	return i+1 < len(c) && c[i].is("because", "instead", "regardless") && c[i+1].is("of")
}
