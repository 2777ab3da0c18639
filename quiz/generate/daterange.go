package generate

import "strings"

// A span of days in one month, read as one date: "between 15 and 19
// March 1877", "on 18–19 June 1815", "on June 16-19, 1815". Read as two
// dates or as a month and a stray year, it left the sentence with
// "another date" and no question; read whole, its clause is asked with
// the whole span as the answer ("When was the match played?" "18–19
// June 1815"), and the wrong choices are spans of the same length
// (sideDates). A span across months ("27 November – 1 December") is
// still two dates.

// daySpan splits one token written as two days joined by a hyphen or an
// en dash ("16-19", "18–19") into its days, the second after the first.
func daySpan(t token) (d1, d2 int, joiner string, ok bool) {
	for _, sep := range []string{"-", "–"} {
		a, b, found := strings.Cut(t.text, sep)
		if !found {
			continue
		}
		d1, d2 = dayNumber(token{text: a}), dayNumber(token{text: b})
		if d1 > 0 && d2 > d1 {
			return d1, d2, sep, true
		}
	}
	return 0, 0, "", false
}

// dayFirstRange reads a span of days written before its month at
// toks[i]: "15 and 19 March 1877", "24 to 25 September", "18–19 June
// 1815" (one token or three). The year is read when it follows.
func dayFirstRange(toks []token, i int) (date, bool) {
	// Every day starts with a digit: most tokens are read no further.
	if t := toks[i].text; t == "" || t[0] < '0' || t[0] > '9' {
		return date{}, false
	}
	at := func(j int) token {
		if j < len(toks) {
			return toks[j]
		}
		return token{punct: true}
	}
	d := date{form: formDayRange, dayFirst: true, start: i}
	k := i + 1
	if d1, d2, sep, ok := daySpan(toks[i]); ok {
		d.day, d.day2, d.joiner = d1, d2, sep
	} else {
		d1 := dayNumber(toks[i])
		j := at(i + 1)
		if d1 == 0 || !(j.is("and", "to") || j.text == "-" || j.text == "–") {
			return date{}, false
		}
		d2 := dayNumber(at(i + 2))
		// Both days written alike: "15 and 19", "3rd and 4th".
		if d2 <= d1 || ordinalDay(toks[i]) != ordinalDay(at(i+2)) {
			return date{}, false
		}
		d.day, d.day2, d.joiner, d.ordinal = d1, d2, j.lower(), ordinalDay(toks[i])
		if j.punct {
			d.joiner = j.text
		}
		k = i + 3
	}
	m, ok := month(at(k))
	if !ok {
		return date{}, false
	}
	d.month, d.end = m, k+1
	if d.day2 > lastDayOf(m, 2000) { // a leap year: February's 29th may be
		return date{}, false
	}
	if y := yearNumber(at(k + 1)); y > 0 {
		d.year, d.end = y, k+2
	}
	return d, true
}

// rangeYear reads the year after a month-first span ("June 16-19,
// 1815", "November 1 and 2, 2020") at toks[k], past a comma.
func rangeYear(toks []token, d *date) {
	k := d.end
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k < len(toks) {
		if y := yearNumber(toks[k]); y > 0 {
			d.year, d.end = y, k+1
		}
	}
}

// betweenDays reports a span after "between" ("took place between 15
// and 19 March 1877"): its clause is read as one dated by "on".
func betweenDays(d date) bool {
	return d.prep == "between" && d.form == formDayRange && d.joiner == "and"
}

// betweenChoices writes a span after "between" as the article does
// ("between 15 and 19 March 1877"): "15 and 19 March 1877" alone would
// answer "When …?" with two days.
func betweenChoices(prep, right string, wrong []string) (string, []string) {
	if prep != "between" {
		return right, wrong
	}
	out := make([]string, len(wrong))
	for i, x := range wrong {
		out[i] = "between " + x
	}
	return "between " + right, out
}

// spanHoldsDate reports a span of days with its year holding a day of
// that year the article dates elsewhere ("June 16-19, 1815" and "the
// battle took place on June 18, 1815"), most often the span's own main
// day on a history page: among choices of other spans, or in a false
// statement, the one holding that day is given away by the other
// date's question, so the span is neither asked nor stated. A span
// without its year ("from March 10 to 27" on a news page, beside "on
// March 18") keeps its questions, as before spans had years.
func (w *writer) spanHoldsDate(fi int) bool {
	f := w.facts[fi]
	if f.d.form != formDayRange || f.d.year == 0 {
		return false
	}
	for _, g := range w.facts {
		if g.Kind != Date || g.Start == f.Start || g.d.day == 0 || g.d.month != f.d.month || g.d.year != f.d.year {
			continue
		}
		if g.d.day <= f.d.day2 && max(g.d.day, g.d.day2) >= f.d.day {
			return true
		}
	}
	return false
}
