package generate

// nameThenComma reads, at toks[i] past any honorific, a name of two
// words or more that is not a building's and ends before a comma, with
// more than room tokens from the comma to the sentence's end: the opening
// of "Name, role …" (appositiveRole, longTitleAfterName, nameOrgRole).
// ns and end are the name's first token and the comma.
func nameThenComma(toks []token, i, room int) (ns, end int, ok bool) {
	ns = skipHonorifics(toks, i)
	end, n := nameAt(toks, ns)
	if n < 2 || end+room >= len(toks) || toks[end].text != "," || toks[end-1].poss || buildingName(toks[ns:end]) {
		return 0, 0, false
	}
	return ns, end, true
}
