package generate

// Two readings that let "He" or "She" take the one person the sentence
// before is about when that sentence also says what the person is:
// "Edwards, 92, was also a former light heavyweight boxing champion of
// northwest England. He was elected …" (the champion is Edwards, no one
// else) and "Mr Hart … was later made an Honorary Alderman of the city.
// He was born …" (a capitalised office after "an" names no one).

// indefiniteRun reports a capitalised run [i, end) that follows "a" or
// "an" and ends on a role: "an Honorary Alderman", "a Senior Fellow" say
// what someone is, never who ("married a Sarah Jones" still names her).
func (q *qtext) indefiniteRun(i, end int) bool {
	if i == 0 || !q.toks[i-1].is("a", "an") {
		return false
	}
	last := q.toks[end-1]
	l := last.lower()
	return isTitleWord(last) || otherPersonNouns[l] || quoteRoleNouns[l] || indefiniteRoles[l]
}

// indefiniteRoles are capitalised honours and memberships that follow "a"
// or "an" ("an Honorary Alderman", "a Freeman of the City").
var indefiniteRoles = setOf(`alderman|freeman|fellow|laureate|knight|dame|peer|baronet|councillor|councilor|mp|mep|msp|justice|magistrate`)

// predicatePhrase reports a noun at k ending a phrase that opens on "a"
// or "an" after a copula: its modifiers may be participles ("a retired
// music teacher"), never a preposition, a name, a comma or a clause's
// word.
func (q *qtext) predicatePhrase(from, k int) bool {
	for j := k - 1; j >= from && j >= k-6; j-- {
		t := q.toks[j]
		switch {
		case t.is("a", "an"):
			return q.predicateAfterArticle(from, j)
		case t.punct || t.cap() || prepositions[t.lower()] || t.is("and", "or", "who", "whose", "that", "which", "the") || auxiliaries[t.lower()]:
			return false
		}
	}
	return false
}

// predicateAfterArticle reports that the "a" or "an" at j opens what the
// subject is: a copula or a verb of naming comes right before it, past
// "also", "not" or an adverb ("was also a former boxing champion", "is
// now a retired teacher"). Only the noun phrase the article opens counts,
// so the caller stops at the first word that is no modifier.
func (q *qtext) predicateAfterArticle(from, j int) bool {
	for k := j - 1; k >= from && k >= j-3; k-- {
		t := q.toks[k]
		switch {
		case t.is("was", "is", "became", "becomes", "become", "remains", "remained", "been", "be", "named", "appointed", "elected", "made", "as"):
			return true
		case t.is("also", "not", "still", "now", "later", "once") || len(t.text) > 4 && t.lower()[len(t.text)-2:] == "ly":
			continue
		}
		return false
	}
	return false
}

// identityName reports a name at i that says who the sentence's described
// subject is: "the youngest MP since the Reform Act of 1832 was James
// Dickson, who …" makes James Dickson the one the next "He" stands for.
// The clause opens on "the" (at the sentence's start or after an opening
// phrase's comma), its head before any preposition is a person's role
// ("MP", "mayor", "winner"), and no verb, clause or comma lies between it
// and the "was" or "is" right before the name.
func (q *qtext) identityName(from, i int) bool {
	if i-1 <= from || !q.toks[i-1].is("was", "is") {
		return false
	}
	start := -1
	for j := i - 2; j >= from && start < 0; j-- {
		t := q.toks[j]
		switch {
		case t.is("the") && (j == from || q.toks[j-1].text == ","):
			start = j
		case q.verbLike(j) || q.quoted[j] || t.text == "," || t.is("who", "whom", "whose", "that", "which", "and", "or"):
			return false
		}
	}
	if start < 0 {
		return false
	}
	head := ""
	for j := start + 1; j < i-1 && !prepositions[q.toks[j].lower()] && !q.toks[j].is("of"); j++ {
		head = q.toks[j].lower()
	}
	return otherPersonNouns[head] || quoteRoleNouns[head] || head == "mp"
}
