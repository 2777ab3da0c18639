package generate

// A speaker named before a dash, a title and an aside set off by commas:
// "Ann Reyes — the Harbour Trust's Board Chair, speaking after the vote,
// said". The part after the dash is what the person is; the name before
// the dash spoke.

// dashBeforeTitle is called with e at the comma that closes a part
// skipped before a speech verb, when the word before it is capitalised.
// It returns the index of a dash that opens that part when the words
// between are a short title (capitalised words, a possessive, "of",
// "the") and a capitalised word stands before the dash; 0 otherwise.
func (q *qtext) dashBeforeTitle(e int) int {
	s := q.sent[e]
	for d := e - 1; d > q.first[s] && e-d < 10; d-- {
		t := q.toks[d]
		if q.quoted[d] {
			return 0
		}
		if t.text == "—" || t.text == "–" {
			if d == e-1 || !q.toks[d-1].cap() || q.sent[d-1] != s {
				return 0
			}
			return d
		}
		if t.punct && t.text != "’" && t.text != "'" && t.text != "&" {
			return 0
		}
		if !t.punct && !t.cap() && !t.is("of", "the", "and", "for", "s") {
			return 0
		}
	}
	return 0
}
