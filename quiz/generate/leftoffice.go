package generate

// leftOffice reports a leader whom the leader's own sentence says gave
// the office up: the subject of a resignation ("Health Minister X
// resigned", "Health Minister X and Trade Minister Y have quit", "X,
// who stepped down,") or named in the list after one ("The ministers
// who put in their papers were Health Minister X, Trade Minister Y and
// …"). Such an office is asked in the past ("What office did X hold?"):
// the present would be false once the article is read (held-out set 18
// rejected "What office does X hold?" of ministers who had resigned).
// Another's resignation dates nothing of the leader: "President X
// accepted the resignation of the ministers", "Prime Minister X was
// surprised as one minister resigned after another".
func (w *writer) leftOffice(fi int) bool {
	f := w.facts[fi]
	toks := w.sents[f.sent].toks
	l := f.l
	if l.end <= l.start || l.end > len(toks) {
		return false
	}
	// After the leader: the rest of a list of titled names, then perhaps
	// "who" (after a comma) or an auxiliary, then the resignation.
	k := l.end
	for k < len(toks) && (toks[k].cap() || listJoin(toks[k])) {
		k++
	}
	if k > l.end && toks[k-1].text == "," && k < len(toks) && toks[k].is("who") {
		k++
	}
	if k < len(toks) && toks[k].is("has", "have", "had") {
		k++
	}
	if resignationAt(toks, k) > k {
		return true
	}
	// Before the leader: "who resigned were|are|included" and a list of
	// titled names up to the leader.
	j := l.start
	for j > 0 && (toks[j-1].cap() || listJoin(toks[j-1])) {
		j--
	}
	if j < 2 || !toks[j-1].is("were", "are", "include", "included") {
		return false
	}
	for s := j - 2; s >= 0 && s >= j-5; s-- {
		if resignationAt(toks, s) == j-1 && s > 0 && toks[s-1].is("who", "that") {
			return true
		}
	}
	return false
}

// listJoin reports a comma or "and" between the names of a list.
func listJoin(t token) bool { return t.text == "," || t.is("and") }

// resignationAt returns the end of a resignation written at toks[k]
// ("resigned", "quit", "stepped down", "put in their papers", "tendered
// his resignation", "handed in their resignations"), or k when there is
// none. The idiom is done: "will resign" is no resignation yet.
func resignationAt(toks []token, k int) int {
	if k >= len(toks) {
		return k
	}
	t := toks[k]
	// "quit" only as the clause's end or before "as": "X quit as
	// chairman", not "X quit Twitter".
	if t.is("resigned", "resigns") || t.is("quit") && (k+1 == len(toks) || toks[k+1].punct || toks[k+1].is("as")) {
		return k + 1
	}
	if k+1 < len(toks) && t.is("stepped") && toks[k+1].is("down") {
		return k + 2
	}
	// "put in their papers", "tendered their resignations", "handed in
	// his resignation", "submitted her resignation".
	if !t.is("put", "tendered", "handed", "submitted", "offered") {
		return k
	}
	j := k + 1
	if j < len(toks) && toks[j].is("in") {
		j++
	}
	if j+1 < len(toks) && toks[j].is("their", "his", "her") && (toks[j+1].is("resignation", "resignations") || t.is("put") && toks[j+1].is("papers")) {
		return j + 2
	}
	return k
}
