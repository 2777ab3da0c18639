package generate

// purposeCut ends a deed too long to ask at its purpose clause: "smashed
// his own world record to become Olympic champion of the men's 400
// metres hurdles in Tokyo" is asked as "smashed his own world record".
// The object before "to" keeps three words or more, and the verb is no
// verb whose object is done by another ("ordered the residents to
// leave", controlVerbs): the "to" clause is then its complement, not its
// purpose. verb is the deed's verb; ts is its object.
func purposeCut(verb token, ts []token) []token {
	if len(ts) <= maxDeedWords || controlVerbs[verb.lower()] {
		return ts
	}
	for j := 3; j+1 < len(ts); j++ {
		if ts[j].is("to") && baseVerbs()[ts[j+1].lower()] {
			if hasPreposition(ts[:j]) || !ts[j-1].isWord() {
				return ts
			}
			return ts[:j]
		}
	}
	return ts
}
