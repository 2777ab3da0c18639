package generate

import "strings"

// wholeCountries are the country names of one word ("France", "Turkey").
var wholeCountries = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range nationalities {
		if !strings.Contains(c, " ") {
			m[c] = true
		}
	}
	return m
}()

// countryOpener reports a phrase opening a sentence on a country's name:
// a one-word country ("Turkey said …"), or the first word of a longer one
// followed by its capitalised rest ("New Zealand", "South Africa"). A word
// of a longer name followed by a lower-case word is no country: "New data
// were released" is lowered ("When were new data released?").
func countryOpener(ts []token) bool {
	if len(ts) == 0 || !countryWords[ts[0].text] {
		return false
	}
	return wholeCountries[ts[0].text] || len(ts) > 1 && ts[1].cap()
}

// countryPartAlone reports a word of a longer country's name (one of the
// article's facts' countries, so among its names) opening a phrase before
// a lower-case word, which the article also writes in lower case: "New
// data, released …" on a page about New Zealand that writes "new" too.
// It is no name there ("Meade", written nowhere in lower case, stays one).
func (w *writer) countryPartAlone(ts []token) bool {
	if len(ts) < 2 || ts[1].cap() || !countryWords[ts[0].text] || wholeCountries[ts[0].text] {
		return false
	}
	return lowerWordInText(w.text, ts[0].lower())
}
