package generate

// A date inside a noun phrase that names a person's birth or death:
//
//	"…, the oldest former MP still living is Ronald Atkins, born 13 June 1916."
//	"The oldest member is Ada Brandt (born 2 May 1921)."
//	"Following the death of John Freeman on 20 December 2014, …"
//
// The text says the person was born, or died, on that date, so "When was
// Ronald Atkins born?" and "When did John Freeman die?" are its own
// questions, whatever else the sentence dates. Only a name of two to
// four capitalised words, no title, no month or weekday, no place of the
// gazetteer; a name after "of" ("the brother of Ann Lee, born …") is
// another's noun phrase and refused.

// namedLifeClause reads a birth after a name and a comma or bracket, or a
// death after "the death of" a name and "on" or "in".
func (w *writer) namedLifeClause(f Fact) (clause, bool) {
	toks := w.sents[f.sent].toks
	if f.d.qual != "" || f.d.year == 0 || f.d.form == formYearRange || f.d.form == formDayRange || f.d.form == formMonthSpan || f.d.start < 3 || inQuote(toks, f.d.start) {
		return clause{}, false
	}
	k := f.d.start - 1
	onIn := toks[k].is("on", "in")
	if onIn {
		k--
	}
	// "Ronald Atkins, born 13 June 1916", "Ada Brandt (born …)".
	if toks[k].is("born") && k >= 3 && (toks[k-1].text == "," || toks[k-1].text == "(") {
		name, b, ok := lifeName(toks, k-1)
		if !ok || b > 0 && toks[b-1].is("of") {
			return clause{}, false
		}
		prep := "in"
		if f.d.day != 0 {
			prep = "on"
		}
		return clause{subject: name, prep: prep, verb: []token{{text: "was"}, {text: "born"}}}, true
	}
	// "the death of John Freeman on 20 December 2014".
	if !onIn {
		return clause{}, false
	}
	name, b, ok := lifeName(toks, k+1)
	if !ok || b < 3 || !toks[b-1].is("of") || !toks[b-2].is("death") || !toks[b-3].is("the") {
		return clause{}, false
	}
	return clause{subject: name, prep: f.d.prep, verb: []token{{text: "died"}}, base: "die"}, true
}

// lifeName is the name ending just before toks[end] and the index it
// begins at: two to four capitalised words, none a title, a month or a
// weekday, and not a place the gazetteer knows.
func lifeName(toks []token, end int) ([]token, int, bool) {
	b := end
	for b > 0 && end-b <= 4 && toks[b-1].isWord() && toks[b-1].cap() {
		b--
	}
	// "Yesterday Ronald Atkins, born …": a sentence's first word is no
	// part of the name.
	if b < end && toks[b].is("the", "a", "an", "in", "on", "at", "by", "and", "but", "yesterday", "today", "now", "then", "later", "meanwhile", "since", "after", "before", "following") {
		b++
	}
	if n := end - b; n < 2 || n > 4 {
		return nil, 0, false
	}
	name := toks[b:end]
	for _, t := range name {
		if isTitleWord(t) || monthIndex[t.lower()] > 0 || t.is("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") {
			return nil, 0, false
		}
	}
	if places().lookupWords(name) != nil {
		return nil, 0, false
	}
	return name, b, true
}
