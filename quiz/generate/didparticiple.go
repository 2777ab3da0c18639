package generate

import "strings"

// ---- a counted noun's participle before "did" (samesentence) ----
//
// countparticiple.go keeps a participle phrase with its counted noun:
// "How many draft bills proposed by the government did the upper
// chamber legislators dismiss?". englishProblem refuses a past form in a
// "How many … did" prompt ("How many people did the storm killed?"), and
// a participle spelt as the past ("proposed", "seized", "displaced")
// fell to it wherever it stood, so the count of such a clause got only
// copies of its sentence, never a question (the unasked diagnostic's
// "only copies offered, its sentence asked"). Before "did" the words
// are the counted noun's own: a participle there, followed by a
// preposition that opens its phrase, qualifies the noun. After "did"
// the check stands.

// participleModifierOK reports words[i] a participle of the counted noun
// in a "How many … did" prompt split into words, did the index of the
// first "did" (-1 if none): lower case, after "How many" and a noun,
// before "did", and followed by a preposition that is not "did" itself.
func participleModifierOK(words []string, i, did int) bool {
	if did < 0 || i < 3 || i+1 >= did || !strings.EqualFold(words[0], "How") {
		return false
	}
	w := words[i]
	return w == strings.ToLower(w) && isParticiple(w) && prepositions[words[i+1]]
}
