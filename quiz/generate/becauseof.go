package generate

// "because of": the conjunction opening a compound preposition opens a
// phrase, not a clause. A long quotation
// split there gave the excerpt "of its impact on our team", a phrase cut
// from its head, and cut the clause before it short ("The decision to
// close the plant"), though a clause before a phrase that only adds to it
// reads whole (held-out set 21).

// compoundPrep reports whether c[i] opens a compound preposition.
func compoundPrep(c []token, i int) bool {
	return i+1 < len(c) && c[i].is("because") && c[i+1].is("of")
}
