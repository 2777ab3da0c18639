package generate

import (
	"slices"
	"strings"
)

// homeVerbs say where someone lived, not what they did: "Who lived in
// Brixton?" fits anyone the page does not place elsewhere.
var homeVerbs = setOf(`lived|resided`)

// stayVerbs say that someone stayed: a deed at a moment ("remained in
// lunar orbit" while the others landed), a state over a span of time
// ("remained in the North during the war") that everyone who did not
// leave shares, and a page seldom says who else stayed.
var stayVerbs = setOf(`remained|stayed`)

// spanWords open a span of time.
var spanWords = setOf(`during|throughout|until|till`)

// backNouns need the sentence before to say which one: "the news", "the
// decision", "the move". A deed that is only its verb and one of them
// ("confirmed the news") does not read alone: the news of what?
var backNouns = setOf(`news|decision|move|report|reports|claim|claims|announcement|incident|findings|statement|allegation|allegations|rumour|rumours|rumor|rumors|request|idea|matter|issue|story|development|developments|figures|thing|things`)

// deedReadsAlone reports whether a deed, as a question asks it ("Who
// confirmed the news?"), says what was done without the page: not a
// home or a state ("remained in the North during the war"), not a verb with only a noun that
// points back ("confirmed the news").
func deedReadsAlone(action string) bool {
	ws := strings.Fields(action)
	if len(ws) > 0 && ws[0] == "will" {
		ws = ws[1:]
	}
	if len(ws) == 0 || homeVerbs[ws[0]] {
		return false
	}
	if stayVerbs[ws[0]] && slices.ContainsFunc(ws, func(w string) bool { return spanWords[w] }) {
		return false
	}
	if len(ws) == 3 && (ws[1] == "the" || ws[1] == "this" || ws[1] == "that") && backNouns[ws[2]] {
		return false
	}
	// "fell in a similar manner" (similar to what? comparisonback.go),
	// "answered in the same way", "used such tactics": the deed needs
	// the sentence before.
	var buf [48]token // the deed's words, on the stack (tokenizeInto)
	return pointsBack(tokenizeInto(buf[:0], action)) < 0
}
