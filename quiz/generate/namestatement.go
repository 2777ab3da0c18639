package generate

import (
	"slices"
	"strconv"
	"strings"

	"factquiz/quiz"
)

// Name statements are sentence statements (sentencetf.go) on a place or a
// person with an office: the article's own sentence, true as written, or
// with one name swapped for another of the same kind that the article
// gives elsewhere. "According to the article, the treaty was signed in
// Lisbon." beside an article that signed it in Vienna and met in Lisbon
// a year later; "According to the article, Health Minister Ana Ruiz
// opened the ward." when Ana Ruiz is the article's finance minister. The
// swapped-in name is one the reader met, so the statement asks what the
// article said, not what the reader knows of the world; it is never one
// of the sentence's own names, nor a place of the same event, nor a place
// holding or held by the right one (placeChoices), nor a holder of the
// same office, nor the answer of another question (nameStatements).
// Both truths need the swap: the statement is offered only where a false
// one can be made.

// placeStatement offers the sentence statement of place fact fi: a city,
// country, region or venue the sentence places its event in ("in",
// "at"; placeAsking), named once in it and not as the first of a
// "City, Region" pair; clash rules out other names (nameStatements).
func (w *writer) placeStatement(fi int, clash func(string) bool) bool {
	f := w.facts[fi]
	// The cheap checks first: most places fail one. "X celebrates his
	// gold medal … in London": a caption's present, whose credit was not
	// read as one.
	s := w.sents[f.sent]
	if f.Event == "based" || hasThe(f.Text) || s.headline || s.furniture || strings.Count(f.Sentence, f.Text) != 1 || captionOpening(s) {
		return false
	}
	if n := wordCount(f.Sentence); n < 6 || n > maxStatementWords {
		return false
	}
	pa, why := w.placeAsking(fi)
	if why != "" || !w.copyable(f) {
		return false
	}
	// "in Huntsville, Alabama": another city before the state would be a
	// place that does not exist; "in Antakya, the capital of Hatay": the
	// description is the place's, and would not fit another.
	if b := pa.b; b+1 < len(pa.toks) && pa.toks[b].text == "," && (pa.toks[b+1].cap() || pa.toks[b+1].is("the", "a", "an", "which", "where", "whose", "home", "capital", "near", "about", "some")) {
		return false
	}
	// Made true or false as parity says, but only where a false one can
	// be made: a place the swap cannot reach would otherwise be stated
	// true every time, which a learner would learn.
	truth := w.statedTrue(f)
	a, b := f.Start-f.SentenceStart, f.End-f.SentenceStart
	swap := w.swappedPlace(fi, pa.gp, clash)
	if swap == "" {
		return false
	}
	stated := swap
	if truth {
		stated = ""
	}
	body, ok := w.statementBody(fi, a, b, stated, truth, false)
	if !ok {
		return false
	}
	return w.addStatement(fi, body, truth, stated, "statement-where-"+slug(pa.name))
}

// swappedPlace is the false place of a place statement: another place
// fact of the article of the same kind, chosen as placeChoices chooses
// the article's places for a "where" question (not of the same event,
// not holding or held by the right one, not the dateline's), else a
// place of the same kind the article names in a sentence of another
// event ("the Presidents of Latvia and Estonia" names two countries
// without placing anything there); never one the sentence names, nor,
// for a country, one whose people it names, nor a city of another
// country than the one the sentence names.
func (w *writer) swappedPlace(fi int, gp *gazPlace, clash func(string) bool) string {
	f := w.facts[fi]
	if gp == nil {
		return ""
	}
	g := places()
	ok := func(x string) bool {
		// "in southern U.S.": an abbreviation is written with "the".
		if strings.Contains(x, ".") || isUpperWord(x) || clash != nil && clash(x) || containsWords(f.Sentence, x) || containsWords(x, placeName(f)) || containsWords(placeName(f), x) {
			return false
		}
		c := g.lookup(x)
		if f.PlaceKind == "venue" {
			return c == nil || c.kind == "venue"
		}
		if c == nil || c.kind != gp.kind || c.continent == "World" || c == gp || c.name == gp.name || g.within(c, gp) || g.within(gp, c) {
			return false
		}
		// Regions of one family: states with states.
		if f.PlaceKind == "region" && c.region != gp.region && c.country != gp.country {
			return false
		}
		// "In Syria, the health ministry in Antakya": a city of another
		// country than the one the sentence names is false by the
		// gazetteer, not by the article; a country whose people the
		// sentence names ("French fishermen … in France") reads as
		// absurd.
		if f.PlaceKind == "country" {
			return c.country == "" || !namesCountry(f.Sentence, c.country)
		}
		return c.country == gp.country || !namesCountry(f.Sentence, gp.country)
	}
	dateline := w.datelinePlaces()
	for hi, h := range w.facts {
		if h.Kind != Place || h.PlaceKind != f.PlaceKind || h.sent == f.sent || hasThe(h.Text) || h.Event == "based" ||
			w.sents[h.sent].furniture || w.sameEvent(hi, fi) || w.sentenceOfEvent(h.sent, fi) {
			continue
		}
		name := placeName(h)
		if f.PlaceKind == "venue" && venueKind(name) != gp.region || dateline[name] {
			continue
		}
		if ok(name) {
			return h.Text
		}
	}
	if f.PlaceKind == "venue" {
		return ""
	}
	return w.namedPlace(fi, gp, dateline, ok)
}

// datelinePlaces are the gazetteer's names of the places the page's
// furniture names ("JAKARTA, Indonesia (AP) —"): where the story was
// filed, which may well be where it happened.
func (w *writer) datelinePlaces() map[string]bool {
	g := places()
	out := map[string]bool{}
	for _, s := range w.sents {
		for i := 0; s.furniture && i < len(s.toks) && s.toks[i].isWord(); i++ {
			word := s.toks[i].text
			if c := g.lookup(word[:1] + strings.ToLower(word[1:])); c != nil {
				out[c.name] = true
			}
		}
	}
	return out
}

// namedPlace is a place of place fact fi's kind that the article names
// outside the fact's sentence, in a sentence of the story not of the
// same event: a known name of the gazetteer (ok), not written inside a
// longer name nor after "the", nor the dateline's.
func (w *writer) namedPlace(fi int, gp *gazPlace, dateline map[string]bool, ok func(string) bool) string {
	f := w.facts[fi]
	skip := -1 // a sentence of the fact's event: none of its places
	for _, m := range w.placeMentions() {
		p := m.span
		if m.sent == f.sent || m.sent == skip || p.kind != f.PlaceKind || dateline[p.name] || !ok(p.name) {
			continue
		}
		if w.sentenceOfEvent(m.sent, fi) {
			skip = m.sent // read last: it reads the sentence's words
			continue
		}
		return spanText(w.text, w.sents[m.sent].toks, p.start, p.end)
	}
	return ""
}

// placeMention is a known place named in a sentence of the story.
type placeMention struct {
	sent int
	span placeSpan
}

// placeMentions are the known places the story's sentences name (not a
// headline, furniture or a byline), each at the start of a name and not
// quoted, in the order of the text: read once per article, as every
// place statement looks for another place among them.
func (w *writer) placeMentions() []placeMention {
	if w.mentions != nil {
		return *w.mentions
	}
	var out []placeMention
	for si, s := range w.sents {
		if s.headline || s.furniture || byline(s.toks) {
			continue
		}
		for i := 1; i < len(s.toks); i++ {
			if !s.toks[i].cap() || s.toks[i-1].cap() && s.toks[i-1].isWord() || s.toks[i-1].is("the") {
				continue // the start of a name only, not a word inside one
			}
			p, found := placeAt(w.text, s.toks, i, nil)
			if !found || !p.known || p.start != i || p.end < len(s.toks) && s.toks[p.end].cap() && s.toks[p.end].isWord() ||
				quoted(w.text, s.toks, i) {
				continue
			}
			out = append(out, placeMention{si, p})
		}
	}
	w.mentions = &out
	return out
}

// hasThe reports a place written with its article ("the United States",
// "the Old Bailey"): swapped for a name without one, or one with it for
// a name without, the sentence would lose or gain a word ("in eastern
// the Virginia"), so a name statement swaps only bare names.
func hasThe(written string) bool {
	return len(written) > 4 && strings.EqualFold(written[:4], "the ")
}

// leaderStatement offers the sentence statement of leader fact fi: the
// sentence that gives the person with the office, as written or with the
// name swapped for that of another person of the article with an office,
// not the same office, of the same world (a company's officers for a
// company's, a state's for a state's). The office stays beside the name,
// which makes the swapped statement false to a reader of the article.
func (w *writer) leaderStatement(fi int, clash func(string) bool) bool {
	f := w.facts[fi]
	l := f.l
	if l.surnameOnly || l.nameEnd <= l.nameStart || captionOpening(w.sents[f.sent]) {
		return false
	}
	toks := w.sents[f.sent].toks
	if l.nameEnd > len(toks) || toks[l.nameEnd-1].poss {
		return false
	}
	a, b := toks[l.nameStart].start-f.SentenceStart, toks[l.nameEnd-1].end-f.SentenceStart
	if a < 0 || b > len(f.Sentence) || f.Sentence[a:b] != f.Person || strings.Count(f.Sentence, surname(f.Person)) != 1 {
		return false
	}
	// "he", "she": a swapped name may not be theirs. Refused true or
	// false, so that a pronoun tells nothing.
	for _, t := range toks {
		if t.is("he", "she", "his", "her", "him", "hers", "himself", "herself") {
			return false
		}
	}
	// As for places: only where a false one can be made.
	truth := w.statedTrue(f)
	swap := w.swappedPerson(fi, clash)
	if swap == "" || !w.copyable(f) {
		return false
	}
	stated := swap
	if truth {
		stated = ""
	}
	body, ok := w.statementBody(fi, a, b, stated, truth, a == 0)
	if !ok {
		return false
	}
	return w.addStatement(fi, body, truth, stated, "statement-who-"+slug(f.Person))
}

// swappedPerson is the false name of a leader statement: another person
// of the article with an office of the same world, not one the sentence
// names. First one holding the same office of another country or body
// ("President of Ukraine X" for the President of Poland), then one of
// another office of the same country, then any other office; never a
// holder of the same office of the same country, nor, when either has no
// country, of an office of the same name.
func (w *writer) swappedPerson(fi int, clash func(string) bool) string {
	f := w.facts[fi]
	for pass := 0; pass < 3; pass++ {
		for gi, g := range w.facts {
			if gi == fi || g.Kind != Leader || g.Person == "" || g.l.surnameOnly || g.Person == f.Person ||
				companyOfficer(g) != companyOfficer(f) ||
				containsWords(f.Sentence, surname(g.Person)) || containsWords(g.Person, surname(f.Person)) || clash != nil && clash(g.Person) {
				continue
			}
			sameName, sameHeld := false, false
			for _, h := range w.facts {
				if h.Kind != Leader || h.Person != g.Person {
					continue
				}
				if sameOffice(h.Office, f.Office) || containsWords(h.Office, f.Office) || containsWords(f.Office, h.Office) {
					sameName = true
					sameHeld = sameHeld || h.Country == f.Country || h.Country == "" || f.Country == ""
				}
			}
			switch {
			case sameHeld:
			case pass == 0 && sameName:
				return g.Person
			case pass == 1 && !sameName && g.Country == f.Country:
				return g.Person
			case pass == 2 && !sameName:
				return g.Person
			}
		}
	}
	return ""
}

// captionOpening reports a sentence that opens as a photo caption: a
// name, then a caption verb in the present ("David Okafor celebrates his
// gold medal … in London."), a caption whose credit was not read as one.
func captionOpening(s sentence) bool {
	k := s.firstWord()
	if k < 0 || !s.toks[k].cap() {
		return false
	}
	for k < len(s.toks) && s.toks[k].isWord() && s.toks[k].cap() {
		k++
	}
	return k < len(s.toks) && captionVerbs[s.toks[k].lower()]
}

// addStatement offers a name statement with the explanation of its fact.
func (w *writer) addStatement(fi int, body string, truth bool, stated, id string) bool {
	f := w.facts[fi]
	expl := ""
	switch f.Kind {
	case Place:
		expl = "The article places this in " + f.Text + "."
		if f.PlaceKind == "venue" {
			expl = "The article places this at " + f.Text + "."
		}
	case Leader:
		expl = leaderExplanation(f)
	}
	q := quiz.Question{Type: quiz.TrueFalse, Truth: truth, Prompt: "According to the article, " + body, Explanation: expl}
	var ws []string
	if !truth {
		ws = []string{stated}
	}
	w.copying = true
	defer func() { w.copying = false }()
	return w.add(fi, q, strconv.FormatBool(truth), ws, id)
}

// nameStatements offers the name statements, once every other question
// is offered: a place's, and a leader's when nothing else asks the
// leader. The other name of each, stated or not, is one no other
// question names or answers ("What office does Chris Hipkins hold?"
// beside a statement that swaps Hipkins in): stated false, such a
// statement would clash with that question and choose would leave it
// out, stated true it would not, and the statements of a quiz would be
// true far more often than false (all five chosen on the development
// sets and the corpus, before this rule).
func (w *writer) nameStatements() {
	others := len(w.offered)
	// choose's answers: a prompt naming another question's answer gives
	// it away; a person named beside an office other than theirs misleads
	// on "What office does X hold?". Made once: clash is asked of every
	// name tried.
	answers := map[string]bool{}
	var leaderPrompts []string
	for _, o := range w.offered {
		answers[strings.ToLower(o.item.Answer)] = true
		if o.q.Fact == string(Leader) {
			leaderPrompts = append(leaderPrompts, normalize(o.q.Prompt))
		}
	}
	clash := func(name string) bool {
		if answers[strings.ToLower(name)] {
			return true
		}
		n := normalize(name)
		for _, p := range leaderPrompts {
			if hasNormalWords(p, n) {
				return true
			}
		}
		return false
	}
	for fi, f := range w.facts {
		switch f.Kind {
		case Place:
			w.withFalseTwin(func() bool { return w.placeStatement(fi, clash) }) // truebalance.go
		case Leader:
			if !slices.ContainsFunc(w.offered[:others], func(c candidate) bool { return c.item.Fact == fi && c.group == "" }) {
				w.withFalseTwin(func() bool { return w.leaderStatement(fi, clash) })
			}
		}
	}
}
