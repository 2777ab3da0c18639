package generate

import "strings"

// timeFrameOff switches the rule off (tests check they fail without it).
var timeFrameOff = false

// openingTimeFrame is the time frame opening fact f's sentence that is
// no date of the fact list, closed by a comma before the count: "On
// Friday, he signed 306 bills" beside "has signed 710 bills in all".
// With another figure of the same noun in the article, "How many bills
// did he sign?" has two answers; "… on Friday?" one (keepTimeFrame). np
// is the prompt, normalized: a frame it holds already is none. first and
// comma are the sentence's opening phrase (openingFrame).
func (w *writer) openingTimeFrame(f Fact, np string, first, comma int) (string, bool) {
	if timeFrameOff || comma <= first || comma > first+6 {
		return "", false
	}
	toks := w.sents[f.sent].toks
	if !prepositions[toks[first].lower()] && !toks[first].is("last", "this", "earlier", "later", "yesterday", "today", "tonight") {
		return "", false
	}
	frame := w.frameText(toks, first, comma)
	if !timeFrameWords(toks[first:comma]) || strings.Contains(np, normalize(frame)) {
		return "", false
	}
	return frame, true
}

// openingFrame is the phrase opening sentence s up to its first comma
// before text offset at ("On Friday, he signed …"): the index of its
// first word and of the comma, comma -1 when there is none.
func openingFrame(s sentence, at int) (first, comma int) {
	first = s.firstWord()
	if first < 0 {
		return -1, -1
	}
	for k := first; k < len(s.toks) && s.toks[k].start < at; k++ {
		if s.toks[k].text == "," {
			return first, k
		}
	}
	return first, -1
}

// frameText is the opening phrase toks[first:comma] as a prompt ends on
// it, its first word in lower case ("on Friday").
func (w *writer) frameText(toks []token, first, comma int) string {
	return strings.ToLower(toks[first].text) + w.text[toks[first].end:toks[comma-1].end]
}

// timeFrameWords reports a phrase that names a time: a weekday, a month,
// a year, "today", or a unit of the calendar ("last week", "this
// morning").
func timeFrameWords(ts []token) bool {
	for _, t := range ts {
		if t.is("day", "days", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night") {
			return true
		}
	}
	return namesATime(joinTokens(ts))
}
