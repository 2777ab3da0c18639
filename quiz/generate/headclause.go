package generate

import "strings"

// participleInHead reports whether the noun phrase a relative clause
// hangs on holds a participle with words after it ("the largest crowd
// ever seen at the Leith stadium, which opened in 1998"): the phrase has
// a clause of its own, and "which" may be its last noun's (the
// stadium's), not the phrase's; no question reads it as the head's
// ("When did the largest crowd ever seen at the Leith stadium open?").
// A participle after an article or "newly" is an adjective ("the newly
// elected council, which met on …").
func participleInHead(np []token) bool {
	for i := 1; i+1 < len(np); i++ {
		t := np[i]
		if t.cap() || !t.isWord() || !isParticiple(t.lower()) {
			continue
		}
		if p := np[i-1]; participleUse(np, i) || strings.HasSuffix(p.lower(), "ly") && i > 1 && participleUse(np, i-1) {
			continue
		}
		return true
	}
	return false
}

// pronounInSubject reports a personal pronoun inside a subject past its
// first word ("the largest crowd since it", "the club after they"): the
// pronoun opens a clause of its own, and the subject reads it as the
// noun phrase's ("When did the largest crowd since it open?").
func pronounInSubject(subject []token) bool {
	for _, t := range subject[1:] {
		if t.is("he", "she", "it", "they", "we", "i") && !t.cap() {
			return true
		}
	}
	return false
}
