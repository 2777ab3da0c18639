package generate

import "strings"

// awardName reports a name that is an honour, not a person's: one opening
// on a superlative ("Most Valuable Player", "Best Young Player") or ending
// on an award's word ("Golden Boot Award", "Ballon d'Or Trophy"). A page
// writes them with capitals, as it writes people (set 18, after its run,
// offered "Most Valuable Player" as a footballer who scored).
func awardName(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	return ok && (first == "Most" || first == "Best" || awardWords[lastField(name)])
}

var awardWords = setOf(`Award|Awards|Trophy|Medal|Prize|Cup`)
