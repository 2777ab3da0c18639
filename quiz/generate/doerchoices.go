package generate

import (
	"slices"
	"strings"
	"unicode"
)

// deedKeys are the words a deed is about, to find a wrong choice who may
// have done it too: its content words after the verb ("referendum",
// "independence"; a name it is done to, "met Wang Yi"), as stems;
// pronouns ("his") say nothing of the deed and are left out.
func deedKeys(action string) []string {
	words := contentWords(action)
	if len(words) < 2 {
		return nil
	}
	var out []string
	for _, k := range words[1:] {
		if !possessives[k] {
			out = append(out, wordStem(k))
		}
	}
	return out
}

// possessives say whose, not what: no word a deed is about.
var possessives = setOf(`his|her|their|its|our|your|my`)

// wordStem is a word without its plural ending, so that "tries" finds
// "try" and "referendums" "referendum".
func wordStem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// keyBesideName reports whether a normalized sentence that names someone
// (name, normalized) holds one of keys outside the name and the word
// right before it: "President Abraham Lincoln" does not make Lincoln a
// doer of "shot the president", but "Cory Hill and Josh Adams scored
// second-half tries" makes Adams a doer of "went over for a try".
func keyBesideName(normSent, name string, keys []string) bool {
	// Most sentences do not name the person: they are not split into words.
	if name == "" || !strings.Contains(normSent, name) {
		return false
	}
	var wbuf [64]string
	var nbuf [8]string
	var sbuf [64]bool
	words := appendFields(wbuf[:0], normSent)
	nw := appendFields(nbuf[:0], name)
	skip := sbuf[:0]
	if len(words) <= len(sbuf) {
		skip = sbuf[:len(words)]
	} else {
		skip = make([]bool, len(words))
	}
	found := false
	for i := 0; i+len(nw) <= len(words); i++ {
		if slices.Equal(words[i:i+len(nw)], nw) {
			found = true
			for j := max(0, i-1); j < i+len(nw); j++ {
				skip[j] = true
			}
		}
	}
	if !found {
		return false
	}
	for j, w := range words {
		if !skip[j] && slices.Contains(keys, wordStem(w)) {
			return true
		}
	}
	return false
}

// sharesNameWord reports a capitalised word of an organisation's name
// that text writes too: "House Republicans" beside the answer
// "Republicans" may be the same people, and "Labour Party" cannot have
// "taken the electorates from Labour".
func sharesNameWord(name, text string) bool {
	in := map[string]bool{}
	for _, x := range strings.Fields(text) {
		in[strings.Trim(x, ".,;:?!'’\"“”()")] = true
	}
	for _, x := range strings.Fields(name) {
		if r := []rune(x); len(r) >= 3 && unicode.IsUpper(r[0]) && x != "The" && in[x] {
			return true
		}
	}
	return false
}

// afterTitleWords is a name without the office words that open it, as a
// page's "City Councilman Ron Nirenberg" is read whole: "Ron Nirenberg";
// "" when fewer than two words of name are left.
func afterTitleWords(name string) string {
	// Most names hold no title word: they are not split.
	words, titled := 0, false
	for x := range strings.FieldsSeq(name) {
		words++
		titled = titled || speakerTitles[x] || nameTitles[x]
	}
	if !titled {
		if words < 2 {
			return ""
		}
		if singleSpaced(name, words) {
			return name
		}
		return strings.Join(strings.Fields(name), " ")
	}
	ws := strings.Fields(name)
	k := -1
	for i, x := range ws {
		if speakerTitles[x] || nameTitles[x] {
			k = i
		}
	}
	if len(ws)-k-1 < 2 {
		return ""
	}
	return strings.Join(ws[k+1:], " ")
}

// singleSpaced reports a name of n words already written with one space
// between words and none around them, as strings.Join(strings.Fields(name),
// " ") would write it.
func singleSpaced(name string, n int) bool {
	return strings.Count(name, " ") == n-1 && strings.TrimSpace(name) == name &&
		strings.IndexFunc(name, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) < 0
}

// plainName is a person's name as a wrong choice is offered: without the
// rank or office words that open it ("Prosecutor Tom Reyes", "City
// Councilman Ron Nirenberg").
func plainName(name string) string {
	name = withoutNameTitle(withoutTitle(name))
	if n := afterTitleWords(name); n != "" {
		return n
	}
	return name
}
