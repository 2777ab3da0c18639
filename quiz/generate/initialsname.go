package generate

import "unicode/utf8"

// nameWithInitials reads a holder's name after a title at toks[i] as
// nameAt does, and also one that opens on initials written without dots
// ("Vice President JD Vance", "Commissioner KM Nurul Huda"): two or three
// capital letters that are no country, nationality or known body, followed
// by a name of one word or more. Read only right after a title, where an
// acronym seldom stands.
func nameWithInitials(toks []token, i int) (end int, n int) {
	end, n = nameAt(toks, i)
	if n > 0 || !initialsWord(toks, i) {
		return end, n
	}
	e, m := nameAt(toks, i+1)
	if m == 0 || m > 3 || places().lookupWords(toks[i+1:e]) != nil {
		return end, n
	}
	// "BBC News", "CNN Business": an acronym heading a body's name.
	for _, t := range toks[i+1 : e] {
		if orgWords[t.text] || buildingWords[t.text] || mediaWords[t.text] {
			return end, n
		}
	}
	return e, m + 1
}

// initialsWord reports two or three capital letters at toks[i] that can
// open a name ("JD", "NMD"), not an acronym the tables know ("US", "UN",
// "NATO") nor one glued to the word after it.
func initialsWord(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	t := toks[i]
	if t.punct || t.poss || t.time || utf8.RuneCountInString(t.text) > 3 || !shouting(t.text) {
		return false
	}
	for _, r := range t.text {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	if countryNames[t.text] || nationalities[t.text] != "" || organisations[t.text] || isTitleWord(t) || notNames[t.text] {
		return false
	}
	next := toks[i+1]
	return next.cap() && !shouting(next.text) && !isTitleWord(next)
}

// mediaWords end the name of a broadcaster or a paper after its acronym.
var mediaWords = setOf(`News|Sport|Sports|Radio|TV|Television|Online|Business|World|Media|Channel|Network|Times|Post|Today`)
