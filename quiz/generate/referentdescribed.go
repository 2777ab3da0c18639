package generate

import "strings"

// "The jury foreman read the counts … . He read all 48 counts.": when the
// sentence before names no one and its subject is a person described by
// a role ("The jury foreman", "The appellant's background"), "He" or
// "She" is that person, asked in the article's words: "How many counts
// did the jury foreman read?". The sentence before must be in the same
// paragraph, open on "The", hold no capitalised word but its first and
// no quotation longer than three words, and speak of no one else after
// the description.

// describedRoles are the people a description may end on; the lists of
// roles the speakers' and referents' rules know, and these.
var describedRoles = setOf(`foreman|forewoman|appellant|applicant|claimant|respondent|athlete|sprinter|runner|golfer|batsman|bowler|swimmer|cyclist|boxer`)

// describedSubject is the description ("The jury foreman") that sentence
// si's opening "He" or "She" stands for, or "".
func (q *qtext) describedSubject(si int) string {
	j := si - 1
	if j < 0 || q.sents[j].headline || q.sents[j].furniture {
		return ""
	}
	from, to := q.first[j], q.first[si]
	if q.para[from] != q.para[to] || !q.toks[from].is("the") {
		return ""
	}
	// A word or two in quotation marks ("said “guilty” on six counts") is
	// no one's speech; a longer quotation may speak of someone.
	quoted := 0
	for k := from; k < to; k++ {
		if q.quoted[k] && q.toks[k].isWord() {
			quoted++
		}
		if quoted > 3 || k > from && q.toks[k].cap() {
			return ""
		}
	}
	// "The" and lower-case modifiers up to the role, which may own the
	// subject ("The appellant's background").
	role := -1
	for k := from + 1; k < to && k <= from+4; k++ {
		t := q.toks[k]
		if t.punct || q.verbLike(k) || prepositions[t.lower()] {
			break
		}
		if l := t.lower(); otherPersonNouns[l] || quoteRoleNouns[l] || describedRoles[l] {
			role = k
			break
		}
	}
	// The role closes the description: a verb follows it ("The jury
	// foreman read"), or it owns the subject ("The appellant's
	// background"); "The company's chief executive" is cut short by
	// neither, and a possessive before the role is someone else's.
	if role < 0 || role+1 >= to || !q.toks[role].poss && !q.verbAfterRole(role+1) {
		return ""
	}
	for k := from + 1; k < role; k++ {
		if q.toks[k].poss {
			return ""
		}
	}
	// Nothing after the role may be someone else: "The victim's mother"
	// is the mother, "The appellant's background" no one.
	after := role + 1
	if q.mentionsSomeoneElse(after, to) {
		return ""
	}
	for k := after; k < to; k++ {
		if pronounGender(&q.toks[k]) != 0 || q.toks[k].is("they", "them", "their") {
			return "" // "The foreman told him …": another he
		}
	}
	return joinWords(q.toks[from : role+1])
}

// verbAfterRole reports a verb at k, or an adverb before one: "read",
// "only broke", "also said" (past forms the verb lists leave out for
// their other readings count too).
func (q *qtext) verbAfterRole(k int) bool {
	t := q.toks[k]
	if t.is("only", "also", "then", "later", "now") && k+1 < len(q.toks) {
		k++
		t = q.toks[k]
	}
	l := t.lower()
	return !t.cap() && (q.verbLike(k) || strings.HasSuffix(l, "ed") || t.is("read", "led", "met", "won", "hit", "put", "set", "cut", "ran", "told", "said", "made", "gave", "took", "went", "came", "saw"))
}
