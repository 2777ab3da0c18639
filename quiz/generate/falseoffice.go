package generate

// heldUncountried reports an office label x ("Defence Minister of
// Bolivia") that the article gives another person without a country
// ("Defence Minister Fernando Kieffer told reporters …"): in a story of
// one country the office is that country's, and a statement "X is the
// Defence Minister of Bolivia" stated false would be answered by the
// question whose prompt names Kieffer with it.
func (w *writer) heldUncountried(x string, f Fact) bool {
	for _, g := range w.facts {
		if g.Kind == Leader && g.Country == "" && g.Person != f.Person && officeLabel(g.Office, f.Country) == x {
			return true
		}
	}
	return false
}
