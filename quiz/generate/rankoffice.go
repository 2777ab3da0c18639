package generate

import "strings"

// rankOfficeOff switches the rule off (tests check they fail without it).
var rankOfficeOff = false

// A secretary's office is a portfolio ("Home Secretary", "Health
// Secretary") or a rank ("Cabinet Secretary", "Permanent Secretary").
// A rank offered among portfolios stands out by its form, and each
// portfolio may be the very one the rank holds (a cabinet secretary is
// some secretary of a portfolio): a rank is offered among ranks.
var secretaryRanks = []string{"Cabinet Secretary", "Permanent Secretary", "Principal Secretary", "Executive Secretary",
	"Parliamentary Secretary", "Chief Secretary"}

// secretaryRankWords say a secretary's rank, not a portfolio.
var secretaryRankWords = setOf(`cabinet|executive|permanent|principal|parliamentary|chief|private|press|administrative|assistant|deputy|under|joint|senior|acting`)

// rankSecretary reports a secretary's office whose every word before
// "Secretary" is a rank word: "Cabinet Secretary", "Chief Administrative
// Secretary", not "Home Secretary" nor "Interior Cabinet Secretary".
func rankSecretary(office string) bool {
	ws := strings.Fields(office)
	if rankOfficeOff || len(ws) < 2 || ws[len(ws)-1] != "Secretary" {
		return false
	}
	for _, x := range ws[:len(ws)-1] {
		if !secretaryRankWords[strings.ToLower(x)] {
			return false
		}
	}
	return true
}
