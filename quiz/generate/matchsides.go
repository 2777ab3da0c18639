package generate

import "strings"

// A match is played by two sides, as a marriage joins two people
// (fixedcount.go): "Two teams of 11 players each play a four-innings
// match" gives no question on its "two teams", and no false statement
// ("four teams … play a … match"), which anyone who knows what a match is
// sees through. Other figures of the sentence ("11 players") stay asked.

// matchWords name a contest between two sides.
var matchWords = setOf(`match|game|final|fixture|tie|derby|bout`)

// sideNouns are what a match's two are called.
var sideNouns = setOf(`teams|sides|clubs`)

// matchSidesGiveaway reports whether normalized prompt p of a question on
// count fact f, two teams or sides, holds a word naming a match.
func matchSidesGiveaway(p string, f Fact) bool {
	if f.Kind != Count || f.Number != 2 || !sideNouns[lastWord(strings.ToLower(f.Noun))] {
		return false
	}
	for _, w := range strings.Fields(p) {
		if matchWords[strings.Trim(w, ".,;:!?")] {
			return true
		}
	}
	return false
}
