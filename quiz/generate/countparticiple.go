package generate

// participleModifierEnd returns the length of a participle phrase that
// opens rest, the words after a counted object, and tells of the counted
// noun: "included more than 160 people taken from a nursing home" (the
// people were taken from the home). The phrase stays with its noun ("How
// many people taken from a nursing home did the evacuees include?"),
// where left after the verb it reads "… did the evacuees include taken
// from a nursing home?". It is a lower-case past participle then a
// preposition, running to the end of rest with no verb or punctuation of
// its own and eight words at most; 0 otherwise. After a verb that
// leaves its object in a state ("left 85 people injured in Kvarn",
// leftstate.go) the participle is the state, not the noun's: 0.
func participleModifierEnd(verb []token, rest []token) int {
	for _, v := range verb {
		if objectStateVerbs[v.lower()] {
			return 0
		}
	}
	if len(rest) < 3 || len(rest) > 8 || rest[0].cap() || !isParticiple(rest[0].lower()) || !prepositions[rest[1].lower()] {
		return 0
	}
	for _, t := range rest[1:] {
		if !t.isWord() || auxiliaries[t.lower()] || subordinators[t.lower()] || t.is("and", "or", "but", "who", "which", "that") ||
			!t.cap() && pastVerbs[t.lower()] != "" {
			return 0
		}
	}
	return len(rest)
}

// objectStateVerbs leave their object in the state a participle after it
// names: "left 30 injured", "kept 12 detained", "found 4 buried".
var objectStateVerbs = setOf(`left|leave|leaves|leaving|kept|keep|keeps|found|find|finds|had|have|has|got|get|gets|saw|see|sees|reported|report|reports|declared|declare|declares|listed|list|lists`)
