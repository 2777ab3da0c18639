package generate

// A number glued after a slash is the second half of something else: a
// season ("the 1991/92 play-offs"), a fraction ("3/4 of the vote"), a
// date ("12/05"). Read as a count it gives "How many play-offs …?" with
// 92 for an answer: it is none.

// afterSlash reports a number at toks[i] right after a slash that hugs
// it and a number before it.
func afterSlash(toks []token, i int) bool {
	if i < 2 || toks[i-1].text != "/" || toks[i-1].end != toks[i].start || toks[i-2].end != toks[i-1].start {
		return false
	}
	b := toks[i-2].text
	return b != "" && b[len(b)-1] >= '0' && b[len(b)-1] <= '9'
}
