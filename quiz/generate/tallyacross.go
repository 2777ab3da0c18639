package generate

import "strings"

// Tallies whose noun is set off from their verb by a phrase: "The death
// toll from the earthquake that jolted Gansu province has increased to
// 118", "The death toll from an outbreak of Ebola in Guinea, Liberia and
// Sierra Leone has hit 337", "Ebola deaths in the country have risen to
// 17". numberOf reads the noun only next to its verb; these are read here.

// tallyChangeVerbs give a tally its new value.
var tallyChangeVerbs = setOf(`rose|risen|climbed|increased|jumped|grown|grew|reached|hit|surged|soared`)

// tallyAcross returns the noun of the tally whose figure starts at
// toks[b] ("deaths" for a death toll, the words of a counted noun such as
// "Ebola deaths" with their span), or "".
func tallyAcross(toks []token, b int) (string, [2]int) {
	v := b - 1
	if v >= 0 && toks[v].is("to") {
		v--
	}
	if v < 2 || !tallyChangeVerbs[toks[v].lower()] {
		return "", [2]int{}
	}
	s := v
	for s > 0 && toks[s-1].is("has", "have", "had") {
		s--
	}
	// The phrase between the noun and its verb: a preposition's, of
	// words, names and names listed with commas, at most 16 tokens.
	for k := s - 1; k >= 1 && s-k <= 16; k-- {
		t := toks[k]
		if t.punct {
			if t.text == "," && k+1 < s && toks[k+1].cap() && toks[k-1].cap() {
				continue // "in Guinea, Liberia and Sierra Leone"
			}
			if t.text == "(" || t.text == ")" || t.text == "-" {
				continue
			}
			return "", [2]int{}
		}
		if tallyChangeVerbs[t.lower()] || figureVerbs[t.lower()] || t.is("said", "says") {
			return "", [2]int{}
		}
		if !t.is("from", "in", "among", "across") || k+1 == s {
			continue
		}
		h := toks[k-1]
		if h.is("toll") && k >= 2 && toks[k-2].is("death") {
			return "deaths", [2]int{}
		}
		if !tallyHeads[h.lower()] || h.cap() && k-1 > 0 {
			continue
		}
		// The noun and up to two words before it, opening the clause.
		j := k - 1
		for j > 0 && k-1-j < 2 && toks[j-1].isWord() && !nounStops[toks[j-1].lower()] && !toks[j-1].is("the", "a", "an", "said", "says", "that", "and") {
			j--
		}
		if j > 0 && !(toks[j-1].text == "," || toks[j-1].is("and", "the", "said", "says", "that")) {
			continue
		}
		noun := joinTokens(toks[j:k])
		// "Deaths in the region have risen to 19": the sentence's capital
		// on one word; "Ebola deaths …" may open on a name, left out.
		if j == 0 {
			if k-j > 1 {
				return "", [2]int{}
			}
			noun = strings.ToLower(noun[:1]) + noun[1:]
		}
		return noun, [2]int{j, k}
	}
	return "", [2]int{}
}
