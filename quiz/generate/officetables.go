package generate

// officeTables are the article-wide tables officeChoicesOf reads for
// every leader it writes wrong offices for: the leader facts, the
// bodies of the article's chief ministers (states of a country) and the
// "office|body" of every leader. Made once per article (speed19c), not
// once per leader.
type officeTables struct {
	leaders     []int           // indices of the leader facts, in order
	states      map[string]bool // the bodies of a chief minister
	bodyOffices map[string]bool // "office|body" of every leader
}

// officeTables reads the tables on first use. presidentsCountry, which
// may give a leader its country, runs before any question is written.
func (w *writer) officeTables() *officeTables {
	if w.offTables != nil {
		return w.offTables
	}
	t := &officeTables{states: map[string]bool{}, bodyOffices: map[string]bool{}}
	for i := range w.facts {
		g := &w.facts[i]
		if g.Kind != Leader {
			continue
		}
		t.leaders = append(t.leaders, i)
		if officeKey(g.Office) == "chief minister" && g.Country != "" {
			t.states[g.Country] = true
		}
		t.bodyOffices[g.Office+"|"+g.Country] = true
	}
	w.offTables = t
	return t
}
