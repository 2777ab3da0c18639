package generate

// Page furniture the sentence splitter reads as the story's: a dateline
// run into the first sentence without its dash ("Springfield (Ohio),
// March 3 A new bridge …", "12 April 2001  The council said …"), and a
// line written in title case ("Council Rejects Budget Plan, Mayor
// Resigns [Smith v. Jones (Retd.)]"), a headline whatever stop closes
// it.

// gluedDatelineAt returns the length of a dateline at toks[i] that runs
// straight into the sentence it dates: an optional place (capitalised
// words, a bracket of them, then a comma), a date ("March 3", "3 March
// 2001", "March 3, 2001"), and a capitalised word right after it with no
// mark between. 0 when there is none. A story's sentence never opens on
// a bare date followed by its subject: "On March 3 the …", "March 3 was
// …".
func gluedDatelineAt(toks []token, i int) int {
	j := i
	// The place: up to six capitalised words or bracketed ones, closed
	// by a comma.
	if toks[j].cap() {
		if _, ok := month(toks[j]); !ok {
			k := j
			for k < len(toks) && k < j+8 && (toks[k].cap() || toks[k].text == "(" || toks[k].text == ")") && (k == j || toks[k].newlines == 0) {
				k++
			}
			if k >= len(toks) || toks[k].text != "," || toks[k].newlines > 0 {
				return 0
			}
			j = k + 1
		}
	}
	end := datePartAt(toks, j)
	if end == 0 || end >= len(toks) {
		return 0
	}
	next := toks[end]
	if next.newlines > 0 || !next.cap() {
		return 0
	}
	if _, ok := month(next); ok || yearToken(next) {
		return 0
	}
	return end - i
}

// datePartAt returns the index just past a date at toks[j] ("March 3",
// "March 3, 2001", "3 March 2001", "3 March"), or 0.
func datePartAt(toks []token, j int) int {
	if j+1 >= len(toks) {
		return 0
	}
	same := func(k int) bool { return k < len(toks) && toks[k].newlines == 0 }
	if _, ok := month(toks[j]); ok && same(j+1) && dayNumber(toks[j+1]) > 0 {
		k := j + 2
		if same(k+1) && toks[k].text == "," && yearToken(toks[k+1]) {
			k += 2
		}
		return k
	}
	if dayNumber(toks[j]) > 0 && same(j+1) {
		if _, ok := month(toks[j+1]); ok {
			k := j + 2
			if same(k) && yearToken(toks[k]) {
				k++
			}
			return k
		}
	}
	return 0
}

// titleCaseSentence reports a sentence written in title case: five
// capitalised words of four letters or more, and nothing in lower case
// but the small words a title leaves so ("of", "the", "v"). A headline
// ("Court Dismisses Review Petitions Challenging Verdict, Justice Rao
// Dissents [Doe v. Roe (Retd.)]"), though a stop inside its bracket
// closes it; a story's sentence has a verb in lower case ("is", "met").
// A number or a time keeps the line a sentence.
func titleCaseSentence(toks []token) bool {
	words := 0
	for _, t := range toks {
		if !t.isWord() {
			continue
		}
		if t.time || t.text[0] >= '0' && t.text[0] <= '9' {
			return false // a dated heading ("Treaty of Paris, May 3, 1783.") is read for its date
		}
		if !t.cap() {
			if !t.is("a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "as", "v", "vs") {
				return false
			}
			continue
		}
		if len(t.text) >= 4 {
			words++
		}
	}
	return words >= 5
}
