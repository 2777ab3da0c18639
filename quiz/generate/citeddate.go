package generate

// citedDate reports a date inside a bracketed reference to a publication:
// "(The Gazette, Oct. 13, 2003, page 12)", "[Science, May 2, 2001, p. 4]".
// The date is the reference's, not an event of the story: no fact is made
// of it. The bracket opens on a name in capitals and a comma before the
// date, and closes after it, maybe after a page or issue number. The date
// names its day and month: "(Hiram Grant, 1822–85)" gives a lifespan.
func citedDate(toks []token, d date) bool {
	if d.day == 0 || d.month == 0 {
		return false
	}
	open := -1
	for k := d.start - 1; k >= 0 && k >= d.start-6; k-- {
		if toks[k].text == "(" || toks[k].text == "[" {
			open = k
			break
		}
		if toks[k].text == ")" || toks[k].text == "]" {
			return false
		}
	}
	// A name, then a comma: "(C&EN, …", "(The Herald, …".
	if open < 0 || d.start-open < 3 || toks[d.start-1].text != "," || !toks[open+1].cap() {
		return false
	}
	for k := open + 1; k < d.start-1; k++ {
		if t := toks[k]; t.isWord() && !t.cap() && !t.is("of", "the", "and") {
			return false // "(he said, on May 2 …)": words of a clause
		}
	}
	for k := d.end; k < len(toks) && k <= d.end+5; k++ {
		switch t := toks[k]; {
		case t.text == ")" || t.text == "]":
			return true
		case t.text == "," || t.text == "." || t.is("page", "p", "pp", "vol", "no", "issue", "pages") || allDigits(t.text):
		default:
			return false
		}
	}
	return false
}
