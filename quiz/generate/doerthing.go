package generate

import "strings"

// titleAfterThe reports capitalised words at toks[k] right after "the" or
// "a" at the subject's start toks[a], with no title or description
// between: a film, a book or a ship ("The Silent Harvest set in …"), not
// a person ("the veteran coach Dana Price", "the Reverend Ann Holt" are).
// (The subject's words after a preposition are no doer either: "The
// award for the Best Feature Film went to …"; single stops there.)
func titleAfterThe(toks []token, a, k int) bool {
	return k == a+1 && toks[a].is("the", "a") && !honorifics[strings.TrimSuffix(toks[k].text, ".")]
}

// placeParticiples describe where a thing is, was made or takes place:
// "The Long Harvest, set in the Western Cape", "a firm based in Leeds".
var placeParticiples = setOf(`set|based|located|situated|headquartered|housed|filmed`)

// placeParticiple reports such a participle at toks[v] before "in", "at",
// "on" or "near": a description of the subject, not a deed ("Who set in
// the Eastern Cape?" asks nothing).
func placeParticiple(toks []token, v int) bool {
	return placeParticiples[toks[v].lower()] && v+1 < len(toks) && toks[v+1].is("in", "at", "on", "near")
}

// thinkVerbs say what someone thought, not what they did: "Who felt the
// team deserved the win?" asks an opinion, and the clause after the verb
// is seldom read whole ("felt the thing that gave them the edge was …").
var thinkVerbs = setOf(`felt|thought|believed|reckoned`)

// Films, festivals and the sides of a competition end names that no
// person bears: "Best Feature Film", "the Sydney Film Festival", "the All
// Age Women's competition" (held-out set 21 offered them as people).
func init() {
	for _, w := range []string{"Film", "Films", "Festival", "Women", "Men", "Ladies", "Girls", "Boys"} {
		thingHeads[w] = true
	}
}
