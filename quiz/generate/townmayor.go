package generate

// "Ann Byrne, the mayor of Dunmore, Nebraska, said": a town the
// gazetteer does not hold, named by the state (or country) written after
// it and its comma, as American news writes towns. The office is the
// town's ("Mayor" of Dunmore); without the state after it an unknown
// word after "of" names no place the reader can trust, and the leader is
// still not read.

// townOfState reads "of TOWN, STATE" at toks[j] after a town's office:
// one to three capitalised words, a comma, then a region or a country
// of the gazetteer (or an AP state's abbreviation: "Dunmore, Neb."),
// closed by a comma or the sentence's end. It returns the town and the
// index after the state, or "" and j.
func townOfState(toks []token, j int) (string, int) {
	if j+3 >= len(toks) || !toks[j].is("of") {
		return "", j
	}
	b := j + 1
	e := b
	for e < len(toks) && e-b < 3 && toks[e].cap() && !toks[e].poss && !isTitleWord(toks[e]) && !honorifics[toks[e].text] {
		e++
	}
	if e == b || e+1 >= len(toks) || toks[e].text != "," {
		return "", j
	}
	town := joinWords(toks[b:e])
	if orgLike(town) || orgWords[toks[e-1].text] || countryNames[town] || nationalities[town] != "" {
		return "", j
	}
	k := e + 1
	end := 0
	if st, after := stateAbbrevAt(toks, k); st != nil {
		end = after
	} else {
		for n := 3; n >= 1 && end == 0; n-- {
			if k+n > len(toks) {
				continue
			}
			if p := places().lookupWords(toks[k : k+n]); p != nil && (p.kind == "region" || p.kind == "country") {
				end = k + n
			}
		}
	}
	if end == 0 || end < len(toks) && toks[end].text != "," && !endsSentence(toks[end]) {
		return "", j
	}
	return town, end
}
