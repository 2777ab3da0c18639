package generate

// ofSetNoun reads the set that a bare number after "Of the …," counts
// part of, toks[j:comma] (the words after "the"): "Of the new cases, 14
// were from Chipata" counts new cases. Two more shapes name the set:
//
//	"Of the 120 deaths, 105 were reported in Harlan": the set's size
//	  after "the" is left out of the noun (deaths);
//	"Of the overall death toll, 105 were reported in Harlan": a death
//	  toll counts deaths.
//
// A year after "the" ("Of the 2019 cases") is no size, and gives "".
// Anything else but plain words ending on a plural gives "".
func ofSetNoun(toks []token, j, comma int) string {
	if j < comma && toks[j].is("latest") {
		j++
	}
	if !ofSetOff && j+1 < comma && isNumberWord(toks[j]) && yearNumber(toks[j]) == 0 && !toks[j].time {
		j++ // "Of the 120 deaths"
	}
	if !ofSetOff && comma-j >= 2 && comma-j <= 3 && toks[comma-1].is("toll") && toks[comma-2].is("death", "deaths") {
		for n := j; n < comma-2; n++ {
			if !nounWord(toks[n]) {
				return ""
			}
		}
		return "deaths" // "Of the overall death toll"
	}
	for n := j; n < comma; n++ {
		if !nounWord(toks[n]) && !toks[n].is("new") {
			return ""
		}
	}
	if j == comma || !isPlural(toks[comma-1].lower()) {
		return ""
	}
	return joinTokens(toks[j:comma])
}

// ofSetOff switches the two new shapes off (tests check they fail
// without them).
var ofSetOff = false
