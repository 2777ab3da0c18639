package generate

import "strings"

// An encyclopedia gives a person's other name in brackets after the
// first ("Ulysses Simpson Grant (Hiram Ulysses Grant, 1822–85)"): one
// person, whom a later "he" or the surname alone stands for.

// bracketedAlias reports a name o in brackets right after the name that
// ends at end, with the same surname: the person's other name, as an
// encyclopedia gives it ("Ulysses Simpson Grant (Hiram Ulysses Grant,
// 1822–85)"), no one else.
func (q *qtext) bracketedAlias(person string, end int, o quoteMention) bool {
	return o.tok == end+1 && end < len(q.toks) && q.toks[end].text == "(" && surname(o.person) == surname(person) && strings.Contains(o.person, " ")
}

// aliasBracketEnd is the index after a bracket right after the name
// ending at end that holds only the person's other names and figures
// ("(Hiram Ulysses Grant, 1822–85)", "(1822–85)"), so that a
// description after it is the person's too; end when there is none.
func (q *qtext) aliasBracketEnd(person string, end, to int) int {
	if end >= to || q.toks[end].text != "(" {
		return end
	}
	for c := end + 1; c < to && c <= end+12; c++ {
		t := q.toks[c]
		switch {
		case t.text == ")":
			if q.mentionsSomeoneElse(end+1, c) {
				return end
			}
			return c + 1
		case t.punct && t.text != "," && t.text != "–" && t.text != "-":
			return end
		case q.runStart(c):
			e := q.runEnd(c)
			p, _ := q.resolve(c, e, true)
			if p == "" || surname(p) != surname(person) {
				return end
			}
			c = e - 1
		case t.isWord() && !allDigits(t.text[:1]):
			return end
		}
	}
	return end
}

// bracketAliasPerson is the person a surname alone stands for when the
// article's only people of that surname are one person's two names, the
// second in brackets right after the first ("Ulysses Simpson Grant
// (Hiram Ulysses Grant, 1822–85)"): the first; "" otherwise.
func (q *qtext) bracketAliasPerson(word string) string {
	a, b := "", ""
	for k := 1; k+1 < len(q.toks); k++ {
		if q.toks[k].text != "(" || !q.toks[k-1].cap() || !q.runStart(k+1) {
			continue
		}
		s := k - 1
		for s > 0 && q.toks[s-1].cap() && q.sent[s-1] == q.sent[k] {
			s--
		}
		for s < k-1 && !q.runStart(s) {
			s++
		}
		pa, _ := q.resolve(s, k, true)
		pb, _ := q.resolve(k+1, q.runEnd(k+1), true)
		if pa == "" || pb == "" || pa == pb || surname(pa) != word || surname(pb) != word || a != "" && a != pa {
			continue
		}
		a, b = pa, pb
	}
	if a == "" {
		return ""
	}
	for p := range q.people {
		if surname(p) == word && p != a && p != b {
			return ""
		}
	}
	// Any other full name of that surname ("Ann Cole"), person or not.
	for k := 0; k < len(q.toks); k++ {
		if !q.runStart(k) {
			continue
		}
		e := q.runEnd(k)
		if e-k >= 2 && q.toks[e-1].text == word {
			if n := joinTokens(q.toks[k:e]); !strings.HasSuffix(a, n) && !strings.HasSuffix(b, n) {
				return ""
			}
		}
		k = e - 1
	}
	return a
}
