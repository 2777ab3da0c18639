package generate

// Initials written with dots and spaces ("Mayor J. L. Dawkins") are
// split by the tokenizer into a letter and a dot each; the name reader
// stopped at the first dot and the person was not read ("J" alone).
// A post-nominal written so ("Ann Byrne T. D.,") is no initial: it
// ends the name.

// dottedInitial returns the index after a capital letter and its dot at
// toks[j] ("J" "."), when a capitalised word follows the dot ("J. L.
// Dawkins", "L." before "Dawkins"); otherwise j. Letters spelling a
// post-nominal after a name of two words or more ("T. D.") are none.
func dottedInitial(toks []token, j, n int) int {
	if j+2 >= len(toks) || !singleCapital(toks[j].text) || toks[j+1].text != "." || toks[j+1].start != toks[j].end || !toks[j+2].cap() || toks[j+2].punct {
		return j
	}
	if n >= 2 && dottedPostNominalEnd(toks, j) > j {
		return j
	}
	return j + 2
}

// dottedPostNominalEnd returns the index after a post-nominal written
// with a dot after each letter at toks[j] ("T. D.", "Q. C."), or j.
func dottedPostNominalEnd(toks []token, j int) int {
	var b [8]byte
	w := b[:0]
	k := j
	for k+1 < len(toks) && len(w) < len(b) && singleCapital(toks[k].text) && toks[k+1].text == "." {
		w = append(w, toks[k].text[0])
		k += 2
	}
	if len(w) >= 2 && postNominals[string(w)] {
		return k
	}
	return j
}

func singleCapital(s string) bool { return len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' }
