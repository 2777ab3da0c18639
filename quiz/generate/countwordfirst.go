package generate

// countWordFirst reports a sentence opening on a number in words before
// anything but a name ("Two U.S. astronauts …", "Three people …"): the
// number is no name and takes a small letter after "According to the
// article," though an acronym follows it ("Team GB" keeps its capital).
// "Seven Network" (a number before a name the article writes) is left.
func countWordFirst(w *writer, ts []token) bool {
	if _, ok := smallNumbers[ts[0].lower()]; !ok || len(ts) < 2 {
		return false
	}
	return !w.names[ts[1].text]
}
