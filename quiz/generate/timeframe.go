package generate

import "strings"

// timeFrameOff switches the rule off (tests check they fail without it).
var timeFrameOff = false

// openingTimeFrame is the time frame opening fact f's sentence that is
// no date of the fact list, closed by a comma before the count: "On
// Friday, he signed 306 bills" beside "has signed 710 bills in all".
// With another figure of the same noun in the article, "How many bills
// did he sign?" has two answers; "… on Friday?" one (keepTimeFrame). np
// is the prompt, normalized: a frame it holds already is none.
func (w *writer) openingTimeFrame(f Fact, np string) (string, bool) {
	if timeFrameOff {
		return "", false
	}
	s := w.sents[f.sent]
	toks := s.toks
	first := s.firstWord()
	if first < 0 || !prepositions[toks[first].lower()] && !toks[first].is("last", "this", "earlier", "later", "yesterday", "today", "tonight") {
		return "", false
	}
	comma := -1
	for k := first; k < len(toks) && k <= first+6 && toks[k].start < f.Start; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma <= first {
		return "", false
	}
	frame := w.text[toks[first].start:toks[comma-1].end]
	frame = strings.ToLower(frame[:len(toks[first].text)]) + frame[len(toks[first].text):]
	if !timeFrameWords(toks[first:comma]) || strings.Contains(np, normalize(frame)) {
		return "", false
	}
	return frame, true
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
