package generate

import "strings"

// chamberTitle reports whether an office's key is a party leader's title
// in a legislative chamber ("Minority Leader", "Senate Majority Whip",
// "House Speaker"): an office of a chamber, never of a country, so no
// "Minority Leader of the United States" is offered as a wrong choice
// beside "President of the United States" (titleFits).
func chamberTitle(key string) bool {
	for _, t := range [...]string{"majority leader", "minority leader", "majority whip", "minority whip", "house speaker", "assembly speaker"} {
		if key == t || strings.HasSuffix(key, " "+t) {
			return true
		}
	}
	return false
}
