package generate

import "strings"

// participleByAt reports, at toks[i] inside a deed's object that starts
// at toks[k], a past participle followed by "by" right after a noun: a
// reduced relative clause that says what befell the object ("declared a
// state of emergency for 26 counties inundated by two feet of rain",
// "evacuated residents affected by the fire"). The deed ends before it:
// the participle's agent, and whatever brackets or figures follow, are
// no part of what the doer did. At least three words of object stay
// ("declared a state of emergency"), and a passive's own participle ("was
// hit by") is no modifier.
func participleByAt(toks []token, k, i int) bool {
	if i-k < 3 || i+1 >= len(toks) || !toks[i+1].is("by") {
		return false
	}
	t, prev := toks[i], toks[i-1]
	// Verbs the lexicon lacks ("inundated") end in "-ed" before "by".
	if t.cap() || participleBase(t.text) == "" && (len(t.text) < 6 || !strings.HasSuffix(t.lower(), "ed")) {
		return false
	}
	l := prev.lower()
	return prev.isWord() && !prev.cap() && !auxiliaries[l] && !prepositions[l] && !isVerbAdverb(prev) &&
		pastVerbs[l] == "" && !prev.is("be", "been", "being", "not", "and", "or", "the", "a", "an")
}
