package generate

// A "He" or "She" may stand for the person named two sentences before
// when the sentence between is about no one else: a line of page
// furniture ("Read more:", "You may also want to watch:") that names no
// one, or a sentence whose subject is a thing ("The charge states that he
// failed to …") that names no one, mentions no other person and speaks of
// the person only by the same pronoun. The chain then goes on from the
// sentence before it (chainReferent), as it does through a sentence
// opening on the same pronoun, within the same limit.

// passesOver reports that sentence j, between a "He" or "She" and the
// sentence naming the person, may be passed over.
func (q *qtext) passesOver(j int, male bool) bool {
	s := q.sents[j]
	from, to := q.sentSpan(j)
	if q.bracketedLife(j) || q.verbOpenedLine(j) {
		return true // "(Born in Dublin on …)", "Was the first President of …" under a name (headingreferent.go)
	}
	if q.namesSomeone(from, to) || q.mentionsSomeoneElse(from, to) {
		return false
	}
	same, other := 0, 0
	for k := from; k < to; k++ {
		switch g := pronounGender(&q.toks[k]); {
		case g != 0 && (g > 0) == male:
			same++
		case g != 0 || q.toks[k].is("they", "them", "their"):
			other++
		}
	}
	if other > 0 {
		return false
	}
	if s.furniture {
		return j > 0 && len(s.toks) <= 12 && same == 0 && !q.anyCap(from+1, to)
	}
	// "The charge states that he …": "The", a noun that is no person, a
	// verb; nothing capitalised after "The".
	f := s.firstWord()
	if f < 0 || f+2 >= len(s.toks) || !s.toks[f].is("the") || s.toks[f+1].cap() || s.toks[f+1].punct || same == 0 || q.quoted[from+f] ||
		otherPersonNouns[s.toks[f+1].lower()] || quoteRoleNouns[s.toks[f+1].lower()] || !q.verbLike(from+f+2) && !thingSubjectVerbs[s.toks[f+2].lower()] || q.anyCap(from+f+1, to) {
		return false
	}
	return true
}

// anyCap reports a capitalised word between from and to.
func (q *qtext) anyCap(from, to int) bool {
	for k := from; k < to; k++ {
		if q.toks[k].cap() {
			return true
		}
	}
	return false
}

// thingSubjectVerbs are the verbs of a document's subject that verbLike
// may read as nouns ("The charge states that he …").
var thingSubjectVerbs = setOf(`states|stated|says|said|shows|showed|alleges|alleged|claims|claimed|reads|read|notes|noted|adds|added|found|finds|concluded|concludes`)
