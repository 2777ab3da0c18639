package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- a statement on one clause of a two-clause sentence (samesentence) ----

// A sentence of two clauses, each with its own subject and verb, often
// holds two facts: "Pollard was jailed for two years and Patterson was
// sentenced to 18 months." A sentence statement copies the whole
// sentence, so it takes the sentence for itself and the other clause's
// fact goes unasked (the unasked diagnostic's "only copies offered, its
// sentence asked", 49 facts on the development pages). A clause statement
// copies only the clause that holds its fact:
//
//	"According to the article, Pollard was jailed for two years."
//	"According to the article, Patterson was sentenced to 18 months behind bars."
//
// and may stand beside a question on a fact of the other clause, when
// neither gives the other away (choose: partsClash, answers). It is
// offered only where the other clause holds a date, leader or count of
// its own, and before the whole sentence's statement, which it displaces.

// clausePart is the byte span of w.text a clause statement states; a
// statement leaving a phrase out states its sentence but [holeLo, holeHi)
// (omitstatement.go).
type clausePart struct{ lo, hi, holeLo, holeHi int }

// clauseTF offers the clause statement of date or count fact fi.
func (w *writer) clauseTF(fi int) {
	f := w.facts[fi]
	cut, ok := w.twoClauses(f.sent)
	if !ok {
		return
	}
	k := cut.k
	toks := w.sents[f.sent].toks
	at := toks[k].start // the "and"
	left := f.End <= at
	if !left && f.Start < toks[k].end {
		return
	}
	// Something to gain: a date, leader or count of the other clause.
	other := false
	for _, g := range w.facts {
		if g.sent == f.sent && (g.Kind == Date || g.Kind == Count || g.Kind == Leader) && (g.End <= at) != left && (g.Start >= toks[k].end || g.End <= at) {
			other = true
			break
		}
	}
	if !other {
		return
	}
	cut.left = left
	c := cut // (a copy: cut itself stays off the heap for the clauses refused above)
	w.clause = &c
	defer func() { w.clause = nil }()
	w.sentenceTF(fi)
}

// clauseCut is the clause a statement is being written on (w.clause):
// the sentence's joining "and" (a token index) and the side of it.
type clauseCut struct {
	k    int
	subj int // the end of the first clause's subject, which the second shares; 0 if it has its own
	left bool
}

// twoClauses finds the one "and" of sentence si that joins two clauses of
// their own: a verb before it, and after it a subject that is no pronoun
// followed within seven words, before any comma, by a verb ("and Patterson
// was sentenced", ", and the Serb has now won"). A past verb that is no
// auxiliary needs a comma before the "and", as "the Social Democrat led
// Left-Green coalition" shows it may be a participle of a noun list.
func (w *writer) twoClauses(si int) (clauseCut, bool) {
	s := w.sents[si]
	toks := s.toks
	first := s.firstWord()
	if first < 0 {
		return clauseCut{}, false
	}
	found, depth, subj := -1, 0, 0
	for k := first; k < len(toks); k++ {
		switch toks[k].text {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		}
		sub := subordinateJoin(toks, k) // clauseafter.go
		if depth != 0 || !toks[k].is("and") && !sub || k+4 >= len(toks) || k-first < 4 {
			continue
		}
		// The first clause's verb after its last comma: "According to
		// the report, 811 confirmed cases and over 6,520 suspected
		// infections have been recorded" joins two subjects.
		// A comma inside a date ("on Thursday, August 8,", "June,
		// 1683,") opens no clause.
		from := first
		for j := first; j < k-1; j++ {
			inDate := j > 0 && (monthIndex[toks[j+1].lower()] != 0 || unicode.IsDigit(rune(toks[j+1].text[0])) && monthIndex[toks[j-1].lower()] != 0)
			if toks[j].text == "," && !inDate {
				from = j + 1
			}
		}
		if !clauseVerb(toks, from, k) {
			continue
		}
		open := toks[k+1]
		// "Smith was back in the dock …, and was jailed for 12 months":
		// the second clause shares the first's subject, a name or a
		// short "the" phrase just before the first clause's verb.
		if (finiteVerb(open) || presentVerb(open)) && !open.cap() && !sub {
			if v := clauseSubject(toks, first, k); v > 0 {
				if found >= 0 {
					return clauseCut{}, false
				}
				found, subj = k, v
			}
			continue
		}
		if finiteVerb(open) || open.is("he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "then", "also", "so") || !open.isWord() {
			continue
		}
		verb := -1
		for v := k + 2; v < len(toks) && v <= k+8; v++ {
			if toks[v].text == "," || toks[v].text == ";" || toks[v].text == "(" || toks[v].is("who", "which", "that", "whose", "and", "or") {
				break
			}
			if !toks[v].cap() && finiteVerb(toks[v]) {
				verb = v
				break
			}
		}
		if verb < 0 || !auxiliaries[toks[verb].lower()] && toks[k-1].text != "," && !sub {
			continue
		}
		if found >= 0 {
			return clauseCut{}, false // two joins: which clause is which is not clear
		}
		found = k
	}
	if found < 0 {
		return clauseCut{}, false
	}
	// The second clause reads alone: no pronoun pointing back, and no
	// source of its own ("…, according to the agency", "…, Xinhua reported").
	for _, t := range toks[found+1:] {
		if t.is("he", "she", "his", "her", "him", "they", "their", "them", "it", "its", "according", "said", "says", "reported", "told") {
			return clauseCut{}, false
		}
	}
	return clauseCut{k: found, subj: subj}, true
}

// clauseSubject is the end of the subject the first clause toks[first:k]
// opens on, when the second clause has none of its own: one to four
// capitalised words ("Jerry Sandusky") or "the" and one or two words
// ("The hospital"), then a verb. 0 when there is no such subject.
func clauseSubject(toks []token, first, k int) int {
	v := first
	verb := func(t token) bool { return finiteVerb(t) || presentVerb(t) && !t.cap() }
	for v < k && v-first < 4 && toks[v].isWord() && !verb(toks[v]) {
		v++
	}
	if v == first || v >= k || !verb(toks[v]) || toks[first].is("the", "a", "an") && v-first < 2 {
		return 0
	}
	for j := first; j < v; j++ {
		t := toks[j]
		if !t.cap() && !(j > first && toks[first].is("the") && v-first <= 2) || t.is("he", "she", "it", "they", "we", "i", "this", "that", "there") {
			return 0
		}
	}
	return v
}

// cutClause cuts the statement body of fact fi's whole sentence (body,
// written by statementBody, the value at bytes [a, b) of the sentence
// replaced by stated when the statement is false) to the clause w.clause
// names, and the span of w.text it states.
func (w *writer) cutClause(fi, a, b int, stated string, truth bool, body string) (string, clausePart, bool) {
	f := w.facts[fi]
	toks := w.sents[f.sent].toks
	k := w.clause.k
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if w.clause.left {
		end := k
		if toks[k-1].text == "," {
			end = k - 1
		}
		rest := norm(f.Sentence[toks[end].start-f.SentenceStart:])
		if !strings.HasSuffix(body, rest) {
			return "", clausePart{}, false
		}
		cut := strings.TrimRight(body[:len(body)-len(rest)], " ")
		if strings.HasSuffix(cut, ",") || wordCount(cut) < 4 {
			return "", clausePart{}, false
		}
		return cut + ".", clausePart{lo: f.SentenceStart, hi: toks[end].start}, true
	}
	r := toks[k+1].start - f.SentenceStart
	text := f.Sentence[r:]
	if !truth {
		if a < r {
			return "", clausePart{}, false
		}
		text = f.Sentence[r:a] + stated + f.Sentence[b:]
	}
	opens := toks[k+1:]
	if subj := w.clause.subj; subj > 0 {
		first := w.sents[f.sent].firstWord()
		text = w.text[toks[first].start:toks[subj-1].end] + " " + text
		// The subject before the second clause's own verb ("Norvell
		// had …"), as the statement reads.
		opens = append(append([]token(nil), toks[first:subj]...), toks[k+1:]...)
	}
	text = norm(text)
	if !w.nameFirst(opens) {
		c, size := utf8.DecodeRuneInString(text)
		text = string(unicode.ToLower(c)) + text[size:]
	}
	return text, clausePart{lo: toks[k+1].start, hi: f.SentenceStart + len(f.Sentence)}, true
}

// partsClash reports whether two questions on one sentence, a and b,
// cannot both be asked: a copy of the whole sentence (a statement or a
// fill-in) beside any other, or a clause statement beside a question on
// a fact of its own clause.
func (w *writer) partsClash(a, b candidate) bool {
	if a.part == nil && b.part == nil {
		return a.copy || b.copy
	}
	if a.part == nil {
		a, b = b, a
	}
	if b.copy && b.part == nil || b.style() == 0 {
		return true
	}
	if b.part != nil {
		// Two statements each leaving out the other's fact (omitstatement.go).
		if a.leavesOut() && b.leavesOut() && within(w.facts[a.item.Fact], b.part) && within(w.facts[b.item.Fact], a.part) {
			return false
		}
		return a.part.lo < b.part.hi && b.part.lo < a.part.hi
	}
	fb := w.facts[b.item.Fact]
	if within(fb, a.part) {
		return false // the fact left out (omitstatement.go)
	}
	return fb.Start < a.part.hi && a.part.lo < fb.End
}

// clauseVerb reports a verb of a clause's own in toks[from:to]: an
// auxiliary, or a past form that is no participle of a noun ("811
// confirmed cases", "the recognised match").
func clauseVerb(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		t := toks[k]
		if t.is("that", "which", "who", "whom", "whose") {
			return false
		}
		// A present verb only after a name: "Imerys employs …".
		if k > from && !t.cap() && presentVerb(t) && toks[k-1].cap() && !toks[k-1].is("the", "a", "an") {
			return true
		}
		if t.cap() || !finiteVerb(t) {
			continue
		}
		if auxiliaries[t.lower()] || k > from && !toks[k-1].is("the", "a", "an") && !unicode.IsDigit(rune(toks[k-1].text[0])) && !participleUse(toks, k) {
			return true
		}
	}
	return false
}

// presentVerb reports a verb's present third person ("faces", "remains",
// "pushes") of a verb pastVerbs lists.
func presentVerb(t token) bool {
	l := t.lower()
	if !t.isWord() || len(l) < 4 || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") {
		return false
	}
	for _, base := range []string{l[:len(l)-1], strings.TrimSuffix(l, "es")} {
		if pastVerbs[regularPast(base)] == base {
			return true
		}
	}
	return false
}

// wholeAgain puts the whole sentence's statement back in place of a
// chosen clause statement that no other chosen question of its sentence
// stands beside: the clause was only worth cutting to make room for a
// second question, and the whole sentence keeps its context ("On the
// 14th of June, 1683, their mighty army appeared before the walls, and a
// city of tents was built …"). The whole statement must pass the same
// give-away checks against the rest of the quiz.
func (w *writer) wholeAgain(chosen []int) {
	for n, i := range chosen {
		c := w.offered[i]
		if c.part == nil {
			continue
		}
		si := w.facts[c.item.Fact].sent
		alone := true
		for _, j := range chosen {
			if j != i && w.facts[w.offered[j].item.Fact].sent == si {
				alone = false
				break
			}
		}
		if !alone {
			continue
		}
	whole:
		for k, o := range w.offered {
			if o.item.Fact != c.item.Fact || !o.copy || o.part != nil || o.group != "" || o.twin > 0 || o.q.Type != c.q.Type || w.givenAway(k) {
				continue
			}
			for _, j := range chosen {
				if j != i && (w.answers(j, k) || w.answers(k, j) || w.namesAnswer(j, k) || w.namesAnswer(k, j)) {
					continue whole
				}
			}
			chosen[n] = k
			break
		}
	}
}
