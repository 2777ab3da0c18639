package generate

// placeAsideAt reports the capitalised words between the commas at
// toks[s] and toks[e] as a town of the gazetteer named after a venue's
// capitalised name: "took place at the Adelaide Oval, Adelaide, on 27
// November 2015". Like a person's name set off by commas ("killing his
// roommate, Corvin Harrison, back in …", simpleDateClause), the aside
// ends no clause: the date's clause is "took place at the Adelaide Oval,
// Adelaide". A name that is no place ("the Lake Oval, Hull Kingston, on")
// still ends it.
func placeAsideAt(toks []token, s, e int) bool {
	if s < 1 || e <= s+1 || e-s > 4 || toks[s].text != "," || toks[e].text != "," || !toks[s-1].cap() {
		return false
	}
	if e+1 >= len(toks) || toks[e+1].cap() || !prepositions[toks[e+1].lower()] {
		return false
	}
	p := places().lookup(joinTokens(toks[s+1 : e]))
	return p != nil && p.kind == "city"
}

// withoutClosingComma drops the comma that closed a town set off by
// commas at the end of a clause ("at the Adelaide Oval, Adelaide,").
func withoutClosingComma(rest []token) []token {
	if n := len(rest); n > 0 && rest[n-1].text == "," {
		return rest[:n-1]
	}
	return rest
}

// cityAfterVenue reports the comma at rest[k] before a town of the
// gazetteer that closes a clause after a venue's capitalised name ("took
// place at the Adelaide Oval, Adelaide"): the comma is the aside's.
func cityAfterVenue(rest []token, k int) bool {
	if k < 1 || rest[k].text != "," || !rest[k-1].cap() || len(rest)-k < 2 || len(rest)-k > 4 {
		return false
	}
	for _, t := range rest[k+1:] {
		if !t.cap() {
			return false
		}
	}
	p := places().lookup(joinTokens(rest[k+1:]))
	return p != nil && p.kind == "city"
}
