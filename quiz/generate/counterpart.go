package generate

// counterparts reads the people a sentence names as a leader's
// counterpart of another country: "Prime Minister X and his Indian
// counterpart Manmohan Singh" holds the same office in India. The office
// is the last leader's before the phrase (found is the sentence's
// leaders so far, in order); the country is the nationality's, and must
// not be that leader's own. A counterpart of no known nationality ("his
// counterpart X"), or after no leader, is not read.
func counterparts(toks []token, found []leader) []leader {
	var out []leader
	for i := 2; i+1 < len(toks); i++ {
		if !toks[i].is("counterpart") || !toks[i-2].is("his", "her", "their", "its") {
			continue
		}
		country := nationalities[toks[i-1].text]
		if country == "" || !knownCountry(country) {
			continue
		}
		var last *leader
		for k := range found {
			if found[k].end <= i-2 {
				last = &found[k]
			}
		}
		if last == nil || last.long || last.country == country || last.office == "" {
			continue
		}
		ns := i + 1
		if toks[ns].text == "," {
			ns++
		}
		ns = skipHonorifics(toks, ns)
		end, n := nameAt(toks, ns)
		if n < 2 || end < len(toks) && toks[end].poss {
			continue
		}
		out = append(out, leader{person: joinWords(toks[ns:end]), office: last.office, country: country,
			start: i - 1, end: end, nameStart: ns, nameEnd: end})
	}
	return out
}
