package generate

// slashCompound reports a slash at toks[i] that joins two lower-case words
// written without spaces into one modifier: "the first day/night game",
// "a part-time/full-time post". It closes no clause and starts none, and
// joinTokens writes it without spaces ("day/night", not "day/ night").
// A slash between names ("Australia/New Zealand"), numbers ("14/24")
// or with spaces around it is not one.
func slashCompound(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i].text != "/" {
		return false
	}
	a, b := toks[i-1], toks[i+1]
	if a.end != toks[i].start || toks[i].end != b.start || !a.isWord() || !b.isWord() || a.cap() || b.cap() {
		return false
	}
	return !startsWithDigit(a.text) && !startsWithDigit(b.text)
}
