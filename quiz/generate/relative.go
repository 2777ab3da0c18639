package generate

import "strings"

// relativeDateClause reads a date that belongs to a relative or
// participle clause, the commonest way real news dates a thing it names:
//
//	The war, which broke out in November 2020, has killed …   → When did the war break out?
//	Abiy, who was awarded the Nobel Peace Prize in 2019, …   → When was Abiy awarded the Nobel Peace Prize?
//	The Gaza–Jericho Agreement, signed in Cairo on May 4, 1994, put … → When was the Gaza–Jericho Agreement signed in Cairo?
//	A humanitarian truce declared by the government on 24 March 2022 collapsed … → When was a humanitarian truce declared by the government?
//
// The subject is the noun phrase the clause hangs on; other dates of the
// sentence may stand outside the clause.
func (w *writer) relativeDateClause(f Fact) (clause, bool) {
	s := w.sents[f.sent]
	toks := s.toks
	if f.d.qual != "" || (f.d.prep != "on" && f.d.prep != "in") || inQuote(toks, f.d.start) {
		return clause{}, false
	}
	p := f.d.start - 1 // the preposition
	first := s.firstWord()
	// The clause runs back from the date to a comma or the sentence start.
	cs := p
	for cs > first && toks[cs-1].text != "," && !isOpener(toks[cs-1]) && toks[cs-1].text != ";" && toks[cs-1].text != ":" {
		cs--
	}
	// After the date the clause must end: a comma, the end, or (for a
	// clause without commas) the main verb.
	after := f.d.end
	var c clause
	var v int // index of the verb in toks
	// "a bequest by Richard Wynne who died in 1895": "who" after a name,
	// without a comma.
	// "entered the final which kicked off on June 16": "which" after a
	// noun phrase opened by "the".
	bareWho, theAt := -1, -1
	for k := p - 1; k > cs+1; k-- {
		if toks[k].is("who") && toks[k-1].cap() && !toks[k-1].punct {
			bareWho = k
			break
		}
		if toks[k].is("which") && toks[k-1].isWord() && !toks[k-1].cap() {
			for j := k - 1; j > cs && j >= k-4; j-- {
				if toks[j].is("the") {
					theAt = j
					break
				}
				if !toks[j].isWord() || prepositions[toks[j].lower()] || pastVerbs[toks[j].lower()] != "" || auxiliaries[toks[j].lower()] {
					break
				}
			}
			if theAt >= 0 {
				bareWho = k
			}
			break
		}
	}
	switch {
	case bareWho > 0 || cs > first && toks[cs-1].text == "," && toks[cs].is("which", "who", "that"):
		// "X, which broke out in …", "X, who was awarded … in …", "the
		// final which kicked off on …"
		rel := cs
		if bareWho > 0 {
			rel = bareWho
		}
		v = rel + 1
		if v < p && toks[v].is("was", "were") && v+1 < p && isParticiple(toks[v+1].lower()) {
			c.verb = toks[v : v+2]
			v += 2
		} else if v < p && (pastVerbs[toks[v].lower()] != "" || plannedPresent[toks[v].lower()] != "" && w.planDate(f)) {
			v = w.verbAt(toks, v, &c)
		} else if relativeAdverb(toks, v, p) { // datepredicates.go
			k := w.verbAt(toks, v+1, &c)
			c.base, c.verb = toks[v].lower()+" "+c.base, toks[v:k]
			v = k
		} else {
			return clause{}, false
		}
		if !clauseClosed(toks, after) {
			return clause{}, false
		}
		switch {
		case theAt >= 0:
			c.subject = toks[theAt:bareWho]
		case bareWho > 0:
			c.subject = nameRunBefore(toks, bareWho, first)
		default:
			c.subject = relativeHead(toks, cs-1, first, toks[cs].is("who"))
			if participleInHead(c.subject) { // headclause.go
				return clause{}, false
			}
		}
	case cs > first && toks[cs-1].text == "," && isParticiple(toks[cs].lower()):
		// "X, signed in Cairo on …,"
		c.verb = []token{{text: "was"}, toks[cs]}
		v = cs + 1
		// "X, launched in 2005 and already far outlasting …, completed":
		// a second phrase of the same aside after "and".
		if !clauseClosed(toks, after) && !andAsideClosed(toks, after) {
			return clause{}, false
		}
		c.subject = nounPhraseBefore(toks, cs-1, first)
		// "The liner, built by Harland and Wolff, sailed …": the phrase
		// before the comma is an aside, the past form after it the verb
		// (dateaside.go reads it); no "When was built by … sailed?".
		if asideAsSubject(c.subject) {
			return clause{}, false
		}
	case objectParticiple(toks, cs, p) > 0 && clauseClosed(toks, after):
		// "… stressed the accords reached during the meeting held on
		// March 3.": the participle dates the noun phrase it follows.
		k := objectParticiple(toks, cs, p)
		c.verb = []token{{text: "was"}, toks[k]}
		v = k + 1
		the := k - 1
		for !toks[the].is("the") {
			the--
		}
		c.subject = toks[the:k]
	case cs == first:
		// "A truce declared by the government on … collapsed …"
		k := first + 1
		for k < p && !(isParticiple(toks[k].lower()) && !participleUse(toks, k) && !toks[k-1].punct) {
			k++
		}
		// "At a special meeting held on 24 September, …": a phrase opening
		// the sentence ends at its comma, the main clause after it.
		opener := first+1 < p && prepositions[toks[first].lower()] && toks[first+1].is("a", "an", "the") && after < len(toks) && toks[after].text == ","
		if k >= p || !mainVerbAfter(toks, after) && !opener || andDateOpens(toks, p) { // twodatesand.go
			return clause{}, false
		}
		c.verb = []token{{text: "was"}, toks[k]}
		v = k + 1
		c.subject = toks[first:k]
		// "At a special meeting held on 24 September, …": the meeting is
		// asked about, "When was the special meeting held?".
		if len(c.subject) > 2 && prepositions[c.subject[0].lower()] && c.subject[1].is("a", "an", "the") {
			c.subject = append([]token{{text: "the"}}, c.subject[2:]...)
		}
	default:
		return clause{}, false
	}
	if len(c.subject) == 0 {
		return clause{}, false
	}
	if c.verb[0].text == "was" && c.base == "" && len(c.verb) == 2 && c.verb[0].start == 0 && c.verb[0].end == 0 {
		// A synthetic "was": agree it with the subject.
		if pluralSubject(c.subject) {
			c.verb[0].rename("were")
		}
	}
	c.firstIsStart = c.subject[0].start == toks[first].start
	c.prep = f.d.prep
	if v > p || p-v > 12 {
		return clause{}, false
	}
	for _, t := range toks[v:p] {
		if t.is("to") || t.punct {
			return clause{}, false
		}
	}
	c.rest = toks[v:p]
	return c, c.ok()
}

// pluralSubject reports a plural noun phrase; a noun the same in both
// numbers is plural only after a number or "these": "the spacecraft, launched
// in 2005," is one.
func pluralSubject(np []token) bool {
	last := strings.ToLower(np[len(np)-1].text)
	if !strings.HasSuffix(last, "craft") && last != "sheep" && last != "fish" && last != "deer" {
		return isPlural(last)
	}
	for _, t := range np {
		if t.is("these", "those", "both", "all", "several", "many", "two", "three") || allDigits(t.text) {
			return true
		}
	}
	return false
}

// andAsideClosed reports "and" at toks[k] opening a short second phrase
// of an aside, closed by a comma, without a verb of its own: "…, launched
// in 2005 and still far outlasting its designed life,".
func andAsideClosed(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].is("and") {
		return false
	}
	for j := k + 1; j < len(toks) && j-k <= 10; j++ {
		t := toks[j]
		if t.text == "," {
			return j > k+1
		}
		if !t.isWord() || auxiliaries[t.lower()] || pronouns[t.lower()] || pastVerbs[t.lower()] != "" && !participleUse(toks, j) {
			return false
		}
	}
	return false
}

// objectParticiple returns the index of a participle that dates a noun
// phrase opened by "the" inside toks[cs:p], the words between it and
// the date's preposition at p without a verb: "at the depots closed in",
// "replaced the tower built by the board in". The phrase must follow a
// preposition, or a verb when "by" names the participle's doer: after
// "said" or "after" a past form is the clause's own verb. It returns 0
// when there is none.
func objectParticiple(toks []token, cs, p int) int {
	for k := p - 1; k > cs+1 && p-k <= 8; k-- {
		t := toks[k]
		if !t.isWord() || auxiliaries[t.lower()] {
			return 0
		}
		if !isParticiple(t.lower()) || participleUse(toks, k) {
			if pastVerbs[t.lower()] != "" {
				return 0
			}
			continue
		}
		for the := k - 1; the > cs && k-the <= 6; the-- {
			b := toks[the]
			if !b.isWord() || prepositions[b.lower()] || pastVerbs[b.lower()] != "" || auxiliaries[b.lower()] {
				return 0
			}
			// "the agreement their leaders reached in April": a second
			// noun phrase or a pronoun is the past verb's own subject, in
			// the active (a relative clause without "that").
			if b.is("their", "his", "her", "its", "our", "a", "an") || pronouns[b.lower()] {
				return 0
			}
			if !b.is("the") {
				continue
			}
			prev := toks[the-1]
			if prepositions[prev.lower()] && !subordinators[prev.lower()] && !prev.is("since", "until", "than") ||
				pastVerbs[prev.lower()] != "" && !quoteSpeechVerbs[prev.lower()] && toks[k+1].is("by") {
				return k
			}
			return 0
		}
		return 0
	}
	return 0
}

// clauseClosed reports whether a clause ends at toks[k]: a comma, a
// closing mark or the end of the sentence.
func clauseClosed(toks []token, k int) bool {
	return k >= len(toks) || toks[k].punct && strings.ContainsAny(toks[k].text, ",.;!?)")
}

// relativeHead is what a relative clause opening after the comma at
// toks[comma] is about: the noun phrase before it, past an age set off
// by commas ("Tilden, 61, who …"); for "who", the name that ends a
// longer clause ("… ordered the release of Tom Barr, who was …").
func relativeHead(toks []token, comma, first int, who bool) []token {
	// "former Rep. Tom Barr (D-Ohio), who …": the head is before the
	// brackets.
	if comma-1 > first && toks[comma-1].text == ")" {
		for o := comma - 2; o > first && comma-o <= 8; o-- {
			if toks[o].text == "(" {
				comma = o
				break
			}
		}
	}
	if comma-2 > first && toks[comma-2].text == "," && allDigits(toks[comma-1].text) {
		comma -= 2
	}
	// "much to the delight of coach Ann Lowe, who …": a phrase, not a
	// noun phrase; for "who" its closing name is the head.
	if np := nounPhraseBefore(toks, comma, first); np != nil && !allDigits(np[0].text) && !(who && (prepositions[np[0].lower()] || np[0].is("much"))) {
		return np
	}
	if !who {
		return nil
	}
	return nameRunBefore(toks, comma, first)
}

// nameRunBefore is the name of two to four capitalised words ending
// before toks[end], not at the sentence start (whose capital says
// nothing), or nil.
func nameRunBefore(toks []token, end, first int) []token {
	start := end
	for start > first && end-start < 4 && toks[start-1].cap() && !toks[start-1].punct && !isTitleWord(toks[start-1]) && !toks[start-1].poss {
		start--
	}
	if end-start < 2 || start == first {
		return nil
	}
	return toks[start:end]
}

func allDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// nounPhraseBefore is the noun phrase ending before the comma at
// toks[comma]: back to the previous comma, opener or the sentence start.
// "The talks" in "The talks, which opened on …"; nothing when it holds a
// verb (then it is not a plain noun phrase).
func nounPhraseBefore(toks []token, comma, first int) []token {
	start := comma
	for start > first && toks[start-1].text != "," && !isOpener(toks[start-1]) && toks[start-1].text != ";" {
		start--
	}
	np := toks[start:comma]
	if len(np) == 0 || len(np) > 10 || hasVerb(np) {
		return nil
	}
	for i, t := range np {
		if pastVerbs[t.lower()] != "" && !(i == 0 && start == first) && !participleUse(np, i) || auxiliaries[t.lower()] {
			return nil
		}
	}
	return np
}

// isParticiple reports a past participle of a known verb: an irregular
// one ("taken", "held"), or a simple past that is also the participle
// ("signed", "met"), not one that differs from it ("took", "broke").
func isParticiple(w string) bool {
	if irregularParticiples[w] != "" {
		return true
	}
	base := pastVerbs[w]
	return base != "" && !hasOwnParticiple[base]
}

// hasOwnParticiple are the verbs whose participle differs from their
// simple past ("take": "took", "taken").
var hasOwnParticiple = func() map[string]bool {
	m := map[string]bool{}
	for _, base := range irregularParticiples {
		m[base] = true
	}
	return m
}()
