package generate

import (
	"slices"
	"strings"
	"unicode"
)

// News pages date their events by day without a year ("was charged on
// March 3", "the truce took effect on May 9"): the year is the page's
// own, so two such days may be ordered when they are close. A day of
// December and one of January may be of two years; the calendar's order
// is trusted only for days at most maxYearlessGap days apart in it (a
// page telling of events a year apart writes their years).

// maxYearlessGap is the widest gap, in days of the calendar, between two
// days without a year that an order question may rely on.
const maxYearlessGap = 120

// yearlessDay reports a date that names a month and a day but no year:
// "on March 3", "on 9 May".
func yearlessDay(d date) bool {
	return d.year == 0 && d.year2 == 0 && d.month > 0 && d.day > 0 && d.form != formSeason
}

// dayOfYear is the day's rank in a year (not leap), for a date with a
// month and a day.
func dayOfYear(month, day int) int {
	cum := [...]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}
	return cum[month] + day
}

// yearlessOrdered reports whether day a surely came before day b, both
// without a year: a before b in the calendar, and close.
func yearlessOrdered(a, b orderEvent) bool {
	return a.ctxYear == b.ctxYear && a.hi < b.lo && b.lo-a.hi <= maxYearlessGap
}

// yearBefore is the year of the last date with a year that the article
// gives before fact f, 0 for none. A history page's days without a
// year are of the year it last named ("In 1944 … On June 6 … In 1945 …
// On April 12"): two days after different years are not ordered by the
// calendar.
func (w *writer) yearBefore(f Fact) int {
	y, at := 0, -1
	for _, g := range w.facts {
		if g.Kind == Date && g.d.year != 0 && g.Start < f.Start && g.Start > at {
			y, at = g.d.year, g.Start
			if g.d.year2 != 0 {
				y = g.d.year2
			}
		}
	}
	return y
}

// namesATime reports an event's words that hold a time of their own: a
// month, a weekday, a year or "today". A choice that reads "… on Monday"
// or "… in 2019" beside choices without one stands out, and its time
// need not be the event's date.
func namesATime(s string) bool {
	for _, f := range strings.Fields(s) {
		w := strings.ToLower(strings.Trim(f, ".,;:'’"))
		// "may" and "march" are verbs too: a month is written with a capital.
		if monthIndex[w] != 0 && unicode.IsUpper(rune(f[0])) {
			return true
		}
		switch w {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight":
			return true
		}
		if len(w) == 4 && w[0] >= '1' && w[0] <= '2' && strings.Trim(w, "0123456789") == "" {
			return true
		}
	}
	return false
}

// nameOpensOrderWord reports field i of fs as the first word of a name
// ("New Delhi", "New York"), which says nothing of order.
func nameOpensOrderWord(fs []string, i int) bool {
	return i+1 < len(fs) && fs[i] == "New" && fs[i+1] != "" && unicode.IsUpper(rune(fs[i+1][0]))
}

// orderAnswered reports a which-first question c whose every event's
// date is asked by a question of its own among the chosen: their answers
// order the events ("When did Roosevelt die?", "When did Germany
// surrender?" beside "Which happened first?").
func (w *writer) orderAnswered(c candidate, chosen []int) bool {
	if len(c.others) == 0 || !w.dateAsked(c.item.Fact, chosen) {
		return false
	}
	for _, fi := range c.others {
		if !w.dateAsked(fi, chosen) {
			return false
		}
	}
	return true
}

// maxOrderSets is how many sets of three events are offered as "which
// happened first": the quiz takes at most one.
const maxOrderSets = 4

// pickOrderSets lists up to max sets of three events fit for one
// question (pickOrderSet's rules), the one pickOrderSet chooses first,
// then others that change at least one event of every set before them,
// so that a quiz asking some events' dates alone may still take one.
func pickOrderSets(evs []orderEvent, compatible func(i, j int) bool, max int) [][]int {
	first := pickOrderSet(evs, 3, compatible)
	if first == nil {
		return nil
	}
	out := [][]int{first}
	for a := 0; a < len(evs) && len(out) < max; a++ {
		for b := a + 1; b < len(evs) && len(out) < max; b++ {
			if !orderedPair(evs, a, b, compatible) {
				continue
			}
			for c := b + 1; c < len(evs) && len(out) < max; c++ {
				if !orderedPair(evs, a, c, compatible) || !orderedPair(evs, b, c, compatible) {
					continue
				}
				set := []int{a, b, c}
				if !answerLongest(evs, set) && !slices.ContainsFunc(out, func(o []int) bool { return slices.Equal(o, set) }) {
					out = append(out, set)
				}
			}
		}
	}
	return out
}

// orderedPair reports two events that may be choices of one question.
func orderedPair(evs []orderEvent, i, j int, compatible func(i, j int) bool) bool {
	return (evs[i].before(evs[j]) || evs[j].before(evs[i])) && compatible(i, j)
}

// answerLongest reports a set whose earliest event is its longest choice.
func answerLongest(evs []orderEvent, set []int) bool {
	first, longest := set[0], set[0]
	for _, i := range set {
		if evs[i].before(evs[first]) {
			first = i
		}
		if len(evs[i].clause) > len(evs[longest].clause) {
			longest = i
		}
	}
	return first == longest
}

// sameOrderEvent reports two events that may be one: sameEvent on the
// facts' events, or, where a fact's event was not read (a day after its
// weekday: "on Monday (March 4)"), on the events' clauses.
func (w *writer) sameOrderEvent(a, b orderEvent) bool {
	fa, fb := w.facts[a.fact], w.facts[b.fact]
	if fa.Event != "" && fb.Event != "" {
		return w.sameEvent(a.fact, b.fact)
	}
	shared := 0
	wb := contentWords(b.clause)
	for _, x := range contentWords(a.clause) {
		if slices.Contains(wb, x) {
			shared++
		}
	}
	return shared >= 2
}

// orderGivenAway reports a date question c that, taken beside the
// order questions already chosen, would ask the last of an order
// question's events' dates alone: fill-in-the-blank copies are chosen
// after the order questions, and the order question stays.
func (w *writer) orderGivenAway(c candidate, chosen []int) bool {
	if c.group != "" || Kind(c.q.Fact) != Date {
		return false
	}
	asked := func(fi int) bool { return fi == c.item.Fact || w.dateAsked(fi, chosen) }
	for _, j := range chosen {
		o := w.offered[j]
		if o.group == "" {
			continue
		}
		facts := append([]int{o.item.Fact}, o.others...)
		if o.later > 0 {
			facts = append(facts, o.later-1)
		}
		if len(facts) < 2 || !slices.Contains(facts, c.item.Fact) {
			continue
		}
		all := true
		for _, fi := range facts {
			all = all && asked(fi)
		}
		if all {
			return true
		}
	}
	return false
}

// twoWordEvent reports an event of two words that reads alone: a name
// and its verb ("Germany surrendered", "Smith resigned"). "Construction
// began" does not say of what, nor "It opened" what.
func (w *writer) twoWordEvent(c clause, n int) bool {
	if n != 2 || len(c.subject) != 1 || len(c.rest) != 0 || len(c.verb) != 1 || !c.subject[0].cap() {
		return false
	}
	return !c.firstIsStart || nameInText(w.text, c.subject[0].text)
}

// nameInText reports a word the text writes with its capital after a
// word in lower case: a name, not a capital of style.
func nameInText(text, word string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], " "+word)
		if k < 0 {
			return false
		}
		at := i + k
		end := at + 1 + len(word)
		if at > 0 && text[at-1] >= 'a' && text[at-1] <= 'z' && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
		i = at + 1
	}
}

// yearNamedAfter reports a day without a year that the next words place
// in a year of their own ("on October 20, last year", "on March 3 this
// year"): its order against the page's other days is not the calendar's.
func yearNamedAfter(toks []token, end int) bool {
	for k := end; k < len(toks) && k < end+3; k++ {
		if toks[k].is("year", "years") {
			return true
		}
	}
	return false
}

// orderBeforeWhen reports a which-first question c, a form of its
// answer's fact, preferred to that fact's form best used as often: the
// quiz asks one event's date by the order of three, the others' by
// "When …?".
func orderBeforeWhen(c, best candidate, shapes map[string]int) bool {
	return len(c.others) > 0 && shapes[c.shape()] == shapes[best.shape()]
}

// orderPrompt is the prompt of a which-first question.
const orderPrompt = "Which happened first, according to the article?"

// orderStatement reports the id of an order statement ("… before …"),
// which states two events' order, not a fact's value.
func orderStatement(id string) bool { return strings.HasPrefix(id, "date-tf-before-") }

// Events that say by their verb where they stand in a story: a war
// breaks out before it ends, a rocket lifts off before it splashes down,
// an election is held before its loser concedes. A which-first question
// whose answer is the only event of a beginning kind, or a statement
// "A before B" whose A begins and whose B ends, is answered without the
// article.
var (
	beginningWords = setOf(`began|begun|begins|started|opened|erupted|launched|founded|formed|established|created|proclaimed|born|elected|appointed|announced|introduced|signed|arrested|charged|discovered|invented|built|declared`)
	beginningPairs = setOf(`broke out|lifted off|took off|set up|took office|took power|came to power|was held|were held`)
	endingWords    = setOf(`ended|ends|concluded|closed|returned|landed|conceded|collapsed|finished|resigned|died|dissolved|reunified|surrendered|withdrew|completed|won|lost|sentenced|convicted|jailed|acquitted|retired|abolished|demolished|ratified|expired|fell|replaced|succeeded`)
	endingPairs    = setOf(`splashed down|left office|stepped down|gave up|came down|pulled out|was shut|were shut`)
)

// storyRank is 0 for an event of a beginning kind, 2 for one of an
// ending kind, 1 for others or both.
func storyRank(clause string) int {
	fs := strings.Fields(strings.ToLower(clause))
	begins, ends := false, false
	for i, f := range fs {
		f = strings.Trim(f, ".,;:")
		begins = begins || beginningWords[f]
		ends = ends || endingWords[f]
		if i+1 < len(fs) {
			p := f + " " + strings.Trim(fs[i+1], ".,;:")
			begins = begins || beginningPairs[p]
			ends = ends || endingPairs[p]
		}
	}
	switch {
	case begins && !ends:
		return 0
	case ends && !begins:
		return 2
	}
	return 1
}

// orderGuessable reports an order whose first event looks first by its
// verb beside every later one: first's rank is below each other's.
func orderGuessable(first string, later []string) bool {
	r := storyRank(first)
	for _, l := range later {
		if storyRank(l) <= r {
			return false
		}
	}
	return true
}

// titleBeforeName reports a subject opening on a title before a name
// ("President Franklin D. Roosevelt"), whose capital is no style of the
// sentence's start: it keeps it in the middle of a statement.
func titleBeforeName(subject []token) bool {
	return len(subject) > 1 && subject[1].cap() && !subject[0].is("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "some", "all", "both", "two", "three")
}
