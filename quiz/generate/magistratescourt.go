package generate

import (
	"slices"
	"strconv"
	"strings"
)

// A magistrates' court is named after its town: "Kidderminster
// Magistrates Court", "Carlisle Magistrates' Court". British court news
// says where a defendant appeared; the court is asked among other
// magistrates' courts, named the same way after cities of England and
// Wales that have one (every city the gazetteer lists there does),
// never among crown courts (the one odd choice would give the answer
// away). The page must show that the story is British: it names a crown
// court or a known place of the United Kingdom, or a sum in pounds
// sterling (magistrates' courts are also Nigerian, Australian, South
// African …). No table grows.

// magistratesCourt reports whether a venue's name is a town's
// magistrates' court.
func magistratesCourt(name string) bool {
	for _, s := range [...]string{" Magistrates Court", " Magistrates' Court", " Magistrates’ Court"} {
		if strings.HasSuffix(name, s) && len(name) > len(s) {
			return true
		}
	}
	return false
}

// magistratesPossessive reports whether toks[k] is the "Magistrates'"
// of a court's name, a plural possessive that does not end the name.
func magistratesPossessive(toks []token, k int) bool {
	return toks[k].text == "Magistrates" && toks[k].poss && k+1 < len(toks) && toks[k+1].text == "Court"
}

// magistratesPlace places the magistrates' court name in the United
// Kingdom when the article is British, else nil.
func (w *writer) magistratesPlace(name string) *gazPlace {
	g := places()
	uk := &gazPlace{name: name, kind: "venue", country: "United Kingdom", region: "magistrates", continent: "Europe"}
	for _, s := range w.sents {
		if !s.furniture && !s.headline && strings.Contains(w.text[s.start:s.end], "£") {
			return uk
		}
	}
	for _, h := range w.facts {
		if h.Kind != Place || w.sents[h.sent].furniture {
			continue
		}
		n := placeName(h)
		if h.PlaceKind == "venue" && venueKind(n) == "court" || h.PlaceKind != "venue" && g.lookup(n) != nil && g.lookup(n).country == "United Kingdom" {
			return uk
		}
	}
	return nil
}

// magistratesChoices are magistrates' courts of cities of England and
// Wales, written as the answer writes its court ("Magistrates' Court" or
// "Magistrates Court"). London has no court of its own name.
func magistratesChoices(answer string) []string {
	suffix := answer[strings.Index(answer, " Magistrates"):]
	var out []string
	for _, c := range places().all {
		if c.kind == "city" && c.country == "United Kingdom" && (c.parent == "England" || c.parent == "Wales") && c.name != "London" {
			out = append(out, c.name+suffix)
		}
	}
	return out
}

// courtAppearClause asks where a defendant appeared, as court news says
// it: "Tom Hale appeared at Carlisle Magistrates' Court on Monday" gives
// "did Tom Hale appear" ("appeared" alone is no event elsewhere: "When
// did Hale appear?" says too little; before a court it says where a case
// was heard). The subject is the clause's words before "appeared", or the
// sentence's opening name before an aside of age or address ("Tom Hale,
// 42, of Shaddongate, appeared …"). The article may name no other court
// in a sentence that names the defendant (a later hearing elsewhere
// would also be where they appeared), and the court's town may not be
// named in the title or another sentence ("Carlisle man jailed" gives
// "Carlisle Magistrates' Court" away).
func (w *writer) courtAppearClause(f Fact, toks []token, q int) []string {
	if f.PlaceKind != "venue" || !courtVenue(placeName(f)) || q < 2 || toks[q-1].text != "appeared" {
		return nil
	}
	v := q - 1
	first := firstWordIn(toks)
	cs := clauseStart(toks, v)
	subj := toks[cs:v]
	if cs > first {
		k := first
		for k < cs && toks[k].text != "," {
			k++
		}
		if k+1 >= cs || toks[cs-1].text != "," || !(toks[k+1].is("of") || isAge(toks[k+1])) || hasVerb(toks[k:cs]) {
			return nil
		}
		subj = toks[first:k]
	}
	if len(subj) == 0 || len(subj) > 6 || !slices.ContainsFunc(subj, func(t token) bool { return t.cap() && !t.is("The", "A", "An") }) {
		return nil
	}
	for _, t := range subj {
		if t.punct || auxiliaries[t.lower()] || pastVerbs[t.lower()] != "" && !t.cap() || pronouns[t.lower()] {
			return nil
		}
	}
	// "Carlisle man jailed": a court's town named in the title or in
	// another sentence gives the court away.
	name := placeName(f)
	town, _, _ := strings.Cut(name, " Magistrates")
	town, _, _ = strings.Cut(town, " Crown Court")
	if town == name || containsWords(w.title, town) {
		return nil
	}
	for si, s := range w.sents {
		if si != f.sent && !s.furniture && containsWords(w.text[s.start:s.end], town) && !strings.Contains(w.text[s.start:s.end], name) {
			return nil
		}
	}
	surname := subj[len(subj)-1].text
	for _, h := range w.facts {
		if h.Kind == Place && h.sent != f.sent && h.PlaceKind == "venue" && placeName(h) != name && courtVenue(placeName(h)) && containsWords(h.Sentence, surname) {
			return nil
		}
	}
	return []string{"did " + w.phrase(subj, cs == first || first < cs) + " appear"}
}

// courtVenue reports a venue's name that is a crown or a magistrates' court.
func courtVenue(name string) bool {
	kind := venueKind(name)
	return kind == "court" || kind == "magistrates"
}

// isAge reports an age written as a number: "42".
func isAge(t token) bool {
	n, err := strconv.Atoi(t.text)
	return err == nil && n > 0 && n < 120
}
