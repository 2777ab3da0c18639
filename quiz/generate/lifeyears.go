package generate

import "strings"

// A year in a person's life before the person's birth, or long after it,
// is a slip of the page ("Ada Lind, born in 1803, … was made a knight in
// 1941"): a true statement or a "when" question would affirm it, and a
// careful reader takes the year for the changed part of a false one.
// Such a date is not asked. A birth is read from "born" a few words before
// a year, with the name before the comma ("Ada Lind, born in 1803") or
// opening the sentence ("Ada Lind was an engineer, born in Vell in 1803"),
// or a span in brackets after the name ("Ada Lind (1803–1859)");
// a year is in the person's life when its sentence names the person by
// the given name, or opens on a pronoun standing for the person.

// lifeYearsOff switches the rule off (tests check they fail without it).
var lifeYearsOff = false

// maxLifeYears is the latest year after a birth still in a person's life.
const maxLifeYears = 100

// birthRead is one person's birth read from the article.
type birthRead struct {
	name []token
	year int
	fact int
}

// births is every birth the article states, read once (w.birthsMemo).
func (w *writer) births() []birthRead {
	if w.birthsMemo != nil {
		return w.birthsMemo
	}
	out := []birthRead{} // non-nil: read
	for fi := range w.facts {
		f := &w.facts[fi]
		if f.Kind != Date || f.d.year == 0 {
			continue
		}
		s := w.sents[f.sent]
		toks := s.toks
		// A life's span in brackets after the name: "Ada Lind (1803–1859)".
		if f.d.form == formYearRange && f.d.year2 > f.d.year && f.d.start >= 3 && toks[f.d.start-1].text == "(" {
			if name, _, ok := lifeName(toks, f.d.start-1); ok {
				out = append(out, birthRead{name: name, year: f.d.year, fact: fi})
			}
			continue
		}
		if f.d.year2 != 0 {
			continue
		}
		k := f.d.start - 1
		for k > 0 && k >= f.d.start-5 && !toks[k].is("born") && toks[k].text != "," && toks[k].text != "." {
			k--
		}
		if k <= 0 || !toks[k].is("born") {
			continue
		}
		var name []token
		if toks[k-1].text == "," || toks[k-1].text == "(" {
			name, _, _ = lifeName(toks, k-1)
		}
		if first := s.firstWord(); name == nil && first >= 0 {
			e := first
			for e < len(toks) && e < first+4 && toks[e].isWord() && toks[e].cap() {
				e++
			}
			if e < k {
				name, _, _ = lifeName(toks, e)
			}
		}
		if name != nil {
			out = append(out, birthRead{name: name, year: f.d.year, fact: fi})
		}
	}
	w.birthsMemo = out
	return out
}

// outOfLife reports date fact fi, a year in the life of a person born in
// the article, before the birth or more than maxLifeYears after it.
func (w *writer) outOfLife(fi int) bool {
	f := &w.facts[fi]
	if lifeYearsOff || f.d.year == 0 {
		return false
	}
	for _, b := range w.births() {
		if b.fact == fi || f.d.year >= b.year && f.d.year <= b.year+maxLifeYears {
			continue
		}
		if w.namesPerson(f.sent, b.name) {
			return true
		}
	}
	return false
}

// namesPerson reports sentence si naming the person by the given name
// (not beside another surname) or opening on a pronoun that stands for
// the person. name is lifeName's: two words at least.
func (w *writer) namesPerson(si int, name []token) bool {
	toks := w.sents[si].toks
	given, family := name[0].text, name[len(name)-1].text
	for i, t := range toks {
		if t.text != given {
			continue
		}
		if i+1 < len(toks) && toks[i+1].isWord() && toks[i+1].cap() && toks[i+1].text != family && toks[i+1].text != name[1].text {
			continue
		}
		return true
	}
	if _, _, person := w.referentText(si); person != "" {
		for _, x := range strings.Fields(person) {
			if x == given {
				return true
			}
		}
	}
	return false
}
