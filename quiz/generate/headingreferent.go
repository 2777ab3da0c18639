package generate

import "strings"

// A page of short lives ("Former Taoisigh", "Past mayors") heads each
// one with the person's name on a line of its own, and the lines under it
// speak of the person as "He" or "She" from the first: "Dana Reeve /
// (Born in Leeds on 3 May 1931.) / She joined the orchestra in 1958."
// The heading is the referent of the first pronoun under it, and a
// bracketed line of birth and death between them, which names no one,
// is passed over (chainReferent, passesOver). A heading that is not a
// name alone (a title's words, a place, an office, a thing) is no one's.

// headingPerson is the person heading line j names, or "": a headline
// (not page furniture) made of two to four capitalised words (an
// initial may stand among them), naming a person, no place, title or
// thing.
func (q *qtext) headingPerson(j int) string {
	s := q.sents[j]
	if !s.headline || s.furniture {
		return ""
	}
	from, to := q.sentSpan(j)
	words := 0
	for k := from; k < to; k++ {
		t := &q.toks[k]
		switch {
		case t.text == ".": // an initial's dot
		case !t.cap() && !nameParticles[t.lower()] || t.poss || isTitleWord(*t) || quoteRoleNouns[t.lower()] || monthIndex[t.lower()] != 0 || weekdays[t.text]:
			return ""
		default:
			words++
		}
	}
	if words < 2 || words > 4 || q.runEnd(from) != to {
		return ""
	}
	p, org := q.resolve(from, to, true)
	if p == "" || org || !strings.Contains(p, " ") || thingName(p) || places().lookup(p) != nil || !q.surnameInText(q.toks[to-1].text, j) {
		return ""
	}
	return p
}

// surnameInText reports the heading's last word written again, capitalised,
// in a sentence of the article's text ("In May 1918, de Valera was
// imprisoned …"): a person's name is; a section's heading ("Early Life")
// mostly is not.
func (q *qtext) surnameInText(last string, heading int) bool {
	for k, t := range q.toks {
		if t.text == last && q.sent[k] != heading && !q.sents[q.sent[k]].headline {
			return true
		}
	}
	return false
}

// bracketedLife reports a line wholly in brackets that names no person
// and has no pronoun: "(Born in New York on October 14, 1882 - August
// 29, 1975.)", the dates under a heading's name.
func (q *qtext) bracketedLife(j int) bool {
	from, to := q.sentSpan(j)
	if to-from < 3 || q.toks[from].text != "(" || q.toks[to-1].text != ")" && !(q.toks[to-1].text == "." && q.toks[to-2].text == ")") {
		return false
	}
	for k := from + 1; k < to; k++ {
		t := &q.toks[k]
		if t.text == "(" || t.text == ")" && k < to-2 || pronounGender(t) != 0 || t.is("they", "them", "their", "it", "its") {
			return false
		}
		if !q.runStart(k) {
			continue
		}
		end := q.runEnd(k)
		// Only a place ("in New York", "Born in Dublin"), a month or the
		// word "Born" may be capitalised.
		run := joinTokens(q.toks[k:end])
		if !(end-k == 1 && (monthIndex[t.lower()] != 0 || t.is("born", "died", "b", "d"))) && places().lookup(run) == nil {
			return false
		}
		k = end - 1
	}
	return true
}

// verbOpenedLine reports a line under a heading that opens on its verb,
// the heading's person its subject ("Was the first President of the
// Executive Council (October 1922 - March 1932)."), and names no one
// else: its capitalised words are an office, a thing or place after
// "the" (and a word), "of", "in" or "at", or a month.
func (q *qtext) verbOpenedLine(j int) bool {
	s := q.sents[j]
	f := s.firstWord()
	if f < 0 || !s.toks[f].cap() || !auxiliaries[s.toks[f].lower()] && pastVerbs[s.toks[f].lower()] == "" {
		return false
	}
	from, to := q.sentSpan(j)
	if q.mentionsSomeoneElse(from, to) {
		return false
	}
	for k := from + f + 1; k < to; k++ {
		t := &q.toks[k]
		if pronounGender(t) != 0 || t.is("they", "them", "their") {
			return false
		}
		if !q.runStart(k) {
			continue
		}
		end := q.runEnd(k)
		// "the first Director": a word between the article and the run.
		after := q.toks[k-1].is("the", "of", "in", "at") || k-2 > from && q.toks[k-2].is("the", "a", "an") && !q.toks[k-1].cap()
		if !(monthIndex[t.lower()] != 0 || isTitleWord(*t) || after) {
			return false
		}
		k = end - 1
	}
	return true
}
