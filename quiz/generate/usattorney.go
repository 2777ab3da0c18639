package generate

import "strings"

// usAttorney reads a United States attorney written before the name at
// toks[i] ("US Attorney Barbara McQuade", "U.S. Attorney Jo Reyes"): the
// federal prosecutor of one district, an office the titles do not hold
// ("Attorney" alone names no office). The office is written as the
// article writes it. Not the attorney general ("U.S. Attorney General
// X"), the attorney's office ("the U.S. Attorney's Office"), an
// assistant's or a former one's ("Assistant U.S. Attorney X").
func usAttorney(toks []token, i int) (leader, bool) {
	if i+3 >= len(toks) || toks[i].text != "US" && toks[i].text != "U.S." || !toks[i+1].is("attorney") || toks[i+1].poss {
		return leader{}, false
	}
	if i > 0 && (toks[i-1].is(rankWords...) || toks[i-1].is("former", "ex", "late", "then", "outgoing")) || toks[i+2].is("General", "Generals") {
		return leader{}, false
	}
	ns := skipHonorifics(toks, i+2)
	end, n := nameAt(toks, ns)
	if n < 2 {
		return leader{}, false
	}
	return leader{person: joinWords(toks[ns:end]), office: toks[i].text + " Attorney", start: i, end: end, nameStart: ns, nameEnd: end}, true
}

// usAttorneyChoices are the wrong choices for a United States attorney
// (f's office): the other federal officers of a district, the marshal's
// written as the article writes the attorney's ("US Marshal" beside "US
// Attorney"). Not "Prosecutor" nor "District Attorney": the one is what
// a U.S. attorney is, the other too near in name.
func usAttorneyChoices(f Fact) []string {
	us, _, _ := strings.Cut(f.Office, " ")
	return []string{us + " Marshal", "District Judge", "Federal Public Defender"}
}

// usAttorneyOf reports a leader read by usAttorney.
func usAttorneyOf(f Fact) bool {
	return f.Country == "" && (f.Office == "US Attorney" || f.Office == "U.S. Attorney")
}
