package generate

import "strings"

// withoutTitleChain drops the rest of a rank of several words once its
// first word is gone: "Detective Sergeant Ann Cole" is "Ann Cole", not
// "Sergeant Ann Cole"; "Professor Emeritus Kofi Mensah" is "Kofi Mensah",
// not "Emeritus Kofi Mensah", a name no one bears (held-out sets 17 and
// 21). A name of two words is left whole ("Sergeant Pepper").
func withoutTitleChain(name string) string {
	for {
		first, rest, _ := strings.Cut(name, " ")
		if !(nameTitles[first] || titleChainWords[first]) || rest == "" || !strings.Contains(rest, " ") {
			return name
		}
		name = rest
	}
}

// titleChainWords continue a rank after its first word: "Detective Chief
// Inspector", "Professor Emeritus", "Deputy Chief Constable".
var titleChainWords = setOf(`Emeritus|Chief|Deputy|Senior|Assistant|Superintendent|Principal|Associate`)
