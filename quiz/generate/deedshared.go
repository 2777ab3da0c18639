package generate

import "strings"

// reactionVerbs tell how someone met the story's event, not what they did
// in it: on a page where the talks end in a deal, several of its people
// welcome, praise or condemn it, and a page names only some of them.
var reactionVerbs = setOf(`welcomed|praised|hailed|applauded|lauded|commended|condemned|criticised|criticized|denounced|slammed|deplored|watched|backed|supported|endorsed`)

// sharedDeed reports a deed that other people of the page may have done
// too, so that a wrong choice may also be right: a reaction to the
// story's own event, named by a common noun or not at all ("welcomed the
// ceasefire", "praised the agreement in a statement", "watched from the
// stands"). A reaction to something the deed names ("welcomed Li on his
// first visit abroad") is asked. (An "also" before the verb is not read:
// "Kovac, who has also regained the top ranking" did two things, not
// one another did.)
func sharedDeed(action string) bool {
	ws := strings.Fields(action)
	if len(ws) > 0 && ws[0] == "will" {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return false
	}
	// "welcomed the ceasefire", "watched from the stands": no name nor
	// figure says which.
	for _, x := range ws[1:] {
		if x != "" && (x[0] >= 'A' && x[0] <= 'Z' || x[0] >= '0' && x[0] <= '9') {
			return false
		}
	}
	return reactionVerbs[ws[0]]
}
