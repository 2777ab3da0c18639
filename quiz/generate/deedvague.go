package generate

import "strings"

// vagueNouns name a deed's kind, not what it was: "delivered an emphatic
// response", "released a statement", "gave a performance". Asked alone
// ("Who released a statement?"), such a deed fits anyone the page quotes
// or names in its headline (held-out sets 16 and 17).
var vagueNouns = setOf(`response|responses|statement|statements|reply|comment|comments|performance|display|effort|message|warning|update|speech|announcement|appeal|show|tribute|tributes|reaction|answer|impression|impact|contribution|point|points|case|role|part|difference|mark|blow|step|steps|gesture|move|moves|decision|report|claim|call|visit|return|comeback|debut|appearance|start|finish|job|work|game|match|day|night|time|run|result|win|victory`)

// vagueDeed reports a deed that is a verb and a vague noun, with at most
// an article and one word before it and nothing after: "delivered an
// emphatic response", "released a statement". "released a statement on
// the merger" says what about, and is asked.
func vagueDeed(action string) bool {
	ws := strings.Fields(action)
	if len(ws) > 0 && ws[0] == "will" {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 4 || !vagueNouns[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	mid := ws[1 : len(ws)-1]
	if len(mid) > 0 && (mid[0] == "a" || mid[0] == "an" || mid[0] == "the" || mid[0] == "this" || mid[0] == "that" || mid[0] == "its" || mid[0] == "their" || mid[0] == "his" || mid[0] == "her") {
		mid = mid[1:]
	}
	// One describing word may stand before the noun ("an emphatic
	// response"), not a name or a number ("a Senate statement", "a 6-1
	// win").
	if len(mid) > 1 {
		return false
	}
	for _, x := range mid {
		if x == "" || x[0] < 'a' || x[0] > 'z' {
			return false
		}
	}
	return true
}
