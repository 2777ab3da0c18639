package generate

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz"
)

// orderEvent is an event of the article that can be a choice of a "which
// happened first" question: a clear clause in the article's words, with a
// date that has a year, or a day whose year is the page's (orderdays.go).
type orderEvent struct {
	fact     int
	clause   string // "Renewed clashes between Azerbaijan and Armenia erupted"
	mid      string // the clause for the middle of a sentence: "renewed clashes … erupted"
	lo, hi   int    // the first and last day the date may mean, as yyyymmdd; for a day without a year, its day of the year
	yearless bool   // a day without a year (orderdays.go)
	ctxYear  int    // for a day without a year, the year of the article's last date before it with one; 0 for none
}

// maxOrderWords is the longest clause a choice of an order question may be.
const maxOrderWords = 14

// whichFirst writes "which came first" questions that order events of the
// article by their dates: "Which happened first, according to the
// article?" with three events as choices, and a true-or-false "… before
// …" on two other events. Only events whose sentence gives a simple
// clause around one date with a year are used, never two of one sentence
// or of one event, and never two dates that may overlap.
func (w *writer) whichFirst() {
	evs := w.orderEvents()
	if len(evs) < 2 {
		return
	}
	ok := func(evs []orderEvent) func(i, j int) bool {
		return func(i, j int) bool { return w.compatible(evs[i], evs[j]) }
	}
	// Three events make a question with choices; two, a statement. The
	// quiz takes one question with choices, the first offered whose
	// events' dates are not all asked by questions of their own
	// (orderAnswered): other sets are offered after it.
	used := map[int]bool{}
	for _, set := range pickOrderSets(evs, ok(evs), maxOrderSets) {
		if w.orderChoice(evs, set) {
			for _, i := range set {
				used[i] = true
			}
		}
	}
	var rest []orderEvent
	for i, e := range evs {
		if !used[i] {
			rest = append(rest, e)
		}
	}
	if set := pickOrderSet(rest, 2, ok(rest)); set != nil {
		w.orderTF(rest, set)
	}
}

// orderEvents lists the events fit to be ordered, in text order.
func (w *writer) orderEvents() []orderEvent {
	var out []orderEvent
	seenClause := map[string]bool{}
	for fi, f := range w.facts {
		if f.Kind != Date || f.d.year == 0 && (!yearlessDay(f.d) || yearNamedAfter(w.sents[f.sent].toks, f.d.end)) || w.outOfLife(fi) { // lifeyears.go
			continue
		}
		c, ok := w.dateClause(f)
		if !ok || inQuote(w.sents[f.sent].toks, f.d.start) || speakersVoice(c) {
			continue
		}
		rest, ok := shortenedRest(c.rest, wordCount(w.phrase(c.subject, true)+spaced(c.verb)), maxOrderWords)
		if !ok {
			continue
		}
		text := w.phrase(c.subject, c.firstIsStart) + spaced(c.verb) + spaced(rest)
		n := wordCount(text)
		if n < 3 && !w.twoWordEvent(c, n) || n > maxOrderWords || strings.ContainsAny(text, "“”\"()") || tellsOrder(text) || namesATime(text) {
			continue
		}
		// The middle of "… before …": lower-case unless a name starts it.
		mid := w.phrase(c.subject, true) + spaced(c.verb) + spaced(rest)
		if c.subject[0].cap() && !c.firstIsStart {
			mid = text
		} else if c.subject[0].cap() && titleBeforeName(c.subject) {
			mid = joinTokens(c.subject) + spaced(c.verb) + spaced(rest)
		}
		text = capitalise(text)
		if seenClause[strings.ToLower(text)] {
			continue
		}
		seenClause[strings.ToLower(text)] = true
		lo, hi := dayRange(f.d)
		if yearlessDay(f.d) {
			lo, hi = dayOfYear(f.d.month, f.d.day), dayOfYear(f.d.month, max(f.d.day, f.d.day2))
		}
		out = append(out, orderEvent{fact: fi, clause: text, mid: mid, lo: lo, hi: hi, yearless: yearlessDay(f.d), ctxYear: w.yearBefore(f)})
	}
	return out
}

// orderWords tell the order by themselves: "the first war", "renewed
// clashes", "a previous ceasefire".
var orderWords = map[string]bool{
	"first": true, "earlier": true, "earliest": true, "previous": true, "previously": true, "initial": true,
	"original": true, "later": true, "subsequent": true, "renewed": true, "second": true, "third": true,
	"again": true, "latest": true, "final": true, "last": true, "new": true, "next": true, "eventually": true,
	"finally": true, "since": true, "before": true, "after": true, "then": true, "resumed": true, "re-elected": true,
}

func tellsOrder(s string) bool {
	fs := strings.Fields(s)
	for i, x := range fs {
		if orderWords[normalize(strings.Trim(x, ".,;:"))] && !nameOpensOrderWord(fs, i) {
			return true
		}
	}
	return false
}

// dayRange is the earliest and latest day a date may mean, as yyyymmdd.
func dayRange(d date) (int, int) {
	y1, y2, months, days := d.span()
	m1, m2 := bitRange(uint64(months), 1, 12)
	d1, d2 := bitRange(uint64(days), 1, 31)
	if d.season == "winter" {
		// December of one year to February of the next.
		return y1*10000 + 1201, (y1+1)*10000 + 229
	}
	// A qualifier ("early", "late", "this past") keeps the whole span.
	return y1*10000 + m1*100 + d1, y2*10000 + m2*100 + d2
}

// ordered reports whether event a surely came before event b.
func (a orderEvent) before(b orderEvent) bool {
	if a.yearless || b.yearless {
		return a.yearless && b.yearless && yearlessOrdered(a, b)
	}
	return a.hi < b.lo
}

// pickOrderSet chooses n events that are pairwise surely ordered, of
// different sentences and not about the same event; it prefers a set
// whose earliest event is not the longest choice, so that the answer does
// not stand out. It returns indexes into evs, or nil.
func pickOrderSet(evs []orderEvent, n int, compatible func(i, j int) bool) []int {
	var fallback []int
	var rec func(start int, cur []int) []int
	rec = func(start int, cur []int) []int {
		if len(cur) == n {
			set := append([]int(nil), cur...)
			if !answerLongest(evs, set) {
				return set
			}
			if fallback == nil {
				fallback = set
			}
			return nil
		}
		for i := start; i < len(evs); i++ {
			ok := true
			for _, j := range cur {
				if !(evs[i].before(evs[j]) || evs[j].before(evs[i])) || !compatible(i, j) {
					ok = false
				}
			}
			if !ok {
				continue
			}
			if r := rec(i+1, append(cur, i)); r != nil {
				return r
			}
		}
		return nil
	}
	if r := rec(0, nil); r != nil {
		return r
	}
	return fallback
}

// compatible reports whether two events may be choices of one question:
// not of one sentence, not the same event told twice, dates that cannot
// overlap.
func (w *writer) compatible(a, b orderEvent) bool {
	fa, fb := w.facts[a.fact], w.facts[b.fact]
	return fa.sent != fb.sent && !w.sameOrderEvent(a, b) && !fa.d.overlaps(fb.d)
}

func (w *writer) orderChoice(evs []orderEvent, set []int) bool {
	first := set[0]
	for _, i := range set {
		if evs[i].before(evs[first]) {
			first = i
		}
	}
	var wrong, all []string
	for _, i := range set {
		all = append(all, evs[i].clause)
		if i != first {
			wrong = append(wrong, evs[i].clause)
		}
	}
	if orderGuessable(evs[first].clause, wrong) {
		return false
	}
	f := w.facts[evs[first].fact]
	var later []string
	for _, i := range set {
		if i != first {
			later = append(later, w.facts[evs[i].fact].d.text())
		}
	}
	q := quiz.Question{Type: quiz.Single, Prompt: orderPrompt,
		Choices:     choices(evs[first].clause, nil, all),
		Explanation: "The article dates this to " + f.d.text() + "; the other events come later (" + strings.Join(later, " and ") + ")."}
	if !w.add(evs[first].fact, q, evs[first].clause, wrong, "first-"+slug(firstWords(evs[first].clause, 3))) {
		return false
	}
	c := &w.offered[len(w.offered)-1]
	for _, i := range set {
		if i != first {
			c.others = append(c.others, evs[i].fact)
		}
	}
	// The question is a form of its answer's fact: the quiz asks that
	// date once, by "When …?" or by the order (orderdays.go).
	c.group = ""
	return true
}

// orderTF states that one event came before another, true or false.
func (w *writer) orderTF(evs []orderEvent, set []int) bool {
	if len(set) != 2 {
		return false
	}
	a, b := evs[set[0]], evs[set[1]]
	if b.before(a) {
		a, b = b, a
	}
	// a is the earlier event; the evidence is its sentence.
	if orderGuessable(a.clause, []string{b.clause}) {
		return false
	}
	fa := w.facts[a.fact]
	truth := parity(fa) == 0
	x, y := a, b
	if !truth {
		x, y = b, a
	}
	st := "According to the article, " + x.mid + " before " + y.mid + "."
	q := quiz.Question{Type: quiz.TrueFalse, Truth: truth, Prompt: st,
		Explanation: "The article says " + a.mid + " " + datePhrase(fa.d) + ", and " + b.mid + " " + datePhrase(w.facts[b.fact].d) + "."}
	var ws []string
	if !truth {
		ws = []string{b.clause}
	}
	if !w.add(a.fact, q, strconv.FormatBool(truth), ws, "tf-before-"+slug(firstWords(a.clause, 3))) {
		return false
	}
	c := &w.offered[len(w.offered)-1]
	c.later = b.fact + 1
	// A form of the earlier event's fact, as a which-first question is
	// of its answer's (orderdays.go).
	c.others, c.group = []int{b.fact}, ""
	return true
}

// trailingPreps open a phrase that may close an event's clause and be
// left out of it: "for her lifetime achievements", "in the film
// industry", "at the Paris Peace Conference".
var trailingPreps = setOf(`for|in|at|on|with|during|as|along|across|near|under|over|through|into|from|after`)

// compoundPreposition reports the preposition at ts[i] closing "in
// return for", "in exchange for", "in front of": the phrase begins at
// its "in", where a cut may fall, not at ts[i].
func compoundPreposition(ts []token, i int) bool {
	return i >= 2 && ts[i-2].is("in", "on") && ts[i-1].is("return", "exchange", "addition", "spite", "front", "place", "favour", "favor", "charge", "response", "behalf", "top")
}

// withSomeone reports a "with" phrase that names whom the deed was done
// with ("held talks with Prime Minister Nikol Pashinyan"): a partner,
// part of the deed, not a circumstance to leave out.
func withSomeone(phrase []token) bool {
	if !phrase[0].is("with") {
		return false
	}
	for _, t := range phrase[1:] {
		if t.cap() {
			return true
		}
	}
	return false
}

// withAbsolute reports a phrase at ts[cut] that completes a "with" phrase
// just before it, as an absolute construction does: "arrived … with the
// side in the bottom half" says the side was there, not that she came
// with it, and cannot lose its end.
func withAbsolute(ts []token, cut int) bool {
	for j := cut - 1; j >= 0 && j >= cut-4; j-- {
		if ts[j].is("with") {
			return true
		}
		if prepositions[ts[j].lower()] || ts[j].punct {
			return false
		}
	}
	return false
}

// shortenedRest cuts the words after an event's verb (rest; head words
// come before them) to at most max words in all, by leaving out the
// prepositional phrases that close them, last first: "was given an
// honorary award for her lifetime achievements in the film industry"
// reads alone without "in the film industry". Words that stay must end
// on a word that closes a phrase, and hold no "it" or "they", whose
// referent the left-out words or the sentence before may have held. Rest
// already short enough is returned as it is.
func shortenedRest(rest []token, head, max int) ([]token, bool) {
	if head+len(rest) <= max {
		return rest, true
	}
	kept := rest
	for head+len(kept) > max {
		cut := -1
		for i := len(kept) - 1; i >= 1; i-- {
			if trailingPreps[kept[i].lower()] && !compoundPreposition(kept, i) {
				cut = i
				break
			}
		}
		if cut < 0 || withAbsolute(kept, cut) || withSomeone(kept[cut:]) {
			return nil, false
		}
		kept = kept[:cut]
	}
	last := kept[len(kept)-1]
	if last.punct || nounStops[last.lower()] || prepositions[last.lower()] || last.is("to", "and", "or", "of") {
		return nil, false
	}
	for _, t := range kept {
		if t.is("it", "they", "them") || t.punct {
			return nil, false
		}
	}
	return kept, true
}

// datePhrase is a date with its preposition: "on 3 October 1990", "in 1988".
func datePhrase(d date) string {
	prep := d.prep
	if prep == "" {
		prep = "on"
		if d.day == 0 {
			prep = "in"
		}
	}
	return prep + " " + d.text()
}

func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// bitRange is the lowest and the highest of the bits lo..hi (hi < 63) set
// in mask, or lo and hi when none is: the months or days a date may mean.
func bitRange(mask uint64, lo, hi int) (int, int) {
	mask &= (1<<(hi+1) - 1) &^ (1<<lo - 1)
	if mask == 0 {
		return lo, hi
	}
	return bits.TrailingZeros64(mask), 63 - bits.LeadingZeros64(mask)
}
