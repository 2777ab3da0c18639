package generate

import "strings"

// sinceClauseAt reads "after", "before" or "since" at toks[k] opening a
// clause of its own that holds the date at toks[p]: the sentence has had
// its verb before the word, and the words after it are a lower-case noun
// phrase and a verb of the past up to the date, with no punctuation
// between. It returns 0 when toks[k] is no such word (a name after it is
// read by simpleDateClause's afterName; "The first match after the break
// began in 1998" has no verb before "after", so the phrase is its
// subject's), 1 when the date is the clause's own, and -1 when the date
// may be the main verb's and no question is asked.
//
// The date is the clause's after "since" when the main verb is a perfect
// ("The town has grown since the mill closed in 1921") or "since" follows
// a first, last, only or superlative ("…, the largest crowd since the
// stadium opened in 1998"): neither can take a date of its own. Else
// ("Prices fell after the mill closed in 1886") the date may be the
// fall's; and never is it the noun phrase's before the word ("When did
// the largest crowd since the stadium open?").
func sinceClauseAt(toks []token, first, k, p int) int {
	if !toks[k].is("after", "before", "since") || k <= first || k+2 >= p || toks[k+1].cap() {
		return 0
	}
	if !finiteVerbIn(toks, first, k) {
		return 0
	}
	verb := false
	for j := k + 1; j < p; j++ {
		t := toks[j]
		if !t.isWord() {
			return 0
		}
		if j > k+1 && (pastVerbs[t.lower()] != "" || t.is("was", "were", "had")) {
			verb = true
		}
	}
	if !verb {
		return 0
	}
	if toks[k].is("since") && (perfectBefore(toks, first, k) || superlativeBefore(toks, first, k)) {
		return 1
	}
	return -1
}

// perfectBefore reports whether "has", "have" or "had" comes before a
// past participle among toks[first:k].
func perfectBefore(toks []token, first, k int) bool {
	for j := first; j+1 < k; j++ {
		if toks[j].is("has", "have", "had") {
			n := j + 1
			if toks[n].is("not", "never") && n+1 < k {
				n++
			}
			if participleBase(toks[n].lower()) != "" || isParticiple(toks[n].lower()) {
				return true
			}
		}
	}
	return false
}

// superlativeBefore reports whether one of the three words before
// toks[k] is "first", "last", "only" or a superlative in -est ("the
// largest crowd since", "their first title since").
func superlativeBefore(toks []token, first, k int) bool {
	for j := k - 1; j >= first && j >= k-3; j-- {
		l := toks[j].lower()
		if !toks[j].isWord() {
			return false
		}
		if l == "first" || l == "last" || l == "only" || l == "most" || l == "fewest" || l == "least" || l == "best" || l == "worst" ||
			len(l) > 5 && strings.HasSuffix(l, "est") && !notSuperlative[l] {
			return true
		}
	}
	return false
}

// notSuperlative are words in -est that are no superlatives.
var notSuperlative = setOf(`interest|request|protest|arrest|contest|conquest|harvest|honest|modest|suggest|digest|forest|invest|manifest|inquest|unrest|behest|bequest|earnest|tempest|midwest|northwest|southwest`)

// pronounSubject reports whether a subject is a lone pronoun ("it",
// "they"): after "since" it stands for a noun phrase the question would
// not name ("since it opened in 1998" asks nothing).
func pronounSubject(subject []token) bool {
	return len(subject) == 1 && isPronoun(subject[0].lower())
}

// possessorBefore returns the possessor "it" after "since" at toks[k]
// stands for: "the Leith stadium" in "the Leith stadium's largest crowd
// since it opened", a phrase opening on "the", of words with no verb,
// whose possessive is among the three words before "since". It returns
// nil for another pronoun than "it" or when there is no such phrase.
func possessorBefore(toks []token, first, k int, pronoun token) []token {
	if !pronoun.is("it") {
		return nil
	}
	j := k - 1
	for j > first && j >= k-3 && !toks[j].poss && toks[j].isWord() {
		j--
	}
	if j <= first || !toks[j].poss || j == k-1 {
		return nil
	}
	b := j
	for b > first && j-b < 4 && !toks[b].is("the") {
		b--
		if t := toks[b]; !t.isWord() || t.poss || pastVerbs[t.lower()] != "" || auxiliaries[t.lower()] {
			return nil
		}
	}
	if !toks[b].is("the") || b == j {
		return nil
	}
	np := append([]token(nil), toks[b:j+1]...)
	np[len(np)-1].poss, np[len(np)-1].suffix = false, ""
	return np
}
