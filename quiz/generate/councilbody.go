package generate

import "strings"

// publicBodyEnds are the last words of a public body's name: "Dale County
// Council", "Port Authority", "State Senate". Such a body has a chair, not
// a company's officers: read as a company, "Dale County Council
// Chairwoman Rosa Lind" was offered "Chief Financial Officer of the Dale
// County Council" as a false statement (set 18, after its run).
var publicBodyEnds = setOf(`Council|Assembly|Senate|Legislature|Parliament|County|Commission|Authority`)

// publicBody reports a name read before a company's title that names a
// public body.
func publicBody(name string) bool {
	return publicBodyEnds[name[strings.LastIndexByte(name, ' ')+1:]]
}
