package generate

// A day that names the meeting a clause tells of: "At the Apr. 9 school
// board meeting, the construction of the new high school was approved by
// a 5-4 vote" gives "When was the construction of the new high school
// approved by a 5-4 vote?". Only an opening "At the (its, their) DAY …
// meeting," of at most four words between the day and the meeting noun,
// then a clause whose subject runs to its past verb or passive; the date
// is the meeting's, and what the meeting did is done on that day.

// meetingNouns are gatherings whose day dates what they decide.
var meetingNouns = setOf(`meeting|session|sitting|hearing|convention|conference|summit`)

// meetingDateClause reads the clause after a day's meeting (see above).
func (w *writer) meetingDateClause(f Fact) (clause, bool) {
	s := w.sents[f.sent]
	toks := s.toks
	first := s.firstWord()
	if first < 0 || f.d.qual != "" || f.d.day == 0 || f.d.start != first+2 || !toks[first].is("at") ||
		!toks[first+1].is("the", "its", "their") || inQuote(toks, first) {
		return clause{}, false
	}
	m := f.d.end
	for m < len(toks) && m <= f.d.end+4 && toks[m].isWord() && !meetingNouns[toks[m].lower()] {
		m++
	}
	if m+1 >= len(toks) || !meetingNouns[toks[m].lower()] || toks[m+1].text != "," {
		return clause{}, false
	}
	j := m + 2
	v := j
	for v < len(toks) && v-j < 10 && toks[v].isWord() && !(pastVerbs[toks[v].lower()] != "" && !toks[v].cap()) && !toks[v].is("was", "were") {
		v++
	}
	if v == j || v >= len(toks) {
		return clause{}, false
	}
	if toks[v].is("was", "were") && !(v+1 < len(toks) && isParticiple(toks[v+1].lower())) {
		return clause{}, false
	}
	if !toks[v].is("was", "were") && pastVerbs[toks[v].lower()] == "" {
		return clause{}, false
	}
	c := clause{subject: toks[j:v], prep: "on"}
	k := w.verbAt(toks, v, &c)
	end := clauseEnd(toks, k)
	if cut := restCut(toks, k, end); cut > k {
		end = cut
	} else if !completeClause(toks, end) {
		return clause{}, false
	}
	if end-k > 12 || hasVerb(toks[k:end]) || len(findDates(toks[k:end])) > 0 {
		return clause{}, false
	}
	c.rest = trimAdverb(toks[k:end])
	if !c.ok() {
		return clause{}, false
	}
	return c, true
}
