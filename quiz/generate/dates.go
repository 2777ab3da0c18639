package generate

import (
	"strconv"
	"strings"
)

// dateForm is the shape of a date expression; a date question's choices
// all have the same form, so that none stands out.
type dateForm int

const (
	formDay       dateForm = iota + 1 // September 27
	formDayRange                      // November 1 and 2
	formDayYear                       // September 27, 2020
	formMonthYear                     // February 1988
	formMonth                         // this past July
	formYear                          // 1988
	formYearRange                     // 1992-1994
	formSeason                        // the summer of 2014
	formMonthSpan                     // 27 November – 1 December 2015 (crossmonth.go)
	formCentury                       // the late 18th century (century.go)
)

// date is a parsed date expression. Zero fields are unknown.
type date struct {
	form        dateForm
	month       int // 1-12
	day, day2   int
	month2      int // a span's second month (formMonthSpan)
	year, year2 int
	season      string // summer, winter, spring, autumn, fall
	qual        string // "this past", "last", "early": kept in the text
	joiner      string // "and", "-", "to" between days or years
	dayFirst    bool   // 27 September
	abbr        bool   // Sept. 27
	ordinal     bool   // July 4th, 31st October
	of          bool   // the 3rd of August
	the         bool   // "the summer of" rather than "summer of"
	prep        string // the preposition before it (on, in), not part of the text
	start, end  int    // token indexes in the sentence
}

var monthNames = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// AP-style abbreviations; months without one are written in full.
var monthAbbr = []string{"", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

var monthIndex = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

var seasonMonths = map[string][]int{
	"spring": {3, 4, 5}, "summer": {6, 7, 8}, "autumn": {9, 10, 11}, "fall": {9, 10, 11}, "winter": {12, 1, 2},
}

// Words before a bare month or year that make it a date ("in July",
// "this past July"); without one, "May" is more often a verb.
var datePreps = map[string]bool{
	"in": true, "on": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"through": true, "during": true, "before": true, "after": true, "of": true, "between": true, "for": true,
}

var dateQuals = []string{"this past", "last", "next", "this", "early", "late", "mid", "mid-"}

var dateQualWords = func() [][]string {
	out := make([][]string, len(dateQuals))
	for i, q := range dateQuals {
		out[i] = strings.Fields(q)
	}
	return out
}()

func month(t token) (int, bool) {
	if !t.cap() {
		return 0, false
	}
	m, ok := monthIndex[t.lower()]
	return m, ok
}

func dayNumber(t token) int {
	if t.punct || t.time {
		return 0
	}
	s := t.lower()
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) {
			s = s[:len(s)-2]
			break
		}
	}
	// A number ends in a digit: no error to make for the other words.
	if len(s) == 0 || len(s) > 2 || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// ordinalDay reports a day written as an ordinal ("4th"), which the
// article's other dates and the wrong choices then follow.
func ordinalDay(t token) bool {
	last := t.text[len(t.text)-1]
	return last < '0' || last > '9'
}

func ordinalSuffix(n int) string {
	switch {
	case n%100/10 == 1:
		return "th"
	case n%10 == 1:
		return "st"
	case n%10 == 2:
		return "nd"
	case n%10 == 3:
		return "rd"
	}
	return "th"
}

func yearNumber(t token) int {
	if len(t.text) != 4 || t.time || t.text[3] < '0' || t.text[3] > '9' {
		return 0
	}
	n, err := strconv.Atoi(t.text)
	if err != nil || n < 1000 || n > 2199 {
		return 0
	}
	return n
}

// yearRange parses one token like "1992-1994" or "1992–94".
func yearRange(t token) (int, int, string, bool) {
	for _, sep := range []string{"-", "–", "‑"} {
		a, b, ok := strings.Cut(t.text, sep)
		if !ok {
			continue
		}
		y1 := yearNumber(token{text: a})
		if y1 == 0 {
			return 0, 0, "", false
		}
		y2 := yearNumber(token{text: b})
		// "1992–94", "1924-9".
		if n, err := strconv.Atoi(b); y2 == 0 && err == nil && len(b) <= 2 {
			p := 10
			if len(b) == 2 {
				p = 100
			}
			y2 = y1/p*p + n
		}
		if y2 <= y1 {
			return 0, 0, "", false
		}
		return y1, y2, sep, true
	}
	return 0, 0, "", false
}

// findDates returns the date expressions of one sentence.
func findDates(toks []token) []date {
	var out []date
	for i := 0; i < len(toks); i++ {
		d, ok := dateAt(toks, i)
		if !ok {
			continue
		}
		// "2014/15" is a financial year or a season, not the year 2014: a
		// question on 2014 would be half an answer, and a false "2013/15"
		// no year at all.
		if slashedYear(toks, d) {
			i = d.end + 1 // past the slash and the number after it
			continue
		}
		// Qualifiers stay in the text: "this past July", "early 2014".
		for qi, q := range dateQuals {
			words := dateQualWords[qi]
			j := d.start - len(words)
			if j < 0 || d.form == formSeason && d.the || d.form == formCentury {
				continue
			}
			match := true
			for k, w := range words {
				if !toks[j+k].is(w) {
					match = false
				}
			}
			if match {
				d.qual = strings.ToLower(q)
				d.start = j
				break
			}
		}
		if d.start > 0 && toks[d.start-1].isWord() {
			d.prep = toks[d.start-1].lower()
		}
		// "on the 28th of June 1919": the preposition before the article.
		if d.of && d.start > 1 && toks[d.start-1].is("the") && toks[d.start-2].isWord() {
			d.prep = toks[d.start-2].lower()
		}
		out = append(out, d)
		i = d.end - 1
		// "in 2016 and 2021": a year listed after a date is a date too.
		for i+2 < len(toks) && (toks[i+1].is("and", "or") || toks[i+1].text == ",") {
			y := yearNumber(toks[i+2])
			if y == 0 || i+3 < len(toks) && countNoun(toks[i+3]) {
				break
			}
			out = append(out, date{form: formYear, year: y, start: i + 2, end: i + 3})
			i += 2
		}
	}
	return out
}

// slashedYear reports a year written against a slash and a number:
// "2014/15", "2019/2020".
func slashedYear(toks []token, d date) bool {
	e := d.end
	return d.form == formYear && e+1 < len(toks) && toks[e].text == "/" &&
		toks[e].start == toks[e-1].end && toks[e+1].start == toks[e].end && allDigits(toks[e+1].text)
}

func dateAt(toks []token, i int) (date, bool) {
	t := toks[i]
	at := func(j int) token {
		if j < len(toks) {
			return toks[j]
		}
		return token{punct: true}
	}
	atIs := func(j int, words ...string) bool {
		t := at(j)
		return t.is(words...)
	}
	if d, ok := centuryAt(toks, i); ok { // century.go
		return d, true
	}
	// "27 November – 1 December 2015" (crossmonth.go).
	if d, ok := crossMonthRange(toks, i); ok {
		return d, true
	}
	// "15 and 19 March 1877", "18–19 June 1815" (daterange.go).
	if d, ok := dayFirstRange(toks, i); ok {
		return d, true
	}
	// Day-first: "27 September 2020", "the 3rd of August 1887".
	if day := dayNumber(t); day > 0 {
		k := i + 1
		d := date{form: formDay, day: day, dayFirst: true, ordinal: ordinalDay(t), start: i}
		if d.ordinal && atIs(k, "of") {
			d.of = true
			k++
		}
		if m, ok := month(at(k)); ok {
			d.month, d.end = m, k+1
			if y := yearNumber(at(k + 1)); y > 0 {
				d.form, d.year, d.end = formDayYear, y, k+2
			} else if y := commaYear(toks, k+1); y > 0 { // "23rd April, 2019,": twodatesand.go
				d.form, d.year, d.end = formDayYear, y, k+3
			}
			return d, true
		}
	}
	if m, ok := month(t); ok {
		d := date{month: m, start: i, end: i + 1}
		j := i + 1
		if at(j).text == "." {
			d.abbr = true
			j++
		} else if len(t.text) < len(monthNames[m]) && (dayNumber(at(j)) == 0 || countNoun(at(j+1))) {
			// "Jan" without its dot is a name, but "Oct 13" a date; it
			// is written in full ("October 13") among the choices.
			return date{}, false
		}
		// "November 1-2" is one token; its year may follow (daterange.go).
		if d1, d2, sep, ok := daySpan(at(j)); ok {
			d.form, d.day, d.day2, d.joiner, d.end = formDayRange, d1, d2, sep, j+1
			rangeYear(toks, &d)
			return d, true
		}
		if day := dayNumber(at(j)); day > 0 {
			d.form, d.day, d.end, d.ordinal = formDay, day, j+1, ordinalDay(at(j))
			// "November 1 and 2", "May 3 to 5".
			if atIs(j+1, "and", "to", "or") || at(j+1).text == "-" || at(j+1).text == "–" {
				if d2 := dayNumber(at(j + 2)); d2 > day {
					d.form, d.day2, d.joiner, d.end = formDayRange, d2, at(j+1).text, j+3
				}
			}
			k := d.end
			if at(k).text == "," {
				k++
			}
			if y := yearNumber(at(k)); y > 0 && d.form == formDay {
				d.form, d.year, d.end = formDayYear, y, k+1
			} else if d.form == formDayRange {
				rangeYear(toks, &d)
			}
			return d, true
		}
		if _, _, _, ok := yearRange(at(j)); ok {
			return date{}, false
		}
		// "Fought August, 1752, between…", but not "By August, 1500 people…".
		if at(j).text == "," && at(j+2).punct {
			j++
		}
		if y := yearNumber(at(j)); y > 0 {
			d.form, d.year, d.end = formMonthYear, y, j+1
			return d, true
		}
		// A bare month needs a preposition or qualifier before it.
		if i > 0 && (datePreps[toks[i-1].lower()] || toks[i-1].is("past", "last", "next", "early", "late", "mid")) {
			d.form = formMonth
			return d, true
		}
		return date{}, false
	}
	// "the summer of 2014", "summer 2014".
	if _, ok := seasonMonths[t.lower()]; ok && !t.punct {
		j := i + 1
		if atIs(j, "of") {
			j++
		}
		if y := yearNumber(at(j)); y > 0 {
			d := date{form: formSeason, season: t.lower(), year: y, start: i, end: j + 1}
			if i > 0 && toks[i-1].is("the") {
				d.the = true
				d.start = i - 1
			}
			return d, true
		}
		return date{}, false
	}
	if y1, y2, sep, ok := yearRange(t); ok {
		return date{form: formYearRange, year: y1, year2: y2, joiner: sep, start: i, end: i + 1}, true
	}
	if y := yearNumber(t); y > 0 && i > 0 {
		prev, next := toks[i-1], at(i+1)
		// "in the year 2019"; a year alone in brackets: "the Nobel Prize
		// (1953)", but not an author's "Sarotte, Mary Elise (2014)"; a
		// year before an event's name or noun: "the 2010 Australian Open",
		// "a 1976 earthquake", but not "the 1500 Britons", "a 1500 word essay".
		event := next.is(yearNouns...)
		// "It was 1700 when …": a cleft dates the clause after "when".
		cleft := prev.is("was") && i >= 2 && toks[i-2].is("it") && next.is("when")
		if datePreps[prev.lower()] || prev.is("early", "late", "mid") || prev.is("year") || cleft ||
			prev.text == "(" && next.text == ")" && !citation(toks[max(0, i-4):i]) ||
			prev.is("a", "an", "the", "its", "their", "his", "her") && (next.cap() && !isPlural(next.lower()) || event) {
			// "from 1992 to 1994", "between 1992 and 1994".
			if prev.is("from", "between") && atIs(i+1, "to", "and") {
				if y2 := yearNumber(at(i + 2)); y2 > y {
					return date{form: formYearRange, year: y, year2: y2, joiner: at(i + 1).lower(), start: i - 1, end: i + 3}, true
				}
			}
			// "in 1500 cases" is a count, not a year.
			if countNoun(next) && !event {
				return date{}, false
			}
			return date{form: formYear, year: y, start: i, end: i + 1}, true
		}
	}
	return date{}, false
}

// Nouns of events that a year before them dates; kept to disasters,
// violence and seasons ("his rival in the 2022 election" is no event of
// the article).
var yearNouns = []string{"earthquake", "quake", "flood", "floods", "storm", "hurricane", "killings", "attack",
	"attacks", "massacre", "war", "crash", "season", "tournament", "financial", "fiscal", "census", "ruling"}

// text writes the date in its form and style.
func (d date) text() string {
	// Written into a buffer on the stack: one allocation, the string (the
	// writer writes the dates of every pair of questions it compares).
	var buf [64]byte
	return string(d.appendText(buf[:0]))
}

// appendText appends d.text() to b.
func (d date) appendText(b []byte) []byte {
	if d.form == formCentury {
		return d.appendCentury(b)
	}
	if d.qual != "" {
		b = append(b, d.qual...)
		if !strings.HasSuffix(d.qual, "-") {
			b = append(b, ' ')
		}
	}
	mon := ""
	if d.month > 0 {
		mon = monthNames[d.month]
		// AP style shortens a month only before a day: "Dec. 5", but
		// "in January" (a wrong choice "Jan." beside "March" reads wrong).
		if d.abbr && (d.day > 0 || d.form == formDay || d.form == formDayYear || d.form == formDayRange) {
			mon = monthAbbr[d.month]
		}
	}
	// The day as written: "5", or "5th" in an ordinal date.
	day := func(b []byte, n int) []byte {
		b = strconv.AppendInt(b, int64(n), 10)
		if d.ordinal {
			b = append(b, ordinalSuffix(n)...)
		}
		return b
	}
	year := func(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }
	switch d.form {
	case formDay, formDayYear, formDayRange:
		if d.dayFirst {
			b = day(b, d.day)
			if d.form == formDayRange { // "15 and 19 March", "18–19 June 1815"
				if d.joiner == "-" || d.joiner == "–" {
					b = day(append(b, d.joiner...), d.day2)
				} else {
					b = day(append(append(append(b, ' '), d.joiner...), ' '), d.day2)
				}
			}
			if d.of {
				b = append(b, " of"...)
			}
			b = append(append(b, ' '), mon...)
			if d.form == formDayYear || d.form == formDayRange && d.year != 0 {
				b = year(append(b, ' '), d.year)
			}
			break
		}
		b = day(append(append(b, mon...), ' '), d.day)
		if d.form == formDayRange {
			if d.joiner == "-" || d.joiner == "–" {
				b = day(append(b, d.joiner...), d.day2)
			} else {
				b = day(append(append(append(b, ' '), d.joiner...), ' '), d.day2)
			}
		}
		if d.form == formDayYear && d.ordinal { // "August 2nd 1776"
			b = year(append(b, ' '), d.year)
		} else if d.form == formDayYear || d.form == formDayRange && d.year != 0 {
			b = year(append(b, ", "...), d.year)
		}
	case formMonthYear:
		b = year(append(append(b, mon...), ' '), d.year)
	case formMonth:
		b = append(b, mon...)
	case formYear:
		b = year(b, d.year)
	case formYearRange:
		if d.joiner == "to" || d.joiner == "and" {
			w := "from"
			if d.joiner == "and" {
				w = "between"
			}
			b = year(append(append(b, w...), ' '), d.year)
			b = year(append(append(append(b, ' '), d.joiner...), ' '), d.year2)
		} else {
			b = year(append(year(b, d.year), d.joiner...), d.year2)
		}
	case formMonthSpan:
		b = d.monthSpanText(b)
	case formSeason:
		if d.the {
			b = append(b, "the "...)
		}
		b = year(append(append(b, d.season...), " of "...), d.year)
	}
	return b
}

// span gives the years, months and days a date may cover. Unknown parts
// cover everything, so that overlap errs on the side of "may be the same".
func (d date) span() (y1, y2 int, months uint16, days uint32) {
	y1, y2 = d.year, d.year2
	if y1 == 0 {
		y1, y2 = -1<<30, 1<<30
	} else if y2 == 0 {
		y2 = y1
	}
	switch {
	case d.form == formSeason:
		for _, m := range seasonMonths[d.season] {
			months |= 1 << m
		}
		if d.season == "winter" {
			y2++ // December to February crosses the year
		}
	case d.form == formMonthSpan: // every day of both months: overlap errs wide
		for m := d.month; m <= d.month2; m++ {
			months |= 1 << m
		}
	case d.month > 0:
		months = 1 << d.month
	default:
		months = 0x1FFE
	}
	if d.day > 0 && d.form != formMonthSpan {
		last := d.day
		if d.day2 > 0 {
			last = d.day2
		}
		for k := d.day; k <= last; k++ {
			days |= 1 << k
		}
	} else {
		days = 0xFFFFFFFE
	}
	return
}

// overlaps reports whether two dates may name the same time, in which case
// one cannot be a wrong choice for the other.
func (d date) overlaps(e date) bool {
	ay1, ay2, am, ad := d.span()
	by1, by2, bm, bd := e.span()
	if ay2 < by1 || by2 < ay1 {
		return false
	}
	if am&bm == 0 {
		return false
	}
	return ad&bd != 0
}

// asForm converts another date of the article to the form f when it has
// the parts f needs ("November 1 and 2" gives "November 1").
func (d date) asForm(f dateForm, style date) (date, bool) {
	out := date{form: f, dayFirst: style.dayFirst, abbr: style.abbr, ordinal: style.ordinal, of: style.of, the: style.the, joiner: style.joiner, qual: style.qual}
	switch f {
	case formDay:
		if d.day == 0 || d.month == 0 {
			return date{}, false
		}
		out.month, out.day = d.month, d.day
	case formDayYear:
		if d.day == 0 || d.year == 0 {
			return date{}, false
		}
		out.month, out.day, out.year = d.month, d.day, d.year
	case formMonthYear:
		if d.month == 0 || d.year == 0 {
			return date{}, false
		}
		out.month, out.year = d.month, d.year
	case formYear:
		if d.year == 0 || d.year2 != 0 {
			return date{}, false
		}
		out.year = d.year
	case formMonth:
		if d.month == 0 || d.form != formMonth {
			return date{}, false
		}
		out.month = d.month
	default:
		// A span with its year is no choice beside one without.
		if d.form != f || f == formDayRange && (d.year == 0) != (style.year == 0) {
			return date{}, false
		}
		out = d
		out.qual, out.abbr, out.dayFirst, out.the, out.of = style.qual, style.abbr, style.dayFirst, style.the, style.of
		if f == formYearRange || f == formDayRange {
			out.joiner = style.joiner
		}
	}
	return out, true
}

// countNoun is a plural noun after a number: "in 1500 cases" counts, but
// "in 2008 was" dates.
func countNoun(t token) bool {
	return t.isWord() && !t.cap() && !nounStops[t.lower()] && isPlural(t.lower())
}

// citation reports the tokens before a bracketed year as a reference's
// author ("^ Hertle, Hans (2011)."), whose year dates no event.
func citation(before []token) bool {
	for _, t := range before {
		if t.text == "," || t.text == "^" {
			return true
		}
	}
	return false
}

// lifespanName returns the name heading a line that holds only a
// person's dates of birth and death ("Boris Pasternak" above "10 February
// 1890 – 30 May 1960", as "born on this day" pages set them), or nil.
func lifespanName(sents []sentence, si int) []token {
	toks := sents[si].toks
	// "10 February 1890 – 30 May 1960" is 7 tokens, "February 10, 1897 –
	// September 8, 1985" 9: most lines are read no further.
	if si == 0 || len(toks) < 7 || len(toks) > 9 || !sents[si-1].headline {
		return nil
	}
	ds := findDates(toks)
	if len(ds) != 2 || ds[0].start != 0 || ds[1].end != len(toks) || ds[1].start != ds[0].end+1 || !asideDash(toks[ds[0].end]) ||
		ds[0].form != formDayYear || ds[1].form != formDayYear {
		return nil
	}
	name := sents[si-1].toks
	if len(name) < 2 || len(name) > 4 {
		return nil
	}
	for _, t := range name {
		if !t.cap() || t.punct || isTitleWord(t) {
			return nil
		}
	}
	return name
}

// lifespanClause asks a person's birth or death from a span of two full
// dates after the name, in brackets ("Anna Brandt (4 March 1871 – 19 June
// 1938) was …") or on a line under it: "When was Anna Brandt born?",
// "When did Anna Brandt die?".
func (w *writer) lifespanClause(f Fact) (clause, bool) {
	s := w.sents[f.sent]
	toks, first := s.toks, s.firstWord()
	born := f.d.end+1 < len(toks) && asideDash(toks[f.d.end])
	if f.d.form != formDayYear || !born && (f.d.start == 0 || !asideDash(toks[f.d.start-1])) {
		return clause{}, false
	}
	lo, hi := f.d.start, f.d.end
	var other date
	for _, g := range w.facts {
		if g.Kind == Date && g.sent == f.sent {
			if born && g.d.start == f.d.end+1 {
				other, hi = g.d, g.d.end
			} else if !born && g.d.end+1 == f.d.start && asideDash(toks[g.d.end]) {
				other, lo = g.d, g.d.start
			}
		}
	}
	if other.form != formDayYear {
		return clause{}, false
	}

	name := lifespanName(w.sents, f.sent)
	if name == nil && lo >= first+3 && toks[lo-1].text == "(" && hi < len(toks) && toks[hi].text == ")" && lo-1-first <= 4 {
		name = toks[first : lo-1]
		for _, t := range name {
			if !t.cap() || t.punct || isTitleWord(t) {
				return clause{}, false
			}
		}
	}
	if name == nil {
		return clause{}, false
	}
	c := clause{subject: name, prep: "on", verb: []token{{text: "was"}, {text: "born"}}}
	if !born {
		c.verb, c.base = []token{{text: "died"}}, "die"
	}
	return c, true
}

// sharedBirthDay reports a birth from a lifespan whose day and month
// another date of the page shares, as on "born on this day" pages: near
// months would give the answer away, the other questions showing the day.
func (w *writer) sharedBirthDay(f Fact) bool {
	toks := w.sents[f.sent].toks
	// Only a full date shares a day and month: a bare year before a dash
	// ("mayor in 1991 — the year that ...") has neither (yeardash_test.go).
	if f.d.form != formDayYear || f.d.end >= len(toks) || !asideDash(toks[f.d.end]) {
		return false
	}
	for _, g := range w.facts {
		if g.Kind == Date && g.sent != f.sent && g.d.month == f.d.month && g.d.day == f.d.day {
			return true
		}
	}
	return false
}

// yearsApart gives wrong dates of the same day and month in near years,
// on both sides as the hash places them.
func (w *writer) yearsApart(fi int) []string {
	f := w.facts[fi]
	h := factHash(f)
	before := int(h % 4)
	var out []string
	for s, n := range [2]int{before, 3 - before} {
		y := f.d
		y.form = formYear
		for _, e := range sideDates(y, s, h)[:n] {
			e.form = formDayYear
			out = append(out, e.text())
		}
	}
	return out
}
