package generate

import "strings"

// riseVerbs bring a running total to its new figure: "the number of
// patients climbed to 179", "cases have risen to 40".
var riseVerbs = setOf(`rose|risen|climbed|increased|jumped|grew|soared|surged|swelled`)

// updatedTotal reports a count that another sentence of the page gives a
// new total for: "Vietnam's number of COVID-19 patients climbed to 179"
// beside "Vietnam has announced 174 COVID-19 patients so far" (set 18,
// after its run: "How many … so far?" had two answers). The other
// sentence brings a tally of the same things (its noun's last word,
// before the verb in its clause) to another figure ("rose to", "climbed
// to", "reached"), and the count's sentence opens on a name of that
// clause (Vietnam's patients, not those of Bach Mai hospital). A count
// of the same things in another's sentence is another's total.
func (w *writer) updatedTotal(fi int) bool {
	f := w.facts[fi]
	if f.c.noun == "" || f.c.implied {
		return false
	}
	head := strings.ToLower(f.c.noun[strings.LastIndexByte(f.c.noun, ' ')+1:])
	own := w.sents[f.sent]
	fw := own.firstWord()
	if fw < 0 || !own.toks[fw].cap() {
		return false
	}
	owner := own.toks[fw].text
	for _, r := range w.rises() {
		if r.sent == f.sent || r.value == f.c.value {
			continue
		}
		// The clause before the verb: the counted things and their owner.
		toks := w.sents[r.sent].toks
		things, named := false, false
		for j := r.verb - 1; j >= 0 && r.verb-j <= 22 && toks[j].text != "," && toks[j].text != ";"; j-- {
			things = things || toks[j].lower() == head
			named = named || toks[j].text == owner
		}
		if things && named {
			return true
		}
	}
	return false
}

// risePoint is a figure a total is brought to: its sentence, the verb's
// token and the figure.
type risePoint struct{ sent, verb, value int }

// rises lists the article's new totals ("climbed to 179", "reached 40")
// outside page furniture, read once: every count asks of them.
func (w *writer) rises() []risePoint {
	if w.risesRead {
		return w.risePoints
	}
	w.risesRead = true
	for si, s := range w.sents {
		if s.furniture {
			continue
		}
		toks := s.toks
		for k := 2; k < len(toks); k++ {
			verb := k - 1
			if toks[k-1].is("to") && riseVerbs[toks[k-2].lower()] {
				verb = k - 2
			} else if !toks[k-1].is("reached", "hit") {
				continue
			}
			if v, _, _, ok := numberAt(toks, k); ok {
				w.risePoints = append(w.risePoints, risePoint{si, verb, v})
			}
		}
	}
	return w.risePoints
}
