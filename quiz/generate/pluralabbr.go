package generate

// pluralAbbrTitles are titles abbreviated in the plural before a list of
// their holders: "Sens. Ann Cole of Ohio and Tom Reed of Iowa", "Reps.
// …". The dot after the abbreviation is its own token (or dropped).
var pluralAbbrTitles = map[string]string{"Sens": "Senator", "Reps": "Representative"}

// pluralTitleAt reads a title in the plural at toks[i] ("Justices",
// "Sens."): the singular title and the index of the first word after it.
func pluralTitleAt(toks []token, i int) (string, int, bool) {
	if t, ok := pluralTitles[toks[i].text]; ok {
		return t, i + 1, true
	}
	t, ok := pluralAbbrTitles[toks[i].text]
	if !ok {
		return "", i, false
	}
	k := i + 1
	if k < len(toks) && toks[k].text == "." {
		k++
	}
	return t, k, true
}

// stateAfterName reads the state or country a listed holder represents,
// written "of <place>" right after the name ("Rand Paul of Kentucky"):
// the place and the index after it, or "" when there is none.
func stateAfterName(toks []token, end int) (string, int) {
	c, k := countryAfterOf(toks, end)
	if c == "" || !knownCountry(c) {
		return "", end
	}
	return c, k
}

// seatChoiceUnfit reports a wrong office that a state's seat in Congress
// and another office cannot be offered beside: a senator from Kentucky is
// a Senator of the United States too, so only another state's seat or
// another office of a US state is wrong for her; and "Senator from
// Kentucky" is no choice of the same kind for the President of the United
// States.
func seatChoiceUnfit(f Fact, office, country string) bool {
	if stateSeat(f.Office, f.Country) {
		return !usStateNames[country]
	}
	return stateSeat(office, country)
}

// titleInside reports a title begun inside a name read in a list
// ("… and Nebraska Sen. Ben Nelson": "Nebraska Sen" is no holder; the
// list ends before it).
func titleInside(toks []token, ns, end int) bool {
	for k := ns; k < end; k++ {
		if t, _ := matchTitle(toks, k, false); t != "" {
			return true
		}
	}
	return false
}
