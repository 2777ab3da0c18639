package generate

// resignationAt returns the end (a token index) of a resignation idiom
// opening at toks[k]: "resigned", "stepped down", "quit", "put in their
// papers", "tendered his resignation", "handed in her resignation"; 0 for
// none. The idiom is in the past: "will resign" is no resignation yet.
func resignationAt(toks []token, k int) int {
	t := &toks[k]
	switch {
	case t.is("resigned", "quit", "resigns"):
		return k + 1
	case t.is("stepped") && k+1 < len(toks) && toks[k+1].is("down"):
		return k + 2
	}
	// "put in their papers", "tendered their resignations", "handed in
	// his resignation", "submitted her resignation".
	if !t.is("put", "tendered", "handed", "submitted", "offered") {
		return 0
	}
	j := k + 1
	if j < len(toks) && toks[j].is("in") {
		j++
	}
	if j+1 < len(toks) && toks[j].is("their", "his", "her") && (toks[j+1].is("resignation", "resignations") || t.is("put") && toks[j+1].is("papers")) {
		return j + 2
	}
	return 0
}

// resignedLeader reports a leader whose own sentence says he resigned:
// the idiom right after his name ("Health Minister Ana Ruiz resigned",
// "…, who stepped down on Monday,") or a list of those who did that he is
// in ("Among the ministers who put in their papers were Ana Ruiz and
// Jon Reyes"). "The prime minister watched as one minister resigned
// after another" tells of others.
func resignedLeader(toks []token, f Fact) bool {
	first, last := -1, -1 // the leader's tokens
	for k := range toks {
		if toks[k].start >= f.Start && toks[k].end <= f.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return false
	}
	// After the name: "X resigned", "X, who resigned …", "X has resigned".
	k := last + 1
	if k+1 < len(toks) && toks[k].text == "," && toks[k+1].is("who") {
		k += 2
	}
	if k < len(toks) && toks[k].is("has", "had", "have") {
		k++
	}
	if k < len(toks) && resignationAt(toks, k) > 0 {
		return true
	}
	// In the list after "who resigned were", "who put in their papers
	// are", "who quit included": names, commas and "and" up to the leader.
	for k := 1; k < first; k++ {
		if !toks[k-1].is("who") {
			continue
		}
		e := resignationAt(toks, k)
		if e == 0 || e >= first || !toks[e].is("were", "are", "include", "included") {
			continue
		}
		list := true
		for j := e + 1; j < first && list; j++ {
			list = toks[j].cap() || toks[j].text == "," || toks[j].is("and")
		}
		if list {
			return true
		}
	}
	return false
}
