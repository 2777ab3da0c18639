package generate

import "strings"

// portfolioRanks are secretaries' ranks of two words that a portfolio
// goes before ("Interior Cabinet Secretary", "Health Principal
// Secretary"). The rank alone is offered among ranks (rankoffice.go).
var portfolioRanks = []string{"Cabinet Secretary", "Principal Secretary"}

// portfolioRank is the rank an office of a portfolio ends on
// ("Cabinet Secretary" for "Interior Cabinet Secretary"), or "".
func portfolioRank(office string) string {
	for _, r := range portfolioRanks {
		if strings.HasSuffix(office, " "+r) {
			return r
		}
	}
	return ""
}

// rankPortfolios are portfolios of three words, for one of three
// ("Interior and Coordination"), besides secretaryTitles' own.
var rankPortfolios = []string{"Trade and Industry", "Lands and Housing", "Water and Sanitation", "Roads and Transport"}

// portfolioRankTitles are the wrong offices of a portfolio of each rank
// of portfolioRanks (rankTitles), made once: fillersFor runs for each
// office compared.
var portfolioRankTitles = func() map[string][]string {
	m := make(map[string][]string, len(portfolioRanks))
	for _, r := range portfolioRanks {
		m[r] = rankTitles(r)
	}
	return m
}()

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
