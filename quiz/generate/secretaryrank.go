package generate

import "strings"

// secretaryRanks are secretaries' ranks of two words that a portfolio
// goes before ("Interior Cabinet Secretary", "Health Principal
// Secretary"). Alone the rank is no portfolio: "Cabinet Secretary" among
// "Home Secretary" and "Health Secretary" stands out by form, and each of
// those is itself a cabinet secretary.
var secretaryRanks = []string{"Cabinet Secretary", "Principal Secretary"}

// secretaryRank is the rank an office ends on, or "".
func secretaryRank(office string) string {
	for _, r := range secretaryRanks {
		if office == r || strings.HasSuffix(office, " "+r) {
			return r
		}
	}
	return ""
}

// bareSecretaryRank reports an office that is a rank alone: no office
// question (its wrong choices would be the rank's own portfolios).
func bareSecretaryRank(office string) bool {
	return secretaryRank(office) == office && office != ""
}

// rankPortfolios are portfolios of three words, for one of three
// ("Interior and Coordination"), besides secretaryTitles' own.
var rankPortfolios = []string{"Trade and Industry", "Lands and Housing", "Water and Sanitation", "Roads and Transport"}

// rankTitles are the wrong offices of a portfolio of rank r: the
// portfolios of secretaryTitles and rankPortfolios before r ("Health
// Cabinet Secretary"), so that every choice has the answer's form.
func rankTitles(r string) []string {
	out := make([]string, 0, len(secretaryTitles)+len(rankPortfolios))
	for _, t := range secretaryTitles {
		// Britain's "Home" is elsewhere the "Interior".
		if t != "Home Secretary" {
			out = append(out, strings.TrimSuffix(t, "Secretary")+r)
		}
	}
	for _, p := range rankPortfolios {
		out = append(out, p+" "+r)
	}
	return out
}
