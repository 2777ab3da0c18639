package generate

// relativeSpan returns the index of a span of time measured from an event
// the sentence does not name ("signed five years later", "a day earlier",
// "two weeks afterwards"), or -1. Copied alone, the
// sentence leaves the learner asking later than what (set 18, after its
// run: "the Peace of Westphalia, signed five years later"). A span with
// its anchor ("five years after the war", "two days before the vote",
// "later than planned", or a date of the sentence before it) reads alone, as does "the previous day", which
// pages write beside its date ("on the previous day, 21st March").
func relativeSpan(toks []token) int {
	for i := 1; i < len(toks); i++ {
		if !toks[i].is("later", "earlier", "afterwards", "afterward", "before", "after") {
			continue
		}
		n := durationTail(toks[:i])
		if n == 0 {
			continue
		}
		// "operating profit for the three months to Sept. 30 … compared
		// with 103.9 million a year earlier": the sentence's own date
		// before it is the anchor.
		if datedBefore(toks, i-n) {
			continue
		}
		// "before the vote", "later than planned": anchored.
		if i+1 < len(toks) {
			next := &toks[i+1]
			if toks[i].is("later", "earlier") && next.is("than") ||
				toks[i].is("before", "after") && (next.isWord() || next.text == "“" || next.text == "\"") && !next.is("and", "but", "when", "as") {
				continue
			}
		}
		return i - n
	}
	return -1
}

// datedBefore reports a month or a year among toks[:i].
func datedBefore(toks []token, i int) bool {
	for _, t := range toks[:i] {
		if _, ok := month(t); ok && t.cap() || yearToken(t) {
			return true
		}
	}
	return false
}
