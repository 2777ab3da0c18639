package generate

import "strings"

// deedSpanOff switches the rule off (tests check they fail without it).
var deedSpanOff = false

// spanQualifiers may stand between a deed's verb and its length of time.
var spanQualifiers = setOf(`a|total|of|about|nearly|almost|more|than|over|some|just|under|around|roughly|another|further`)

// spanOnlyDeed reports a deed that is a verb and a length of time, and
// nothing to say where or doing what: "spent 178 days", "has served 12
// years", "waited a total of six hours". "Who spent 178 days?" leaves
// the place out (in space? in prison?), so its answer is no fact.
func spanOnlyDeed(action string) bool {
	ws := strings.Fields(strings.ToLower(action))
	n := len(ws)
	if deedSpanOff || n < 3 || !durations[ws[n-1]] || !numberLike(ws[n-2]) {
		return false
	}
	// The verb, an auxiliary before it, then qualifiers only.
	k := 1
	if auxiliaries[ws[0]] || ws[0] == "will" {
		k = 2
	}
	for _, x := range ws[min(k, n-2) : n-2] {
		if !spanQualifiers[x] {
			return false
		}
	}
	return k <= n-2
}

// numberLike reports a figure or a number word ("178", "1,200", "six").
func numberLike(s string) bool {
	if smallNumbers[s] != 0 {
		return true
	}
	return strings.Trim(s, "0123456789,.") == "" && strings.ContainsAny(s, "0123456789")
}
