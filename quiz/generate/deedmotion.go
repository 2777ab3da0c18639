package generate

import "strings"

// motionDeed reports a deed that only says where someone went or came:
// a verb of motion and the place ("arrived in the Capitol", "went to the
// harbour", "came to Leeds"). Asked alone ("Who arrived in the Capitol?"),
// it fits everyone the page places there, the wrong choices too; an award
// that "went to" a film is no one's going (held-out set 21). A motion
// with a purpose ("went to Leeds to sign the lease") says what was done,
// and one from a place ("flew in from Doha for the day") says who came
// from where: both are asked.
func motionDeed(action string) bool {
	ws := strings.Fields(action)
	if len(ws) < 2 || !motionVerbs[strings.ToLower(ws[0])] || !motionPreps[strings.ToLower(ws[1])] {
		return false
	}
	for i := 1; i < len(ws); i++ {
		if ws[i] == "from" || ws[i] == "to" && i+1 < len(ws) && baseVerbs()[strings.ToLower(ws[i+1])] {
			return false
		}
	}
	return true
}

var motionVerbs = setOf(`arrived|came|went|returned|travelled|traveled|flew|headed|walked|moved|drove|got|reached`)

var motionPreps = setOf(`in|at|to|into|on|back`)
