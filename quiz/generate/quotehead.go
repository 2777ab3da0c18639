package generate

// Cut quotations, continued (held-out sets 18-21): an excerpt that ends on
// a word whose complement was cut off, or opens on a phrase cut from the
// clause it leans on, does not read as what the speaker said.
//
// Rejected: a noun cut from its "of" phrase ("hoping with every fiber | of
// my being", "the worst case | of dangerous driving"); a word that takes a
// "that" clause cut before it ("were made aware | that a bag had been
// found"); a piece opening on a preposition or a focusing adverb after a
// comma of the same sentence ("…the result, | especially against a team
// like Villa"). Kept: a clause cut before a phrase that only adds to it
// ("delivers great value | for our shareholders") and a sentence that
// opens on a preposition after a full stop.

// quoteHeadCut reports why the excerpt inner[at:end] is cut off from its
// complement or its head ("" when it is not).
func quoteHeadCut(inner []token, at, end int) string {
	if end < len(inner) && end > at {
		last := inner[end-1]
		if inner[end].is("of") && last.isWord() && !last.cap() && !quoteStops[last.lower()] && singledOut(inner, at, end-1) {
			return "a noun cut from its “of” phrase"
		}
		if inner[end].is("that") && thatTakers[last.lower()] {
			return "a word cut from its “that” clause"
		}
	}
	if at > 0 && at < end && inner[at-1].text == "," && headlessOpeners[inner[at].lower()] {
		return "a phrase cut from the clause it leans on"
	}
	return ""
}

// singledOut reports a word that singles the noun at inner[k] out of a
// set ("every fiber", "the worst case") among the three before it: the
// "of" phrase after it names the set, and the cut leaves it unsaid. Not
// "announce the closing | of this facility": the noun stands alone.
func singledOut(inner []token, at, k int) bool {
	for j := k - 1; j >= at && j >= k-3; j-- {
		if !inner[j].isWord() {
			return false
		}
		if singlingWords[inner[j].lower()] {
			return true
		}
	}
	return false
}

var singlingWords = setOf(`every|each|worst|best|biggest|greatest|largest|highest|lowest|smallest|first|last|only|most|least|one`)

// thatTakers are the adjectives and verbs a "that" clause completes.
var thatTakers = setOf(`aware|sure|clear|confident|convinced|certain|hopeful|glad|pleased|proud|sorry|afraid|adamant|satisfied|believe|believes|believed|know|knows|knew|think|thinks|thought|feel|feels|felt|hope|hopes|hoped|show|shows|showed|shown|mean|means|meant|ensure|ensures|ensured|confirm|confirms|confirmed|realise|realised|realize|realized|understand|understood|recognise|recognised|recognize|recognized|suggest|suggests|suggested|insist|insists|insisted|stress|stressed|warn|warned|fear|feared|expect|expected|say|says|said|told|tell|reassure|reassured|remind|reminded`)

// headlessOpeners open a phrase that leans on the clause before it.
var headlessOpeners = setOf(`of|for|to|in|on|at|with|by|from|into|against|including|especially|particularly|notably|mainly|mostly|largely|partly|except|unlike|like|than`)
