package generate

import (
	"strconv"
	"strings"
)

// Centuries as dates: "in the 18th century", "in the late 18th century",
// "during the early 17th century". Encyclopedia and history pages date
// their events so, and a century question is answered by centuries:
// "the 17th century", "the 19th century" (the same qualifier on each).
// The date covers the century's years (1701 to 1800), so that it orders
// and overlaps with the article's years as it should.

// centuryPreps are the words before "the" that make a century a time of
// the clause ("in the 18th century"), not a description ("art of the
// 18th century", "the 19th century novel") nor a span's end ("since the
// 19th century", "by the 18th century": a state, no event).
var centuryPreps = setOf(`in|during`)

// centuryQuals are the qualifiers kept inside the phrase: "the late 18th
// century".
var centuryQuals = setOf(`early|late|mid|mid-`)

// centuryNumber reads "18th" (or "1st" … "21st") as a century number.
func centuryNumber(t token) int {
	s := t.text
	if len(s) < 3 || len(s) > 4 {
		return 0
	}
	n, err := strconv.Atoi(s[:len(s)-2])
	if err != nil || n < 1 || n > 21 || strings.ToLower(s[len(s)-2:]) != ordinalSuffix(n) {
		return 0
	}
	return n
}

// centuryAt reads a century at toks[i] == "the": "the 18th century",
// "the late 18th century", "the mid-19th century". The answer may be the
// 1st to 20th century (the 21st is the reader's own, no event's time).
func centuryAt(toks []token, i int) (date, bool) {
	if i == 0 || i+2 >= len(toks) || !toks[i].is("the") || !centuryPreps[toks[i-1].lower()] {
		return date{}, false
	}
	j := i + 1
	qual := ""
	if centuryQuals[toks[j].lower()] {
		qual = toks[j].lower()
		j++
	} else if rest, ok := strings.CutPrefix(toks[j].lower(), "mid-"); ok {
		qual = "mid-"
		if n := centuryNumber(token{text: rest}); n > 0 && j+1 < len(toks) && toks[j+1].is("century") {
			return centuryDate(n, qual, i, j+2), true
		}
		return date{}, false
	}
	if j+1 >= len(toks) || !toks[j+1].is("century") {
		return date{}, false
	}
	n := centuryNumber(toks[j])
	if n == 0 || n > 20 {
		return date{}, false
	}
	// "the 5th century BC" counts backwards: no question of it.
	if k := j + 2; k < len(toks) && toks[k].is("bc", "bce", "b.c") {
		return date{}, false
	}
	// "the 18th century novel", "19th century Europe": a description;
	// "In the 18th century the weavers …" opens a clause.
	if k := j + 2; k < len(toks) && toks[k].isWord() && !prepositions[toks[k].lower()] && !toks[k].cap() &&
		!toks[k].is("and", "or", "when", "but", "as", "the", "a", "an", "his", "her", "its", "their", "it", "he", "she", "they", "many", "some") {
		return date{}, false
	}
	return centuryDate(n, qual, i, j+2), true
}

func centuryDate(n int, qual string, start, end int) date {
	return date{form: formCentury, year: (n-1)*100 + 1, year2: n * 100, qual: qual, the: true, start: start, end: end}
}

// century is the number of a century date.
func (d date) century() int { return d.year2 / 100 }

// appendCentury writes "the late 18th century".
func (d date) appendCentury(b []byte) []byte {
	b = append(b, "the "...)
	if d.qual != "" {
		b = append(b, d.qual...)
		if !strings.HasSuffix(d.qual, "-") {
			b = append(b, ' ')
		}
	}
	n := d.century()
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, ordinalSuffix(n)...)
	return append(b, " century"...)
}

// centurySides proposes the centuries on one side of d, nearest first,
// the 1st to the 20th.
func centurySides(d date, dir int) []date {
	var out []date
	for _, k := range []int{1, 2, 3} {
		n := d.century() + dir*k
		if n < 1 || n > 20 {
			break
		}
		out = append(out, centuryDate(n, d.qual, d.start, d.end))
	}
	return out
}

// centuryOrder orders a century and another date by their years: -1 or
// 1 when one ends before the other begins, 0 when they may overlap (the
// 18th century and 1750).
func centuryOrder(a, b date) int {
	a1, a2, _, _ := a.span()
	b1, b2, _, _ := b.span()
	switch {
	case a.year == 0 || b.year == 0:
		return 0
	case a2 < b1:
		return -1
	case b2 < a1:
		return 1
	}
	return 0
}
