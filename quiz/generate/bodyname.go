package generate

import "strings"

// namesBody reports a speaker or doer whose name opens with the body a
// leader of the article heads ("Boeing Airplanes", a company's account,
// beside "Boeing CEO Dennis Muilenburg"): a company, not a person, and no
// wrong choice for "Who is the CEO of …?".
func (w *writer) namesBody(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	for _, g := range w.facts {
		if g.Kind == Leader && g.Country != "" && g.Country == first {
			return true
		}
	}
	return false
}
