package generate

import "strconv"

// A span of days across two months of one year, read as one date: "on
// 27 November – 1 December 2015", "from November 27 to December 1,
// 2015". Read as two dates ("27 November" and "1 December 2015") it left
// its sentence with "another date" and no question; read whole, its
// clause is asked with the whole span as the answer, and the wrong
// choices are the same days moved by whole months (sideDates). Only a
// span with its year and its second month after its first is read: one
// across a new year, or without its year, stays two dates.

// crossMonthRange reads a span across months at toks[i]: day-first ("27
// November – 1 December 2015") or month-first ("November 27 – December
// 1, 2015"). The joiner is a dash or "to"; the days are written alike.
func crossMonthRange(toks []token, i int) (date, bool) {
	at := func(j int) token {
		if j < len(toks) {
			return toks[j]
		}
		return token{punct: true}
	}
	// Both orders put the joiner third: most tokens are read no further
	// (in place: dateAt asks of every token).
	if i+2 >= len(toks) || toks[i].text == "" || !spanJoinerAt(&toks[i+2]) {
		return date{}, false
	}
	t := toks[i]
	d := date{form: formMonthSpan, start: i}
	var m1, m2, d1, d2, k int
	var ok bool
	if t.text[0] >= '0' && t.text[0] <= '9' { // "27 November – 1 December 2015"
		d1 = dayNumber(t)
		if m1, ok = month(at(i + 1)); !ok || d1 == 0 {
			return date{}, false
		}
		k = i + 2
		d2 = dayNumber(at(k + 1))
		if m2, ok = month(at(k + 2)); !ok || d2 == 0 || ordinalDay(t) != ordinalDay(at(k+1)) {
			return date{}, false
		}
		d.dayFirst, d.ordinal = true, ordinalDay(t)
		k += 3
	} else { // "November 27 – December 1, 2015"
		if m1, ok = month(t); !ok || len(t.text) < len(monthNames[m1]) {
			return date{}, false
		}
		d1 = dayNumber(at(i + 1))
		k = i + 2
		if d1 == 0 {
			return date{}, false
		}
		if m2, ok = month(at(k + 1)); !ok || len(at(k+1).text) < len(monthNames[m2]) {
			return date{}, false
		}
		d2 = dayNumber(at(k + 2))
		if d2 == 0 || ordinalDay(at(i+1)) != ordinalDay(at(k+2)) {
			return date{}, false
		}
		d.ordinal = ordinalDay(at(i + 1))
		k += 3
		if at(k).text == "," {
			k++
		}
	}
	y := yearNumber(at(k))
	if y == 0 || m2 <= m1 || d1 > lastDayOf(m1, y) || d2 > lastDayOf(m2, y) {
		return date{}, false
	}
	d.month, d.month2, d.day, d.day2, d.year, d.end = m1, m2, d1, d2, y, k+1
	d.joiner = at(i + 2).lower() // the same place in both orders
	return d, true
}

// spanJoinerAt reports the word or dash between the two ends of a span
// (read in place, without a copy of the token).
func spanJoinerAt(t *token) bool {
	return t.text == "–" || t.text == "-" || t.text == "—" || t.is("to")
}

// monthSpanText writes a span across months as the article does: "27
// November – 1 December 2015", "November 27 to December 1, 2015".
func (d date) monthSpanText(b []byte) []byte {
	day := func(b []byte, n int) []byte {
		b = strconv.AppendInt(b, int64(n), 10)
		if d.ordinal {
			b = append(b, ordinalSuffix(n)...)
		}
		return b
	}
	join := " " + d.joiner + " "
	if d.dayFirst {
		b = append(append(day(b, d.day), ' '), monthNames[d.month]...)
		b = append(append(day(append(b, join...), d.day2), ' '), monthNames[d.month2]...)
		return strconv.AppendInt(append(b, ' '), int64(d.year), 10)
	}
	b = day(append(append(b, monthNames[d.month]...), ' '), d.day)
	b = day(append(append(append(b, join...), monthNames[d.month2]...), ' '), d.day2)
	return strconv.AppendInt(append(b, ", "...), int64(d.year), 10)
}

// monthSpanSides moves a span across months by as many whole months as
// it covers, its days kept: "27 November – 1 December 2015" gives "27
// September – 1 October 2015" and "27 January – 1 February 2016". Spans
// that share a month would overlap (span() covers whole months), so a
// shift of one month would be no wrong choice. A shift whose second month
// falls in the next year, or a month too short for its day, is skipped.
func monthSpanSides(d date, dir int) []date {
	width := d.month2 - d.month + 1
	var out []date
	for k := 1; k <= 6 && len(out) < 4; k++ {
		e, ok := shiftMonths(d, dir*k*width)
		if !ok {
			break
		}
		e.month2 = e.month + width - 1
		if e.month2 > 12 || e.day > lastDayOf(e.month, e.year) || e.day2 > lastDayOf(e.month2, e.year) {
			continue
		}
		out = append(out, e)
	}
	return out
}
