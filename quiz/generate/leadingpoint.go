package generate

// leadingPoint reports a number written with its point first, at
// text[i]: "batting .349 with nine homers", "a .22 rifle". The point
// follows a space, an opening bracket or quotation mark, or opens the
// text, and digits follow it: one token, so the point ends no sentence
// (a sentence's end is followed by a space, never glued to a digit).
func leadingPoint(text string, i int) bool {
	if text[i] != '.' || i+1 >= len(text) || text[i+1] < '0' || text[i+1] > '9' {
		return false
	}
	if i == 0 {
		return true
	}
	switch text[i-1] {
	case ' ', '\n', '\t', '(', '"', '$':
		return true
	}
	return false
}
