package generate

// participleOpening reports a sentence opening on a participle phrase
// with no subject of its own: "Having joined the club in 1913, he …",
// "Having been elected in 2019, she …". Its verbs are no clause: the
// subject after it is the sentence's.
func participleOpening(toks []token, first int) bool {
	return first < len(toks) && toks[first].is("having")
}
