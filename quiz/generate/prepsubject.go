package generate

import "strings"

// prepSubjectVerb finds the verb of a counted subject whose noun has a
// place or other phrase after it, when no auxiliary or plain past verb
// was found: "Five surveys on Earth looked at the same area of the sky"
// ("looked" is a regular past), "Two teams from Leeds found the wreck"
// ("found" is also a participle). rest opens on the phrase's preposition;
// the verb is one of its first ten words, lower case, and not a
// participle that "by" follows ("40 homes in Paradise destroyed by the
// fire" is the noun's phrase, not its clause). It returns -1 when none
// is found.
func prepSubjectVerb(rest []token) int {
	for j := 1; j < len(rest) && j <= 10; j++ {
		t := rest[j]
		if t.punct {
			return -1
		}
		l := t.lower()
		if t.cap() || !(strings.HasSuffix(l, "ed") && len(l) > 4 || pastVerbs[l] != "") {
			continue
		}
		if j+1 < len(rest) && rest[j+1].is("by") {
			continue
		}
		return j
	}
	return -1
}

// sameAs reports "as" at rest[j] that completes "the same … as" before
// it ("looked at the same area of the sky as Kepler"): the comparison
// is no time clause to cut, and the question keeps it.
func sameAs(rest []token, j int) bool {
	if !rest[j].is("as") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if rest[k].is("same") {
			return true
		}
	}
	return false
}
