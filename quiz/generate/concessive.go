package generate

// Concessive cuts: an excerpt taken from a clause that concedes a point
// misrepresents the speaker when the clause that turns it is left out.
// "While the new road is welcome, residents are angry about the noise"
// does not say “the new road is welcome”; nor does "The new road is
// welcome, but residents are angry" when the excerpt stops before "but".

// concessiveOpeners open a clause that concedes: one word, or the second
// word of a pair ("even though", "even if", "much as").
var concessiveOpeners = setOf(`while|whilst|although|though|whereas|despite|notwithstanding|albeit`)

// concessivePair reports "even though", "even if", "much as" at ts[k-1:k+1].
func concessivePair(ts []token, k int) bool {
	return k >= 1 && (ts[k-1].is("even") && ts[k].is("though", "if") || ts[k-1].is("much") && ts[k].is("as"))
}

// concessiveCut reports why excerpt inner[at:end] is a concession cut from
// the clause that turns it ("" when it is not).
func concessiveCut(inner []token, at, end int) string {
	if at == 0 && end >= len(inner) {
		return ""
	}
	// The excerpt opens on the concession, or the words just before it
	// ("while", "and although", "even if") open it.
	k := at
	for k < end && k < at+2 && !inner[k].punct {
		if concessiveOpeners[inner[k].lower()] || concessivePair(inner, k) {
			return "a concession cut from the clause that turns it"
		}
		k++
	}
	for k = at - 1; k >= 0 && k >= at-3 && !inner[k].punct; k-- {
		if concessiveOpeners[inner[k].lower()] || concessivePair(inner, k) {
			return "a concession cut from the clause that turns it"
		}
		if !quoteLeading[inner[k].lower()] && !inner[k].is("even", "much", "as", "if") {
			break
		}
	}
	// "X is good, but …": the excerpt stops before the "but" that turns it.
	k = end
	for k < len(inner) && inner[k].punct && inner[k].text != "." {
		k++
	}
	// "yet" and "however" turn it only after a comma ("not sunk in yet").
	if k < len(inner) && (inner[k].is("but") || k > end && inner[k].is("however", "yet")) {
		return "a clause cut before the “" + inner[k].lower() + "” that turns it"
	}
	return ""
}
