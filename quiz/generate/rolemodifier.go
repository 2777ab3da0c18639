package generate

// A few words for what a person is are also words for things, or
// modifiers of the noun after them: "a coach containing 60
// schoolchildren" (a bus), "fatal head injuries", "the general
// election", "an executive order", "official figures", "the chief
// executive" (the executive is the person). Written so, they speak of no
// one a "he" or "she" could stand for.

// modifierRoleNouns are the role nouns read as things before a word they
// modify.
var modifierRoleNouns = setOf("coach|head|general|chief|executive|official|host|forward|deputy|chair|favourite|favorite")

// modifierRoleNoun reports a role noun at k that names no person: one of
// modifierRoleNouns before a lower-case word that is no verb, preposition,
// conjunction or relative word ("head injuries", "coach containing").
func (q *qtext) modifierRoleNoun(k int) bool {
	if !modifierRoleNouns[q.toks[k].lower()] || q.toks[k].cap() || k+1 >= len(q.toks) {
		return false
	}
	n := q.toks[k+1]
	l := n.lower()
	if n.punct || n.cap() || q.verbLike(k+1) || prepositions[l] || determiners[l] || n.poss {
		return false
	}
	switch l {
	case "of", "and", "or", "but", "who", "whom", "whose", "that", "which", "has", "had", "have", "is", "was", "will", "would", "says", "said", "told", "added", "also", "not":
		return false
	}
	return true
}
