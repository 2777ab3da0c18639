package generate

import "strings"

// A distance that names a race: "the men’s 400 metres hurdles", "the
// 3,000 metres steeplechase". Read as a count ("400 | metres hurdles") it
// names the event, not a figure the article reports, so a question that
// names the event (where it was won) gives no count away.

// raceEvents are the words after a distance that make it a race's name.
var raceEvents = setOf(`hurdles|steeplechase|freestyle|backstroke|breaststroke|butterfly|medley|relay|sprint|walk`)

// eventDistance reports a count whose noun is a unit of length followed
// by a race: "metres hurdles", "meters freestyle", "m relay".
func eventDistance(g Fact) bool {
	if g.Kind != Count {
		return false
	}
	unit, event, ok := strings.Cut(g.Noun, " ")
	if !ok || strings.Contains(event, " ") {
		return false
	}
	switch strings.ToLower(unit) {
	case "metres", "meters", "metre", "meter", "m", "km", "kilometres", "kilometers", "miles", "yards":
		return raceEvents[strings.ToLower(event)]
	}
	return false
}
