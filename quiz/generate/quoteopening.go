package generate

import "strings"

// quoteContinuesWriter reports quoted words that open on a word joining
// them to the writer's sentence ("it was his view “that the Coalition has
// won …”", "the closure “of its impact on …”"): the marks hold a clause or
// phrase of the writer's sentence, and "X used the words “that …”" states
// a fragment, not something X said.
func quoteContinuesWriter(ex string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(ex, "“\"'‘ "), " ")
	return quoteJoiningWords[first]
}

// quoteJoiningWords open a complement, a relative clause or a phrase
// that hangs on the words before it.
var quoteJoiningWords = setOf(`that|which|whom|whose|of|to|for|from|with|by|than|as|because|if|whether|and|but|or|nor|so`)
