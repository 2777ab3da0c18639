package generate

import (
	"slices"
	"strings"

	"factquiz/quiz"
)

// Words before a place name: "in Pretoria", "at Camp David", "near
// Newport". Only "in" and "at" say where something happened; "near" and
// "outside" give a fact but no "where" question.
var placePreps = setOf(`in|at|near|outside|inside`)

// Directions that may stand between the preposition and the place: "in
// eastern Ukraine" is in Ukraine.
var directions = setOf(`north|south|east|west|northern|southern|eastern|western|central|north-eastern|north-western|
south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|downtown|rural|
coastal`)

// venueWords end the name of a venue: "the Independence Palace", "Lusail
// Stadium", "the Celtic Manor resort".
var venueWords = setOf(`Palace|Hotel|House|Centre|Center|Stadium|Arena|Hall|Resort|Building|Square|Airport|Base|Castle|
Cathedral|Church|Mosque|Temple|Museum|Park|Theatre|Theater|Abbey|Court|Field|Garden|Gardens|
Ground|Bowl|Pavilion|Chamber|Kremlin|Cosmodrome|Spaceport|University|Chancellery|Library|
Exchange|Station|Crossing|Bridge|Gate|Parade|Plaza|Forum|Racecourse|Circuit|Embassy|Consulate|
Headquarters|Complex|Observatory|Minster|Basilica|Chapel|resort|hotel|stadium|palace|estate`)

// Venues known by name without a venue word.
var namedVenues = setOf(`Camp David|Downing Street|Capitol Hill|the Kremlin|Cape Canaveral|Wimbledon|Wembley|Baikonur|
Lambeth`)

// eventNouns make a clause about an event even without a verb: "talks
// in Minsk", "the summit in Vilnius".
var eventNouns = setOf(`talks|summit|meeting|meetings|conference|ceasefire|truce|agreement|deal|treaty|accord|election|
elections|vote|referendum|attack|attacks|fighting|clashes|protest|protests|match|final|game|
race|ceremony|visit|negotiations|session|rally|explosion|earthquake|strike|strikes|launch|
tournament|trial|hearing|signing|battle|war|crash|flooding|fire|hospital|hospitals|school`)

// Event nouns that can be the subject of "signed in Minsk" read as a
// passive: "A previous ceasefire signed in Minsk … collapsed".
var thingNouns = setOf(`agreement|deal|ceasefire|truce|treaty|accord|pact|summit|talks|meeting|conference|protocol|
declaration|memorandum|contract|match|final|ceremony|election|referendum|game|race|tournament|
document|package|plan|charter|convention|games`)

// irregularParticiples maps participles that differ from the simple past.
var irregularParticiples = pairsOf(`taken=take|given=give|written=write|shown=show|chosen=choose|spoken=speak|drawn=draw|
beaten=beat|broken=break|begun=begin|driven=drive|known=know|seen=see|thrown=throw|
overthrown=overthrow|undertaken=undertake|overseen=oversee|sworn=swear|withdrawn=withdraw|
frozen=freeze|stolen=steal|grown=grow|flown=fly|risen=rise|fallen=fall|sunk=sink|
forbidden=forbid|forgiven=forgive|ridden=ride|retaken=retake|done=do|gone=go|worn=wear|
born=bear|become=become|come=come|run=run|overcome=overcome`)

// participleBase returns the base form of a past participle.
func participleBase(w string) string {
	var buf [32]byte
	if k, ok := appendLowerASCII(buf[:0], w); ok {
		if b := irregularParticiples[string(k)]; b != "" {
			return b
		}
		return pastVerbs[string(k)]
	}
	w = strings.ToLower(w)
	if b := irregularParticiples[w]; b != "" {
		return b
	}
	return pastVerbs[w]
}

// regionWords end (or, before "of", begin) the name of a region or a
// natural feature: "Idlib province", "the Red Sea", "Sea of Tranquility".
var regionWords = setOf(`Sea|Ocean|Reef|Island|Islands|Valley|Desert|River|Lake|Bay|Gulf|Peninsula|Coast|Province|County|
Region|District|Strait|Mountains|Oblast|Governorate|Territory|Strip|province|region|state|
states|county|district|oblast|governorate`)

// Lower-case words that end a venue's name after capitalised ones:
// "Sheffield crown court", "Hexham bus station", "Bab al-Hawa crossing".
var venueHeads = setOf(`resort|hotel|stadium|palace|estate|court|station|crossing|airport|base|square|hall|bridge|
harbour|harbor|prison|crater|library|arena|cathedral|mosque|church|camp|embassy|gallery|observatory`)

// placeNouns name what a place is in "the town of Pazarcik".
var placeNouns = pairsOf(`city|town=city|village=city|port=city|capital=city|region|state=region|province=region|
county=region|district=region|island=region|enclave=region|territory=region|country`)

// Capitalised words that are not places: "European", "Western".
var notPlaces = setOf(`European|African|Asian|Arab|Western|Eastern|Latin|Christmas|Easter|Parliament|Congress|God|Mr|
Mrs|Ms|Dr|Sir|Dame|Lord|Lady`)

// placeSpan is a place name found at a token.
type placeSpan struct {
	start, end int    // token indexes of the name, "the" included
	name       string // as written, without "the"
	kind       string // city, country, region, venue
	gaz        *gazPlace
	known      bool // the kind is certain (gazetteer, venue or region word)
}

// placeAt reads a place name starting at toks[i] (after its preposition).
func placeAt(text string, toks []token, i int, skip map[string]bool) (placeSpan, bool) {
	g := places()
	if i >= len(toks) {
		return placeSpan{}, false
	}
	the := toks[i].is("the")
	j := i
	if the {
		j++
	}
	for the && j < len(toks) && directions[toks[j].text] {
		j++ // "the western Indian Ocean"
	}
	// "an Auckland hotel": the place is the name before the noun.
	if toks[i].is("a", "an") {
		for k := min(len(toks)-1, i+1+g.maxLen); k > i+1; k-- {
			if toks[k].isWord() && !toks[k].cap() {
				if p := g.lookup(spanText(text, toks, i+1, k)); p != nil {
					return placeSpan{start: i + 1, end: k, name: spanText(text, toks, i+1, k), kind: p.kind, gaz: p, known: true}, true
				}
			}
		}
		return placeSpan{}, false
	}
	// "the town of Pazarcik", "the northern region of Tigray".
	if the && j+2 < len(toks) && toks[j+1].is("of") && placeNouns[toks[j].lower()] != "" && toks[j+2].cap() {
		p, ok := placeAt(text, toks, j+2, skip)
		if !ok || p.kind == "venue" {
			return placeSpan{}, false
		}
		if p.gaz == nil {
			p.kind = placeNouns[toks[j].lower()]
			p.known = true
		}
		return p, true
	}
	if j >= len(toks) || !toks[j].cap() || toks[j].time {
		return placeSpan{}, false
	}
	// The capitalised run, with "of", "de", "al-" inside ("Sea of
	// Tranquility", "Bab al-Hawa").
	end := j
	for end < len(toks) && end-j < 6 {
		t := toks[end]
		if t.cap() || end > j && strings.HasPrefix(t.text, "al-") {
			end++
			// "the Bird’s Nest stadium" goes on after a possessive.
			if t.poss && !(end < len(toks) && toks[end].cap() && the) && !magistratesPossessive(toks, end-1) {
				break
			}
			continue
		}
		if end > j && (t.is("of", "de", "el", "es") || t.text == "." && toks[end-1].is("St")) && end+1 < len(toks) && toks[end+1].cap() {
			end++
			continue
		}
		break
	}
	if end == j {
		return placeSpan{}, false
	}
	mk := func(e int, kind string, gp *gazPlace) (placeSpan, bool) {
		return placeSpan{start: i, end: e, name: spanText(text, toks, j, e), kind: kind, gaz: gp, known: true}, true
	}
	// A venue or a region named by its last word, capitalised or not:
	// "the Independence Palace", "Sheffield crown court", "Idlib province".
	last := toks[end-1]
	if !last.poss {
		for k := end; k < len(toks) && k < end+2 && toks[k].isWord() && !toks[k].cap(); k++ {
			if venueHeads[toks[k].text] {
				return mk(k+1, "venue", nil)
			}
			if regionWords[toks[k].text] {
				return mk(k+1, "region", nil)
			}
		}
	}
	for k := end; k > j+1; k-- {
		w := toks[k-1].text
		if venueWords[w] {
			if k < end && toks[k].is("of") {
				k = end // "the Canadian Museum of Nature" is one name
			}
			return mk(k, "venue", nil)
		}
		if regionWords[w] {
			return mk(k, "region", nil)
		}
	}
	if end-j >= 3 && toks[j+1].is("of") {
		if venueWords[toks[j].text] || toks[j].text == "University" {
			return mk(end, "venue", nil)
		}
		if regionWords[toks[j].text] {
			return mk(end, "region", nil)
		}
	}
	for k := end; k > j; k-- {
		n := spanText(text, toks, j, k)
		if namedVenues[n] || the && namedVenues["the "+n] || g.lookupKind(n, "venue") != nil {
			return mk(k, "venue", nil)
		}
	}
	// The gazetteer: the longest name it knows from j.
	for k := min(end, j+g.maxLen); k > j; k-- {
		name := spanText(text, toks, j, k)
		p := g.lookup(name)
		if p == nil && the {
			if p = g.lookup("The " + name); p != nil {
				name = "The " + name // "the Hague"
			}
		}
		if p != nil {
			// "the Paris Peace Conference", "the Wisconsin recall
			// election": the place only names something else.
			if the && !strings.HasPrefix(name, "The ") && k < len(toks) && nounAfter(toks[k:min(end+2, len(toks))]) {
				return placeSpan{}, false
			}
			ps, _ := mk(k, p.kind, p)
			ps.name = name
			return ps, true
		}
	}
	if the {
		return placeSpan{}, false
	}
	// An unknown name: one to three capitalised words that are not a
	// person, a month, a nationality, an organisation or a title.
	if end-j > 3 {
		return placeSpan{}, false
	}
	for k := j; k < end; k++ {
		t := toks[k]
		if skip[t.text] || notNames[t.text] || notPlaces[t.text] || isTitleWord(t) || t.time || orgWords[t.text] {
			return placeSpan{}, false
		}
		if _, isMonth := month(t); isMonth {
			return placeSpan{}, false
		}
		if _, isNat := nationalities[t.text]; isNat {
			return placeSpan{}, false
		}
		if len(t.text) >= 2 && strings.ToUpper(t.text) == t.text {
			return placeSpan{}, false // an acronym: an organisation
		}
	}
	return placeSpan{start: j, end: end, name: spanText(text, toks, j, end), kind: "city"}, true
}

// nounAfter reports whether the words after a place name an event or a
// thing it belongs to: "Peace Conference", "recall election", "history";
// not "Panhandle" nor a verb.
func nounAfter(ts []token) bool {
	for _, t := range ts {
		if l := t.lower(); t.punct || eventNouns[l] || thingNouns[l] || l == "history" {
			return !t.punct
		}
	}
	return false
}

// spanText is the text of toks[a:b] as written, possessive left out.
func spanText(text string, toks []token, a, b int) string {
	return text[toks[a].start:toks[b-1].end]
}

// placeParent reads ", Cuba" or ", in Wales" after a place: the country or
// region it lies in. It returns the place and the index after it.
func placeParent(text string, toks []token, k int) (*gazPlace, int) {
	if k+1 >= len(toks) || toks[k].text != "," {
		return nil, k
	}
	j := k + 1
	if st, e := stateAbbrevAt(toks, j); st != nil {
		return st, e // "Foxboro, Mass." (stateabbrev.go)
	}
	if toks[j].is("in") {
		j++
	}
	p, ok := placeAt(text, toks, j, nil)
	if ok && p.kind == "city" {
		p.gaz, p.kind = stateOfCityName(p) // "Oneonta, New York" (placestate.go)
	}
	if !ok || p.gaz == nil || p.kind == "city" {
		return nil, k
	}
	// "Germany, France and Italy" is a list, not a place in a place.
	if p.end < len(toks) && (toks[p.end].is("and", "or") || toks[p.end].text == "," && p.end+1 < len(toks) && toks[p.end+1].cap()) {
		return nil, k
	}
	return p.gaz, p.end
}

// findPlaces finds the places of the article (cities, countries, regions,
// named venues) where something happened: a place name after "in", "at"
// or "near" (a venue also after "from"), and the other places of its list
// ("in Havana, Oslo and Caracas"). An unknown name counts only in a clause
// about an event. Each place is listed once, where the article first
// names it.
func findPlaces(text string, sents []sentence, facts []Fact) []Fact {
	// Words that are people, not places.
	skip := map[string]bool{}
	for _, f := range facts {
		if f.Kind == Leader {
			for _, x := range strings.Fields(f.Person) {
				skip[x] = true
			}
		}
	}
	seen := map[string]int{} // index in out
	var out []Fact
	for si, s := range sents {
		// Captions say where a photograph was taken: their places count,
		// though no question is asked on them. Titles are not mined.
		if s.headline && !s.furniture && !(si > 0 && s.toks[len(s.toks)-1].text == ":") || byline(s.toks) {
			continue
		}
		toks := s.toks
		for i := 0; i < len(toks)-1; i++ {
			t := toks[i]
			// "from", "to", "on", "through" and "south of" introduce a
			// place less surely: a known one only.
			weak := t.is("from", "through", "on", "into") || t.is("to") && i > 0 && motion(toks, i) ||
				t.is("of") && i > 0 && directions[toks[i-1].lower()]
			if !placePreps[t.lower()] && !weak || quoted(text, toks, i) {
				continue
			}
			prep := i
			j := i + 1
			for j < len(toks) && directions[toks[j].text] {
				j++ // "eastern Ukraine", but "West Africa" is a name
			}
			p, ok := placeAt(text, toks, j, skip)
			if !ok || weak && (!p.known || t.is("on") && p.kind != "city" || t.is("from") && p.kind == "country" && !departs(toks, i)) {
				continue
			}
			// "the US$70 billion merger": a currency, not the country.
			if p.end < len(toks) && strings.HasPrefix(toks[p.end].text, "$") && toks[p.end].start == toks[p.end-1].end {
				continue
			}
			for {
				if !p.known {
					// An unknown name is a place only in a clause about an
					// event, and not when more capitals follow.
					if !eventClause(toks, prep) || p.end < len(toks) && toks[p.end].cap() {
						break
					}
				}
				f := placeFact(text, toks, p, s, si)
				key := strings.ToLower(f.Place)
				// A place a caption named first is asked on the story's
				// mention of it, which may make a question.
				if at, ok := seen[key]; !ok || sents[out[at].sent].furniture && !s.furniture {
					f.Event = placeEvent(toks, prep)
					if ok {
						out[at] = f.Fact
					} else {
						seen[key] = len(out)
						out = append(out, f.Fact)
					}
				}
				i = f.tokEnd - 1
				// The next member of a list: ", Oslo and Caracas".
				k := f.tokEnd
				if k < len(toks) && toks[k].text == "," {
					k++
				}
				if k < len(toks) && toks[k].is("and", "or") {
					k++
				}
				if k == f.tokEnd {
					break
				}
				q, ok := placeAt(text, toks, k, skip)
				if !ok || !q.known || q.kind != p.kind && !(k == f.tokEnd+1 && toks[f.tokEnd].text == "," && q.kind != "city" && q.gaz != nil) {
					break
				}
				p = q
			}
		}
		for i := range toks {
			if f, ok := basedPlace(text, toks, i, s, si); ok {
				if _, ok := seen[strings.ToLower(f.Place)]; !ok {
					seen[strings.ToLower(f.Place)] = len(out)
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// basedPlace reads a known place before "-based" that qualifies a name,
// as business and science news write a company's or a team's base:
// "Stockholm-based Elekta", "Toronto-based Rio Algom". The name is a run
// of capitalised words that ends the phrase ("Minneapolis-based
// University of Minnesota …" goes on, and is not read); a lower-case
// noun ("California-based company") names nothing to ask about.
func basedPlace(text string, toks []token, i int, s sentence, si int) (Fact, bool) {
	prefix, ok := strings.CutSuffix(toks[i].text, "-based")
	if !ok || prefix == "" || i+1 >= len(toks) {
		return Fact{}, false
	}
	gp := places().lookup(prefix)
	if gp == nil || gp.continent == "World" || kindNoun[gp.kind] == "" || gp.kind == "venue" {
		return Fact{}, false
	}
	if basedName(toks, i+1) == "" {
		return Fact{}, false
	}
	start := toks[i].start
	return Fact{Kind: Place, Text: prefix, Start: start, End: start + len(prefix),
		Sentence: text[s.start:s.end], SentenceStart: s.start, sent: si,
		Place: prefix, PlaceKind: gp.kind, Event: "based"}, true
}

// basedName is the name a "-based" place qualifies, from toks[k]: its
// capitalised words up to a word that ends the phrase, or "" when the
// name goes on ("of", "for", "and", a possessive) or is not a name.
func basedName(toks []token, k int) string {
	e := k
	for e < len(toks) && toks[e].cap() && toks[e].isWord() && !toks[e].poss {
		e++
	}
	if e == k || e-k > 4 || e < len(toks) && (toks[e].poss || toks[e].is("of", "for", "and", "&") || toks[e].cap()) {
		return ""
	}
	return joinTokens(toks[k:e])
}

// placeFact makes the fact of a place span. The country or region after
// a city ("Huntsville, Alabama") is a place of its own.
type placeFactT struct {
	Fact
	tokEnd int
}

func placeFact(text string, toks []token, p placeSpan, s sentence, si int) placeFactT {
	name := p.name
	e := p.end
	start, end := toks[p.start].start, toks[e-1].end
	f := Fact{Kind: Place, Text: text[start:end], Start: start, End: end,
		Sentence: text[s.start:s.end], SentenceStart: s.start, sent: si,
		Place: name, PlaceKind: p.kind}
	return placeFactT{f, e}
}

// quoted reports whether toks[i] is inside quotation marks. A straight
// quote opens when a space (or the sentence start) is before it and none
// after; a closing quote without an opening one ends a quotation begun in
// an earlier sentence.
func quoted(text string, toks []token, i int) bool {
	depth := 0
	for k, t := range toks[:i] {
		switch t.text {
		case "“", "‘":
			depth++
		case "”":
			if depth > 0 {
				depth--
			}
		case "\"":
			opens := k == 0 || t.start > 0 && (text[t.start-1] == ' ' || text[t.start-1] == '\n' || text[t.start-1] == '(')
			if opens && depth == 0 {
				depth++
			} else if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// motion reports whether "to" at toks[i] follows a verb of travel: "flew
// on to Brussels", "travelled to Paris".
func motion(toks []token, i int) bool {
	k := i - 1
	for k > 0 && toks[k].is("on", "back", "out", "straight", "then", "later") {
		k--
	}
	switch toks[k].lower() {
	case "flew", "flown", "fly", "travelled", "traveled", "travel", "returned", "return", "went", "go", "headed",
		"moved", "fled", "sailed", "drove", "came", "marched", "walked", "deported", "arrived", "trip", "visit",
		"journey", "relocated", "evacuated", "driven", "taken", "brought", "expelled", "extradited", "transferred":
		return true
	}
	return false
}

// byline reports a credit line: "(Reporting by … in Minsk; Editing by …)".
func byline(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		// The rarer word after first: most tokens are read no further.
		if toks[i+1].is("by", "reporting") && toks[i].is("Reporting", "Writing", "Editing", "Additional") {
			return true
		}
	}
	return false
}

// eventClause reports whether the clause before toks[p] holds a verb or an
// event noun.
func eventClause(toks []token, p int) bool {
	cs := clauseStart(toks, p)
	for _, t := range toks[cs:p] {
		l := t.lower()
		if pastVerbs[l] != "" || participleBase(l) != "" || eventNouns[l] || auxiliaries[l] || baseVerbs()[l] {
			return true
		}
	}
	// "…, held at Lusail Stadium": the clause is the participle alone.
	return false
}

// placeEvent is what happened at the place: its clause up to the
// preposition at toks[p].
func placeEvent(toks []token, p int) string {
	before := trimClause(toks[:p], true)
	return joinTokens(before)
}

// placeTok finds the token indexes of fact f in its sentence.
func (w *writer) factTokens(f Fact) (toks []token, a, b int, ok bool) {
	s := w.sents[f.sent]
	a, b = -1, -1
	for i, t := range s.toks {
		if t.start == f.Start {
			a = i
		}
		if t.end == f.End || t.poss && t.end == f.End {
			b = i + 1
		}
	}
	return s.toks, a, b, a >= 0 && b > a
}

// placeClause analyses the clause a place belongs to and returns the
// ways to ask where it happened, best first:
//
//	"X signed a ceasefire in Oslo"            did X sign a ceasefire / was a ceasefire signed
//	"The agreement was signed in Minsk"        was the agreement signed
//	"A previous ceasefire signed in Minsk …"  was the previous ceasefire signed
//	"The summit, held at Lusail Stadium, …"    was the summit held
func (w *writer) placeClause(toks []token, p int) []string {
	// "took place on 17 May 1220, at Westminster Abbey": the comma closes
	// the date, not the clause.
	if p > 1 && toks[p-1].text == "," {
		if before := toks[clauseStart(toks, p-1) : p-1]; len(withoutDateAdjunct(before)) < len(before) {
			p--
		}
	}
	cs := clauseStart(toks, p)
	// "… were covered after a landslide buried the village of Xinmo in
	// China": the place is in the clause the conjunction opens.
	for k := p - 2; k > cs; k-- {
		if toks[k].is("after", "when", "before", "while", "whilst", "because", "until") && laterVerb(toks[:p], k+1) {
			cs = k + 1
			break
		}
	}
	first := firstWordIn(toks)
	// Participle right before the place, or before a date then the place
	// ("was signed on Friday in Minsk"): passive or reduced relative.
	// A regular participle after "was" or "being" is a passive even when the
	// verb is not in the table: "is being fabricated in Holland".
	v := p - 1
	if adj := withoutDateAdjunct(toks[cs:p]); len(adj) > 1 && len(adj) < p-cs {
		v = cs + len(adj) - 1
	}
	// The agent is left out: "Rabin was assassinated by an extremist at
	// the end of a rally in Tel Aviv" asks "was Rabin assassinated".
	for k := cs + 2; k < v && p-k <= 12; k++ {
		if toks[k].is("by") && toks[k-2].is("was", "were") && clauseEnd(toks, k) >= p && !hasAux(toks[k:p]) && !laterVerb(toks[:p], k) {
			v = k - 1
		}
	}
	// "Amcol, based in Illinois, is …": where a named company or team
	// is based, asked in the present as the article tells it.
	if v == cs && toks[v].is("based", "headquartered") && cs >= 2 && toks[cs-1].text == "," {
		if name := basedName(toks[:cs-1], first); name != "" && first+wordCount(name) == cs-1 {
			return []string{"is " + name + " " + toks[v].lower() + ", according to the article"}
		}
		return nil
	}
	if v >= 1 && (participleBase(toks[v].text) != "" || strings.HasSuffix(toks[v].text, "ed") && toks[v-1].is("was", "were", "being", "been")) && toks[v].lower() == toks[v].text {
		part := toks[v].text
		// "The Interim Agreement …, known as Oslo II, was signed in
		// Washington": the subject is the sentence's opening.
		if v-1 == cs && toks[v-1].is("was", "were") && cs >= 2 && toks[cs-1].text == "," {
			k := first
			for k < cs && toks[k].text != "," {
				k++
			}
			subj := toks[first:k]
			c := clause{subject: subj, firstIsStart: true}
			if k == cs-1 || !c.ok() || !namedOrThing(subj) || hasAux(subj) {
				return nil
			}
			return []string{toks[v-1].lower() + " " + w.phrase(subj, true) + " " + part}
		}
		// "A general election had been held in Britain": asked in the
		// simple past, "was a general election held".
		if v-2 > cs && toks[v-1].is("been") && toks[v-2].is("had", "has", "have") {
			subj := toks[cs : v-2]
			c := clause{subject: subj, firstIsStart: cs == first}
			if !c.ok() || !namedOrThing(subj) {
				return nil
			}
			return []string{beVerb(subj[len(subj)-1]) + " " + w.phrase(subj, cs == first) + " " + part}
		}
		// "The new gate is being built in Holland": "is the new gate being
		// built".
		if v-2 > cs && toks[v-1].is("being") && toks[v-2].is("is", "are", "was", "were") {
			subj := toks[cs : v-2]
			c := clause{subject: subj, firstIsStart: cs == first}
			if !c.ok() || !namedOrThing(subj) {
				return nil
			}
			return []string{toks[v-2].lower() + " " + w.phrase(subj, cs == first) + " being " + part}
		}
		// "The summit will be held in Vilnius": "will the summit be held".
		if v-2 > cs && toks[v-1].is("be") && toks[v-2].is("will") {
			subj := toks[cs : v-2]
			c := clause{subject: subj, firstIsStart: cs == first}
			if !c.ok() || !namedOrThing(subj) || hasAux(subj) {
				return nil
			}
			return []string{"will " + w.phrase(subj, cs == first) + " be " + part}
		}
		// "The agreement was signed in Minsk"
		if v-1 > cs && toks[v-1].is("was", "were") {
			subj := sharedSubject(toks[cs : v-1])
			c := clause{subject: subj, firstIsStart: cs == first}
			if !c.ok() || !namedOrThing(subj) {
				return nil
			}
			return []string{toks[v-1].lower() + " " + w.phrase(subj, cs == first) + " " + part}
		}
		// "A previous ceasefire signed in Minsk … collapsed"
		if v > cs && thingNouns[toks[v-1].lower()] && laterVerb(toks, p) {
			subj := toks[cs:v]
			c := clause{subject: subj}
			if !c.ok() {
				return nil
			}
			sub := w.phrase(subj, cs == first)
			if subj[0].is("a", "an") {
				sub = "the" + sub[len(subj[0].text):]
			}
			return []string{beVerb(subj[len(subj)-1]) + " " + sub + " " + part}
		}
		// "The summit, held at …,"
		if v == cs && cs >= 2 && toks[cs-1].text == "," {
			k := first
			for k < cs && toks[k].text != "," {
				k++
			}
			if k != cs-1 || !thingNouns[toks[k-1].lower()] {
				return nil // a participle after another phrase
			}
			subj := toks[first:k]
			c := clause{subject: subj}
			if !c.ok() {
				return nil
			}
			return []string{beVerb(toks[k-1]) + " " + w.phrase(subj, true) + " " + part}
		}
		// Else an active verb with no object ("The leaders met in Sochi"),
		// unless a main verb follows: "The man arrested in Paris was charged"
		// (not one after "and": "He died in London and was buried …").
		if laterVerb(toks[:andAfter(toks, p)], p) || hasAux(toks[p:andAfter(toks, p)]) {
			return nil
		}
	}
	// Active: subject, known past verb, object, place.
	v = -1
	for k := cs; k < p; k++ {
		if toks[k].isWord() && pastVerbs[toks[k].lower()] != "" && !toks[k].cap() {
			v = k
			break
		}
	}
	if v < 0 {
		return w.futurePlaceClause(toks, cs, p, first)
	}
	// "A team led by the University of Memphis in USA found …": a past
	// form before "by" is a participle, not the clause's verb.
	if v <= cs || v+1 < len(toks) && toks[v+1].is("by") {
		return nil
	}
	// "The drought has caused months of hardship in Kenya": "has the
	// drought caused …", with the participle kept.
	perfect := ""
	if v-1 > cs && toks[v-1].is("has", "have") && isParticiple(toks[v].lower()) {
		perfect = toks[v-1].lower()
	}
	c := clause{subject: toks[cs:v], firstIsStart: cs == first}
	if perfect != "" {
		c.subject = toks[cs : v-1]
	}
	k := w.verbAt(toks, v, &c)
	if k <= p && p-k <= 20 && c.base != "" {
		if s := w.infinitiveResultClause(c, toks[k:p]); s != "" { // placeinfinitive.go
			return []string{s}
		}
	}
	if k > p || p-k > 12 || c.base == "" {
		return nil
	}
	if perfect != "" {
		c.rest = toks[k:p]
		if !c.ok() {
			return nil
		}
		for _, t := range c.rest {
			if t.is("to", "and", "or") || t.punct {
				return nil
			}
		}
		return []string{perfect + " " + w.phrase(c.subject, c.firstIsStart) + " " + toks[v].lower() + spaced(c.rest)}
	}
	if !w.restToPlace(toks, k, p, &c) {
		return nil
	}
	out := []string{"did " + w.phrase(c.subject, c.firstIsStart) + " " + c.base + spaced(c.rest)}
	// The passive leaves the subject out: "was a bilateral ceasefire
	// signed", for an object that is a plain noun phrase.
	if part := participleOf(toks[v].lower()); part != "" && len(c.rest) >= 2 && len(c.rest) <= 6 && k == v+1 && plainObject(c.rest) {
		pass := beVerb(c.rest[len(c.rest)-1]) + " " + joinTokens(c.rest) + " " + part
		if len(c.subject) > 5 {
			out = []string{pass, out[0]}
		} else {
			out = append(out, pass)
		}
	}
	return out
}

// sharedSubject is the subject of words before a passive's "was": the
// words themselves, or, when they end with "and" ("He pleaded guilty
// and was sentenced at …"), the subject of the first verb, which the
// second shares. A first clause with a comma, no verb or a second verb
// ("Police said the man fled and was arrested": the man was) gives the
// words back, which no question takes.
func sharedSubject(ts []token) []token {
	if len(ts) < 3 || !ts[len(ts)-1].is("and") {
		return ts
	}
	isVerb := func(t token) bool { return !t.cap() && (pastVerbs[t.lower()] != "" || auxiliaries[t.lower()]) }
	k := slices.IndexFunc(ts, isVerb)
	if k < 1 {
		return ts
	}
	for j, t := range ts[k+1:] {
		if t.punct || isVerb(t) && !(j == 0 && auxiliaries[ts[k].lower()]) {
			return ts
		}
	}
	for _, t := range ts[:k] {
		if t.punct {
			return ts
		}
	}
	return ts[:k]
}

// restToPlace sets the words of clause c between its verb (ending at
// toks[k]) and the place's preposition at toks[p], the date left out, and
// reports whether the clause can be asked.
func (w *writer) restToPlace(toks []token, k, p int, c *clause) bool {
	c.rest = withoutDateAdjunct(toks[k:p])
	// "flew to Brussels": a verb of travel needs no object, the place is
	// where it went ("To which city did the minister fly?").
	went := len(c.rest) == 0 && (toks[p].is("to") || departs(toks, p))
	if went {
		c.rest = toks[p : p+1]
	}
	if !c.ok() {
		return false
	}
	if went {
		c.rest = nil
	}
	for i, t := range c.rest {
		// "agreed to meet in Oslo": the place is the meeting's.
		if t.is("to") && i+1 < len(c.rest) && baseVerbs()[c.rest[i+1].lower()] || t.is("and", "or") || t.punct {
			return false
		}
	}
	return true
}

// futurePlaceClause asks where something will happen, as news of visits
// says it: "The ministers will meet in New York" gives "will the
// ministers meet". The subject is a plain noun phrase before "will".
func (w *writer) futurePlaceClause(toks []token, cs, p, first int) []string {
	will := cs + 1
	for will < p && !toks[will].is("will") {
		will++
	}
	if will+1 >= p {
		return nil
	}
	subj := toks[cs:will]
	for _, t := range subj {
		if t.punct || auxiliaries[t.lower()] || pastVerbs[t.lower()] != "" && !t.cap() {
			return nil // "Officials said the summit will …"
		}
	}
	c := clause{subject: subj, firstIsStart: cs == first}
	v := will + 1
	if !baseVerbs()[toks[v].lower()] || toks[v].cap() {
		return nil
	}
	c.base = toks[v].lower()
	k := v + 1
	if k < p && particles[toks[k].lower()] {
		c.base += " " + toks[k].lower()
		k++
	}
	if !w.restToPlace(toks, k, p, &c) {
		return nil
	}
	return []string{"will " + w.phrase(subj, c.firstIsStart) + " " + c.base + spaced(c.rest)}
}

// subjectPlaceClause asks where the people of a subject did what they
// did when the place qualifies the subject, as wire stories write it:
// "Flight controllers in Houston confirmed the touchdown" gives "did
// flight controllers confirm the touchdown". The subject is a few
// common words; the verb, right after the place, is a known deed with an
// object, not speech ("Officials in Kyiv said …" asks nothing).
func (w *writer) subjectPlaceClause(f Fact, toks []token, p, b int) []string {
	cs := clauseStart(toks, p)
	if p-cs < 1 || p-cs > 4 || b+1 >= len(toks) {
		return nil
	}
	subj := toks[cs:p]
	for i, t := range subj {
		l := t.lower()
		if t.punct || t.cap() && !(i == 0 && cs == 0) || pronouns[l] || prepositions[l] || auxiliaries[l] || pastVerbs[l] != "" || nounStops[l] && !t.is("the", "a", "an") {
			return nil
		}
	}
	v := toks[b]
	base := pastVerbs[v.lower()]
	if base == "" || v.cap() || speechVerbs[v.lower()] {
		return nil
	}
	k := b + 1
	if particles[toks[k].lower()] {
		base += " " + toks[k].lower()
		k++
	}
	// The object ends at the clause's comma or at a clock time ("at
	// 5:34 p.m."), which say when, not what.
	end := k
	for end < len(toks) && !toks[end].punct && !(end+1 < len(toks) && toks[end].is("at", "by", "around") && toks[end+1].time) {
		end++
	}
	obj, _, ok := objectAt(toks[:end], k, datesOf(w.facts, f.sent, toks), false)
	if !ok || obj == "" || ageAsideAt(toks, end) {
		return nil
	}
	return []string{"did " + w.phrase(subj, cs == 0) + " " + base + " " + obj}
}

// participleAsideClause asks where the subject did what a participle
// aside says, when the aside is the place's clause and a verb in the
// past follows it: "The three ministers, holding talks at … in Tokyo for
// about 80 minutes, also agreed …" gives "did the three ministers hold
// talks"; "Speaking to reporters in Kyiv, the minister said …" gives
// "did the minister speak to reporters". The subject is a noun phrase
// without a verb or comma.
func (w *writer) participleAsideClause(toks []token, p int) []string {
	cs := clauseStart(toks, p)
	first := firstWordIn(toks)
	base := ingBase(toks[cs])
	if base == "" || cs != first && toks[cs].cap() {
		return nil
	}
	// The aside ends at the next comma, then the main verb in the past
	// (an adverb may come first).
	end := p
	for end < len(toks) && toks[end].text != "," {
		end++
	}
	past := func(t token) bool {
		l := t.lower()
		return !t.cap() && (pastVerbs[l] != "" || speechVerbs[l] && l != "says")
	}
	var subj []token
	var verb int
	if cs == first {
		// "Speaking …, the minister said"
		verb = end + 1
		for verb < len(toks) && !past(toks[verb]) && !toks[verb].punct {
			verb++
		}
		if verb >= len(toks) || toks[verb].punct {
			return nil
		}
		subj = toks[end+1 : verb]
	} else {
		// "The three ministers, holding …, also agreed"
		if cs < first+1 || toks[cs-1].text != "," {
			return nil
		}
		subj = toks[first : cs-1]
		verb = end + 1
		if verb < len(toks) && toks[verb].is("also", "later", "then", "today") {
			verb++
		}
		if verb >= len(toks) || !past(toks[verb]) {
			return nil
		}
	}
	if end >= len(toks) || len(subj) == 0 {
		return nil
	}
	for _, t := range subj {
		if t.punct || past(t) || auxiliaries[t.lower()] {
			return nil
		}
	}
	c := clause{subject: subj, firstIsStart: cs != first, base: base}
	if !w.restToPlace(toks, cs+1, p, &c) {
		return nil
	}
	return []string{"did " + w.phrase(subj, cs != first) + " " + base + spaced(c.rest)}
}

// whereRelativeClause asks about the clause that ", where" opens right
// after the place, which says what happened there: "… at the stadium in
// Bengaluru, where the first half of the tournament was played" gives
// "was the first half of the tournament played". The clause, up to its
// first punctuation, is read as if it ended on "in" and the place; a
// pronoun in it needs what came before.
func (w *writer) whereRelativeClause(toks []token, b int) []string {
	if b+2 >= len(toks) || toks[b].text != "," || !toks[b+1].is("where") {
		return nil
	}
	end := b + 2
	for end < len(toks) && !toks[end].punct {
		// "where a statue of him was erected": whose, the clause
		// does not say.
		if pronouns[toks[end].lower()] || toks[end].is("him", "her", "his", "them", "their", "its", "us", "our") {
			return nil
		}
		end++
	}
	clause := append(slices.Clone(toks[b+2:end]), token{text: "in"})
	return w.placeClause(clause, len(clause)-1)
}

// ingBase is the base form of a known verb's present participle:
// "holding" → "hold", "making" → "make", "running" → "run"; "" for any
// other word.
func ingBase(t token) string {
	l := t.lower()
	stem, ok := strings.CutSuffix(l, "ing")
	if !ok || len(stem) < 2 {
		return ""
	}
	bases := baseVerbs()
	for _, b := range []string{stem, stem + "e", stem[:len(stem)-1]} {
		if bases[b] && (b != stem[:len(stem)-1] || stem[len(stem)-1] == stem[len(stem)-2]) {
			return b
		}
	}
	return ""
}

// actorClauseAt asks where a doer of the same sentence did what they did
// when the action ends at the place: "Hipkins, who …, conceded defeat in
// Wellington" gives "did Chris Hipkins concede defeat".
func (w *writer) actorClauseAt(f Fact, prep string) []string {
	for _, h := range w.facts {
		if h.Kind != Actor || h.sent != f.sent || strings.Contains(h.Doer, ",") || strings.Contains(h.Doer, " and ") {
			continue
		}
		tail := " " + prep + " " + f.Text
		if !strings.HasSuffix(h.Action, tail) {
			continue
		}
		words := strings.Fields(strings.TrimSuffix(h.Action, tail))
		if len(words) < 2 {
			continue
		}
		doer := h.Doer
		if h.DoerKind != "person" && needsThe(doer) {
			doer = "the " + doer
		}
		if words[0] == "will" {
			return []string{"will " + doer + " " + strings.Join(words[1:], " ")}
		}
		k := 0
		for k < len(words)-1 && pastVerbs[words[k]] == "" {
			k++ // adverbs: "formally joined"
		}
		base := pastVerbs[words[k]]
		if base == "" {
			continue
		}
		words[k] = base
		return []string{"did " + doer + " " + strings.Join(words, " ")}
	}
	return nil
}

// andAfter is the index of the first "and" or "but" after toks[p], or
// the sentence's end.
func andAfter(toks []token, p int) int {
	for k := p; k < len(toks); k++ {
		if toks[k].is("and", "but") {
			return k
		}
	}
	return len(toks)
}

// withoutDateAdjunct drops a date closing the words before a place, which
// its own question asks: "took place on 17 May 1220, at" gives "took
// place".
func withoutDateAdjunct(ts []token) []token {
	end := len(ts)
	if end > 0 && ts[end-1].text == "," {
		end--
	}
	k := end - 1
	for ; k >= 0; k-- {
		t := ts[k]
		if _, isMonth := month(t); !isMonth && !weekdays[t.text] && !(t.text[0] >= '0' && t.text[0] <= '9') && !t.is("the", "of", "morning", "afternoon", "evening") {
			break
		}
	}
	if k >= 0 && k < end-1 && ts[k].is("on", "in") {
		return ts[:k]
	}
	return ts
}

// beVerb agrees "was" or "were" with a noun.
func beVerb(head token) string {
	l := head.lower()
	if l == "talks" || l == "negotiations" || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is") {
		return "were"
	}
	return "was"
}

// plainObject reports whether words are a simple noun phrase: a
// determiner, then lower-case words ("a bilateral ceasefire", "the
// accord").
func plainObject(ts []token) bool {
	if !ts[0].is("a", "an", "the", "its", "their", "his", "her") {
		return false
	}
	for _, t := range ts[1:] {
		l := t.lower()
		// "the killing" may be a verb's; "the meeting" is an event's noun.
		if t.punct || t.cap() || nounStops[l] || pronouns[l] || pastVerbs[l] != "" || strings.HasSuffix(l, "ing") && !thingNouns[l] {
			return false
		}
	}
	return true
}

// participleOf writes the past participle of a simple past: "signed",
// "held", "taken" for "took".
func participleOf(past string) string {
	base := pastVerbs[past]
	if base == "" {
		return ""
	}
	for part, b := range irregularParticiples {
		if b == base {
			return part
		}
	}
	if _, irregular := irregularPast[past]; irregular && !sameFormParticiple[past] {
		return ""
	}
	return past
}

// Irregular verbs whose participle is their simple past.
var sameFormParticiple = setOf(`held|built|sent|won|lost|led|made|brought|fought|bought|caught|kept|paid|sold|told|hit|cut|set|
put|shot|struck|spent|laid|upheld|rebuilt|dealt`)

// namedOrThing reports whether a passive subject can be asked about: a
// noun phrase, not a pronoun.
func namedOrThing(ts []token) bool {
	return len(ts) > 0 && !(len(ts) == 1 && pronouns[ts[0].lower()])
}

// hasAux reports whether an auxiliary stands among words: the verb of a
// clause after a reduced relative ("… was charged").
func hasAux(ts []token) bool {
	for _, t := range ts {
		if auxiliaries[t.lower()] {
			return true
		}
	}
	return false
}

// laterVerb reports whether a main verb follows toks[p] in the sentence:
// then a participle before p opens a reduced relative clause.
func laterVerb(toks []token, p int) bool {
	for _, t := range toks[p:] {
		if pastVerbs[t.lower()] != "" && !t.cap() {
			return true
		}
	}
	return false
}

// inList reports whether the place at toks[a:b] is one of a list ("in
// Havana, Oslo and Caracas"); a country after a city ("Havana, Cuba") is
// part of the fact, not a list.
func inList(text string, toks []token, a, b int) bool {
	// A list goes on with a place or a run of names ending "and X"; "in
	// Holland and will be delivered", "in Ethiopia, Sky News reports" end
	// none.
	if b+1 < len(toks) && (toks[b].is("and", "or") || toks[b].text == ",") {
		k := b + 1
		if placePreps[toks[k].lower()] && k+1 < len(toks) {
			k++ // "in Paris and in London"
		}
		next, ok := placeAt(text, toks, k, nil)
		if ok && (next.known || toks[b].text != ",") || listComma(toks, b) {
			if parent, _ := placeParent(text, toks, b); parent == nil {
				return true
			}
		}
	}
	return a >= 2 && (toks[a-1].is("and", "or") || toks[a-1].text == ",")
}

var kindNoun = map[string]string{"city": "city", "country": "country", "region": "region", "venue": "venue"}

// placeNoun opens a "where" question about a place of a kind: "In which
// city ", "In which state " for a US region, "Where " for a venue.
func placeNoun(kind, name string, gp *gazPlace) string {
	// Assigned to noun, where TestPromptOpeningsKnown finds the openings.
	noun := "In which " + kindNoun[kind] + " "
	switch kind {
	case "venue":
		noun = "Where "
	case "region":
		noun = "In which region "
		switch {
		case gp != nil && gp.country == "United States":
			noun = "In which state "
		case strings.HasSuffix(name, " Ocean"):
			noun = "In which ocean "
		case strings.HasSuffix(name, " Sea"):
			noun = "In which sea "
		}
	}
	return noun
}

// place writes a "where" question about fact fi: "In which city was the
// ceasefire agreement signed?". The wrong choices are other places of the
// same kind, from the article first, then nearby ones from the gazetteer;
// none contains or lies in the right one.
func (w *writer) place(fi int) bool {
	f := w.facts[fi]
	if f.Event == "based" && strings.HasPrefix(w.text[f.End:], "-based") {
		return w.basedQuestion(fi)
	}
	defer w.withReferent(f.sent)() // "He died in London": "did Winston Churchill die"
	pa, why := w.placeAsking(fi)
	if why != "" {
		return false
	}
	wrong := w.placeChoices(fi, pa.gp)
	if len(wrong) < 3 || w.placeEverywhere(fi, pa.name, pa.gp) {
		return false
	}
	answer := pa.name
	if f.PlaceKind == "venue" && strings.HasPrefix(strings.ToLower(f.Text), "the ") {
		answer = "the " + pa.name
	}
	expl := "The article places this in " + f.Text + "."
	if f.PlaceKind == "venue" {
		expl = "The article places this at " + f.Text + "."
	}
	offered := false
	for _, c := range w.placeClauses(f, pa) {
		if pa.dest {
			// "did Kohl break off his visit to fly" is not where he went.
			if strings.Contains(c, " to ") {
				continue
			}
			c = strings.TrimSuffix(c, " on") // "did Merkel fly on"
		}
		prompt := pa.noun + c + "?"
		if d := w.openingDate(f); d != "" && !strings.Contains(c, d) { // placedate.go
			prompt = pa.noun + c + " in " + d + "?"
		}
		if containsWords(prompt, answer) {
			break // "Newark Mayor Sharpe James entered the courthouse in Newark": no other form either
		}
		if w.namesOtherFact(prompt, f) || f.PlaceKind == "country" && namesCountry(c, pa.gp.country) {
			continue
		}
		wrong := sameSiteWrong(pa.name, w.institutionWrong(c, wrong, pa)) // placeinstitution.go, placefrom.go
		if len(wrong) < 3 {
			continue
		}
		qu := quiz.Question{Type: quiz.Single, Prompt: prompt, Choices: choices(answer, wrong, nil), Explanation: expl}
		if w.add(fi, qu, answer, wrong, "where-"+slug(pa.name)) {
			offered = true
		}
	}
	return offered
}

// placeAsk is how a place fact may be asked: its sentence's tokens, the
// place's preposition (p), the first preposition of its chain of places
// (q) and the token after it (b); the name asked, where it lies, and the
// question's opening.
type placeAsk struct {
	toks    []token
	p, q, b int
	name    string
	gp      *gazPlace
	noun    string
	dest    bool // where someone went: "To which city …"
}

// placeAsking reads how place fact fi may be asked, or says why it may
// not (the why-not diagnostic reports it).
func (w *writer) placeAsking(fi int) (placeAsk, string) {
	f := w.facts[fi]
	toks, a, b, ok := w.factTokens(f)
	switch {
	case !ok || a < 1:
		return placeAsk{}, "tokens not found"
	case w.sents[f.sent].headline:
		return placeAsk{}, "in a headline or caption"
	}
	p := a - 1
	for p > 0 && directions[toks[p].text] {
		p--
	}
	// "in the northeastern city of Tangshan"
	if p >= 2 && toks[p].is("of") && placeNouns[toks[p-1].lower()] != "" {
		for p -= 2; p > 0 && (directions[toks[p].text] || toks[p].is("the")); p-- {
		}
	}
	// "in Wisconsin history", "in Minsk talks": the place is a modifier;
	// "in Manchester United's win": the city begins another name.
	// "flew on to Brussels", "was deported to Mexico": where someone went.
	dest := toks[p].is("to") && motion(toks, p) && (f.PlaceKind == "city" || f.PlaceKind == "country")
	src := departs(toks, p) && (b >= len(toks) || !toks[b].is("and", "or")) // "was launched from Cape Canaveral" (placefrom.go)
	switch {
	case !toks[p].is("in", "at") && !dest && !src:
		return placeAsk{}, "preposition not in/at (" + toks[p].lower() + ")"
	case inList(w.text, toks, a, b):
		return placeAsk{}, "one of a list"
	case quoted(w.text, toks, a):
		return placeAsk{}, "quoted"
	case b < len(toks) && !toks[b].cap() && nounAfter(toks[b:b+1]):
		return placeAsk{}, "modifier of a noun after it"
	case b < len(toks) && toks[b].cap() && f.PlaceKind == "city" && !weekdays[toks[b].text]:
		return placeAsk{}, "city opening another name"
	}
	g := places()
	// "Huntsville, Alabama" is asked as "Huntsville", a city.
	name, parentName, _ := strings.Cut(f.Place, ", ")
	parentName = strings.TrimPrefix(parentName, "in ")
	gp := g.lookup(name)
	name, gp = bareRegion(name, gp, f.PlaceKind) // "Sichuan province" (placeprovince.go)
	if gp != nil && gp.kind != f.PlaceKind {
		gp = g.lookupKind(name, f.PlaceKind)
	}
	if gp != nil && gp.continent == "World" {
		return placeAsk{}, "too wide (continent)" // "Africa", "the Middle East"
	}
	gp = cityOfParent(gp, w.text, toks, b)
	if f.PlaceKind == "venue" {
		if gp = w.venuePlace(fi, name); gp == nil {
			return placeAsk{}, "venue of unknown kind or country"
		}
	} else if gp == nil {
		// An unknown city is asked only when the text says where it lies.
		parent := g.lookup(parentName)
		if parent == nil {
			parent, _ = placeParent(w.text, toks, b) // "Biloxi, Mississippi"
		}
		if parent == nil || f.PlaceKind != "city" {
			return placeAsk{}, "not in the gazetteer (" + f.PlaceKind + ")"
		}
		gp = &gazPlace{name: name, kind: "city", parent: parent.name, country: parent.country, region: parent.region, continent: parent.continent}
	}
	noun := placeNoun(f.PlaceKind, name, gp)
	if dest {
		noun = "To" + strings.TrimPrefix(noun, "In")
	}
	if src {
		noun = departNoun(noun)
	}
	return placeAsk{toks: toks, p: p, q: placeChainStart(w.text, toks, p), b: b, name: name, gp: gp, noun: noun, dest: dest}, ""
}

// placeClauses are the ways to ask where the clause of place fact f
// happened, from the first of its readers that finds one.
func (w *writer) placeClauses(f Fact, pa placeAsk) []string {
	toks, p, q, b := pa.toks, pa.p, pa.q, pa.b
	clauses := w.placeClause(toks, q)
	if len(clauses) == 0 {
		clauses = w.actorClauseAt(f, toks[q].text)
	}
	if len(clauses) == 0 && q == p {
		clauses = w.subjectPlaceClause(f, toks, p, b)
	}
	if len(clauses) == 0 {
		clauses = w.participleAsideClause(toks, q)
	}
	if len(clauses) == 0 {
		clauses = w.whereRelativeClause(toks, b)
	}
	if len(clauses) == 0 {
		clauses = w.hadPlaceClause(toks, q) // placehad.go
	}
	if len(clauses) == 0 {
		clauses = w.courtAppearClause(f, toks, q) // magistratescourt.go
	}
	if len(clauses) == 0 {
		clauses = institutionClause(w.text, toks, p, pa.gp) // placeinstitution.go
	}
	return slices.DeleteFunc(clauses, holdsInnerClause) // placerelative.go
}

// placeChainStart is the preposition opening the chain of places that
// ends with the place whose preposition is toks[p]: the chain belongs to
// the verb before its first member. "the Celtic Manor resort, near
// Newport, in Wales" is joined by commas; a named venue before its city
// needs none ("held the meeting at Shilla Hotel in Seoul": the meeting
// was held in Seoul, and the question leaves the hotel out).
func placeChainStart(text string, toks []token, p int) int {
	q := p
	for {
		if q >= 2 && toks[q-1].text == "," {
			k := q - 2
			for k > 0 && toks[k].text != "," && !placePreps[toks[k].lower()] && (toks[k].cap() || toks[k].is("the") || venueHeads[toks[k].text]) {
				k--
			}
			if placePreps[toks[k].lower()] {
				q = k
				continue
			}
		}
		if k := venueBefore(text, toks, q); k >= 0 {
			q = k
			continue
		}
		return q
	}
}

// venueBefore is the index of "at" or "in" opening a named venue that
// ends right before toks[q], "in" ("at Shilla Hotel in Seoul"), or -1.
func venueBefore(text string, toks []token, q int) int {
	if !toks[q].is("in") {
		return -1
	}
	for k := q - 1; k >= 1 && k >= q-8 && !toks[k].punct; k-- {
		if toks[k].is("at", "in") || departs(toks, k) {
			if v, ok := placeAt(text, toks, k+1, nil); ok && v.end == q && v.kind == "venue" {
				return k
			}
			return -1
		}
	}
	return -1
}

// basedQuestion asks where a company or a team named after its base is
// based: "Stockholm-based Elekta" gives "In which city is Elekta
// based, according to the article?", answered by the place, with other places of its kind as the
// wrong choices.
func (w *writer) basedQuestion(fi int) bool {
	f := w.facts[fi]
	toks := w.sents[f.sent].toks
	k := slices.IndexFunc(toks, func(t token) bool { return t.start == f.Start })
	if k < 0 || w.sents[f.sent].headline || quoted(w.text, toks, k) {
		return false
	}
	name := basedName(toks, k+1)
	gp := places().lookupKind(f.Place, f.PlaceKind)
	if name == "" || gp == nil || containsWords(name, f.Place) {
		return false
	}
	wrong := w.placeChoices(fi, gp)
	if len(wrong) < 3 {
		return false
	}
	// "according to the article": a company may move its base since.
	prompt := placeNoun(f.PlaceKind, f.Place, gp) + "is " + name + " based, according to the article?"
	if w.namesOtherFact(prompt, f) {
		return false
	}
	q := quiz.Question{Type: quiz.Single, Prompt: prompt, Choices: choices(f.Place, wrong, nil),
		Explanation: "The article calls " + name + " " + f.Place + "-based."}
	return w.add(fi, q, f.Place, wrong, "where-based-"+slug(f.Place))
}

// namesCountry reports whether a clause names a country by another name
// or its people: "In which country did Team GB arrive back?" answers
// itself.
func namesCountry(clause, country string) bool {
	for _, x := range strings.Fields(clause) {
		x = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(x, ".,;:"), "’s"), "'s")
		if n, ok := nationalities[x]; ok {
			x = n
		}
		if p := places().lookup(x); p != nil && p.kind == "country" && p.country == country {
			return true
		}
	}
	return false
}

// whereLeftToPlace drops the place from a "When" question whose clause
// ends with it when a "where" question asks that place: "When was the
// treaty signed in Moscow?" would answer "In which city was the treaty
// signed?", and "When was the treaty signed?" lets both be asked.
func (w *writer) whereLeftToPlace() {
	var asked []Fact
	for _, c := range w.offered {
		if c.q.Fact == string(Place) && !c.copy { // a statement asks no "where"
			asked = append(asked, w.facts[c.item.Fact])
		}
	}
	for i := range w.offered {
		q := &w.offered[i].q
		if q.Fact != string(Date) || !strings.HasPrefix(q.Prompt, "When ") {
			continue
		}
		for _, p := range asked {
			if p.sent != w.facts[w.offered[i].item.Fact].sent {
				continue
			}
			for _, prep := range []string{" in ", " at ", " to "} {
				// "When did Reyes appear?" says too little: the court stays
				// (magistratescourt.go), and the two questions clash.
				if cut, ok := strings.CutSuffix(q.Prompt, prep+p.Text+"?"); ok && wordCount(cut) > 3 && !strings.HasSuffix(cut, " appear") {
					q.Prompt = cut + "?"
				}
			}
		}
	}
}

// namesOtherFact reports whether a prompt holds a date or count of the
// fact's sentence: that question is left to them.
func (w *writer) namesOtherFact(prompt string, f Fact) bool {
	for gi := range w.facts {
		g := &w.facts[gi] // by pointer: a Fact is large
		// eventDistance: eventdistance.go
		if g.sent == f.sent && (g.Kind == Date || g.Kind == Count && !eventDistance(*g)) && containsWords(prompt, g.Text) {
			return true
		}
	}
	return false
}

// placeName is the name of a place fact without the country or region
// written after it: "Huntsville" for "Huntsville, Alabama".
func placeName(f Fact) string {
	name, _, _ := strings.Cut(f.Place, ", ")
	return name
}

// placeChoices chooses three wrong places of the answer's kind.
// sentenceOfEvent reports whether sentence si tells of the event of fact
// fi (two content words shared): "a man was killed when a tree fell" in
// North Carolina is the same kind of event as "falling trees killed a man"
// in Florida, so North Carolina would also answer "In which state did
// falling trees kill a man?".
func (w *writer) sentenceOfEvent(si, fi int) bool {
	if w.sentWords == nil {
		w.sentWords = make([][]string, len(w.sents))
	}
	if w.sentWords[si] == nil {
		s := w.sents[si]
		w.sentWords[si] = append(contentWords(w.text[s.start:s.end]), "")
	}
	shared := 0
	for _, x := range w.sentWords[si] {
		for _, y := range w.eventWords(fi) {
			if x == y {
				shared++
				break
			}
		}
	}
	return shared >= 2
}

// venueKinds gives the kind of a venue from the last word of its name, so
// that a cathedral is offered among churches; a name ending otherwise
// ("Ford's Theatre", "Appomattox Court House") is asked only if the
// gazetteer lists it.
var venueKinds = pairsOf(`Palace=palace|Castle=palace|Cathedral=church|Abbey=church|Church=church|church=church|Minster=church|
Basilica=church|Chapel=church|Stadium=stadium|Arena=stadium|Cosmodrome=space|Observatory=observatory|Museum=museum|Square=square|Parade=square`)

// venueKind is the kind of a venue's name, or "".
func venueKind(name string) string {
	if v := places().lookupKind(name, "venue"); v != nil {
		return v.region
	}
	// "Wakefield Crown Court" is one of England's crown courts, listed
	// or not.
	if strings.HasSuffix(name, " Crown Court") {
		return "court"
	}
	if magistratesCourt(name) {
		return "magistrates" // magistratescourt.go
	}
	return venueKinds[name[strings.LastIndexByte(name, ' ')+1:]]
}

// venuePlace places venue fact fi for its wrong choices: as the gazetteer
// lists it, or by its kind and the country of the sentence's (else the
// article's) first known place. Nil when either is unknown.
func (w *writer) venuePlace(fi int, name string) *gazPlace {
	g := places()
	if v := g.lookupKind(name, "venue"); v != nil {
		return v
	}
	kind := venueKind(name)
	if kind == "" {
		return nil
	}
	if kind == "court" {
		return &gazPlace{name: name, kind: "venue", country: "United Kingdom", region: kind, continent: "Europe"} // crown courts are British
	}
	if kind == "magistrates" {
		return w.magistratesPlace(name)
	}
	f := w.facts[fi]
	for _, sameSentence := range []bool{true, false} {
		for _, h := range w.facts {
			if h.Kind == Place && h.PlaceKind != "venue" && (h.sent == f.sent) == sameSentence {
				if c := g.lookup(placeName(h)); c != nil && c.continent != "World" {
					return &gazPlace{name: name, kind: "venue", country: c.country, region: kind, continent: c.continent}
				}
			}
		}
	}
	return nil
}

func (w *writer) placeChoices(fi int, gp *gazPlace) []string {
	f := w.facts[fi]
	g := places()
	var out []string
	seen := map[string]bool{strings.ToLower(placeName(f)): true, strings.ToLower(f.Text): true}
	picked := map[string]bool{} // gazetteer names of the choices
	if gp != nil {
		seen[strings.ToLower(gp.name)] = true
		picked[gp.name] = true
	}
	// The dateline's place ("JAKARTA, Indonesia (AP) —") is where the
	// story was filed: as a wrong choice it may well be right.
	for _, s := range w.sents {
		for i := 0; s.furniture && i < len(s.toks) && s.toks[i].isWord(); i++ {
			word := s.toks[i].text
			if c := g.lookup(word[:1] + strings.ToLower(word[1:])); c != nil {
				picked[c.name] = true
			}
		}
	}
	// Places of the answer's own sentence are part of its location.
	for _, h := range w.facts {
		if h.Kind == Place && h.sent == f.sent {
			seen[strings.ToLower(placeName(h))] = true
		}
	}
	try := func(name string) {
		if len(out) >= 3 || seen[strings.ToLower(name)] {
			return
		}
		c := g.lookup(name)
		if c == nil {
			c = g.lookupKind(strings.TrimPrefix(name, "the "), "venue")
		}
		if gp != nil && c != nil && (c == gp || g.within(c, gp) || g.within(gp, c) || c.name == gp.name) {
			return
		}
		// "Delhi" beside "New Delhi": one name inside another is near
		// enough to be the same place.
		for _, x := range append(out, placeName(f)) {
			if containsWords(strings.TrimPrefix(name, "the "), strings.TrimPrefix(x, "the ")) || containsWords(strings.TrimPrefix(x, "the "), strings.TrimPrefix(name, "the ")) {
				return
			}
		}
		// One place spelled two ways ("U.S." and "United States") is one
		// choice.
		if c != nil {
			if picked[c.name] {
				return
			}
			picked[c.name] = true
		}
		seen[strings.ToLower(name)] = true
		out = append(out, name)
	}
	for hi, h := range w.facts {
		if h.Kind == Place && h.PlaceKind == f.PlaceKind && h.sent != f.sent && !w.sameEvent(hi, fi) && !w.sentenceOfEvent(h.sent, fi) {
			hp := g.lookup(placeName(h))
			if f.PlaceKind != "venue" && hp == nil || f.PlaceKind == "venue" && venueKind(placeName(h)) != gp.region {
				continue // an unknown name may be something else; a venue of another kind
			}
			// Regions of one family: oceans with seas, states with states.
			if f.PlaceKind == "region" && gp != nil && hp.region != gp.region && hp.country != gp.country {
				continue
			}
			name := placeName(h)
			if f.PlaceKind == "venue" && strings.HasPrefix(strings.ToLower(h.Text), "the ") {
				name = "the " + name
			}
			try(name)
		}
	}
	if gp == nil {
		return out
	}
	if f.PlaceKind == "venue" {
		if gp.region == "magistrates" {
			for _, n := range magistratesChoices(placeName(f)) {
				try(n)
			}
			return out
		}
		// Venues of the kind in its country, then on its continent.
		for _, near := range []bool{true, false} {
			for _, c := range g.all {
				if c.kind == "venue" && c.region == gp.region && (c.country == gp.country || !near && c.continent == gp.continent) {
					try(c.name)
				}
			}
		}
		return out
	}
	// Nearby places of the same kind: other cities of the country, then
	// the capitals or countries of the region, then of the continent.
	pick := func(ok func(c *gazPlace) bool) {
		for _, c := range g.all {
			if c.kind == gp.kind && c.parent != "" == (gp.parent != "") && ok(c) {
				try(c.name)
			}
		}
	}
	if gp.kind == "city" {
		pick(func(c *gazPlace) bool { return c.parent == gp.parent && c.parent != gp.country && len(out) < 2 })
		pick(func(c *gazPlace) bool { return c.country == gp.country && len(out) < 2 })
		pick(func(c *gazPlace) bool { return c.capital && c.region == gp.region })
		pick(func(c *gazPlace) bool { return c.capital && c.continent == gp.continent })
	} else {
		pick(func(c *gazPlace) bool { return c.region == gp.region })
		pick(func(c *gazPlace) bool { return c.continent == gp.continent })
	}
	return out
}
