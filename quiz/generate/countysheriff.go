package generate

import (
	"strings"
	"unicode/utf8"
)

// localTitleFirst reads an officer of a county or a federal district
// whose title the titles do not hold, written before the name: a U.S.
// attorney (usattorney.go), a county's sheriff.
func localTitleFirst(toks []token, i int) (leader, bool) {
	// Both open on a capital ("US", a county's name): findLeaders asks of
	// every token, and most are read no further.
	if t := toks[i].text; t == "" || t[0] < utf8.RuneSelf && (t[0] < 'A' || t[0] > 'Z') {
		return leader{}, false
	}
	if l, ok := usAttorney(toks, i); ok {
		return l, true
	}
	return countySheriff(toks, i)
}

// countySheriff reads a county's sheriff written before the name, the
// county's name opening at toks[i]: "Sebastian County Sheriff Bill
// Hollenbeck", "Sonoma County sheriff Rob Giordano". The office is the
// sheriff's and the county its body ("Sheriff", "Sebastian County"). A
// sheriff without his county ("Sheriff Bill Hollenbeck") is not read: no
// body names the office, and no wrong office is known to fit; nor is the
// sheriff's office ("the Sebastian County Sheriff's Office") nor a former
// sheriff ("former Sebastian County Sheriff X").
func countySheriff(toks []token, i int) (leader, bool) {
	if !toks[i].cap() || toks[i].poss || i > 0 && toks[i-1].cap() {
		return leader{}, false
	}
	// "County" within three words first: most capitals are read no
	// further.
	c := i
	for c < len(toks) && c-i < 3 && toks[c].cap() && !toks[c].poss && toks[c].text != "County" {
		c++
	}
	if c == i || c+2 >= len(toks) || toks[c].text != "County" || toks[c].poss || !toks[c+1].is("sheriff") || toks[c+1].poss {
		return leader{}, false
	}
	if i > 0 && toks[i-1].is("former", "ex", "late", "then", "acting", "interim", "deputy") {
		return leader{}, false
	}
	for _, t := range toks[i:c] {
		if isTitleWord(t) {
			return leader{}, false
		}
	}
	ns := skipHonorifics(toks, c+2)
	end, n := nameAt(toks, ns)
	if n < 2 {
		return leader{}, false
	}
	return leader{person: joinWords(toks[ns:end]), office: "Sheriff", country: joinWords(toks[i : c+1]),
		start: i, end: end, nameStart: ns, nameEnd: end}, true
}

// countySheriffChoices are the wrong choices for a county's sheriff, asked
// as "County Sheriff": the county's other elected officers, none of them
// an office a sheriff holds too (a California sheriff is often the
// county's coroner: not offered).
var countySheriffChoices = []string{"County Clerk", "County Assessor", "County Treasurer"}

// countySheriffOf reports a sheriff read with his county (countySheriff).
func countySheriffOf(f Fact) bool {
	return f.Office == "Sheriff" && strings.HasSuffix(f.Country, " County")
}
