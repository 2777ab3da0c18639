package generate

import "strings"

// quotedSentence reports sentence si as a sentence of a quotation that
// opens in an earlier sentence ("“He’s taking us for fools. A vote for X
// will be a vote for chaos. …”"): its words are the speaker's, and copied
// as a statement "According to the article, …" they would be the
// article's claim (set 18, after its run: a councillor's opinion stated
// true). Its own words hold no mark, so the sentence alone does not show
// it; the article's pairs of marks (peopleText) do.
func (w *writer) quotedSentence(si int) bool {
	q := w.peopleQ
	if q == nil {
		if !strings.ContainsAny(w.text, "“\"«„") {
			return false
		}
		q = w.peopleText()
	}
	// The article's own tokens: the writer may have replaced the
	// sentence's (withReferent, a connective cut).
	if si >= len(q.first) {
		return false
	}
	first, last := q.first[si], len(q.toks)-1
	if si+1 < len(q.first) {
		last = q.first[si+1] - 1
	}
	// Both ends inside: the sentence is neither before nor after the
	// quotation's marks.
	for first < last && q.toks[first].punct {
		first++
	}
	for last > first && q.toks[last].punct {
		last--
	}
	return first <= last && last < len(q.quoted) && q.quoted[first] && q.quoted[last]
}
