package generate

import "strings"

// deedVerbs are regular verbs of deeds that news pages tell and the
// verb list lacked: "Loren Shriver commanded the shuttle flight", "the
// Royals selected Elway in the draft", "the authorities conducted
// inquiries", "Vu Duc Dam has exhorted the ministry to be vigilant".
const deedVerbs = `command conduct coordinate select hire reinstate wage exhort`

func init() {
	for _, base := range strings.Fields(deedVerbs) {
		if _, ok := pastVerbs[regularPast(base)]; !ok {
			pastVerbs[regularPast(base)] = base
		}
	}
}
