package generate

import (
	"slices"
	"strings"
	"unicode"

	"factquiz/quiz"
)

// orgWords end (or head) the name of an organisation: "the Royal College of
// Nursing", "the Southern Liberation Front", "the World Bank".
var orgWords = setOf(`Trust|Survey|Laboratory|Laboratories|Academy|Institution|Centre|Center|Council|Commission|Bank|Organization|Organisation|Agency|Ministry|Party|Front|Fund|Union|
Alliance|Corporation|Company|Committee|Federation|Association|Institute|Authority|Service|
Department|Office|Assembly|Parliament|Congress|Senate|Court|Tribunal|League|Movement|Foundation|
Group|Inc|Corp|Ltd|Airlines|Motors|Club|College|University|Society|Board|Bureau|Army|Forces|Force|
Cross|Crescent|Democrats|Republicans|Conservatives|Programme|Program|Secretariat|Coalition|
Enterprises|Holdings|Systems|Technologies|Partners|Police|Centres|Centers|Administration|Greens|
Labour|FC`)

// Organisations known by a name without an organisation word, and the
// short forms news uses.
var knownOrgs = pairsOf(`United Nations|UN=United Nations|U.N.=United Nations|European Union|EU=European Union|NATO|
Nato=NATO|African Union|Arab League|ASEAN|Asean=ASEAN|OSCE|IMF|World Bank|WHO|Red Cross|
Interpol|Hamas|Hezbollah|Taliban|Kremlin|Pentagon|NASA|ESA|FIFA|UEFA|IOC|IAEA|OPEC|G7|G20|
ECOWAS|Mercosur|UNICEF|UNESCO|Greenpeace|Amnesty International|Human Rights Watch|
European Commission|European Council|Security Council`)

// Intergovernmental bodies: wrong choices for an answer of the same sort
// when the article names too few organisations.
var bodies = []string{"United Nations", "European Union", "NATO", "African Union", "OSCE", "Arab League", "World Bank", "IMF"}

// Adverbs that may stand between a subject and its verb: "Sweden formally
// joined NATO".
// Those marked false refer to the context ("also praised") and are left
// out of the question.
var verbAdverbs = map[string]bool{
	"also": false, "formally": true, "jointly": true, "later": false, "officially": true, "unanimously": true,
	"eventually": false, "finally": false, "already": false, "again": false, "then": false, "successfully": true,
	"narrowly": true, "quickly": true, "recently": false, "previously": false, "subsequently": false, "initially": true,
	"first": true, "personally": true, "publicly": true, "immediately": false,
}

func isVerbAdverb(t token) bool { _, ok := verbAdverbs[t.lower()]; return ok }

// Words after which an object ends: what follows is another clause.
var objectEnds = setOf(`after|before|while|because|when|following|amid|despite|although|though|until|since|but|where|
which|who|saying|adding|calling|so|whose|whom|if|unless|including`)

// doer is a named subject: a person, a country or an organisation, or a
// list of them.
type doer struct {
	names   []string // the named members, in full ("Vladimir Putin")
	kind    string   // "person", "country", "organisation"
	unnamed bool     // a member is not a name ("the commander of …")
}

func (d doer) name() string {
	switch len(d.names) {
	case 0:
		return ""
	case 1:
		return d.names[0]
	}
	return strings.Join(d.names[:len(d.names)-1], ", ") + " and " + d.names[len(d.names)-1]
}

// actorCtx knows the people of the article, to read a subject.
type actorCtx struct {
	text    string
	leaders []Fact
	surname map[string]string // surname → full name, when unique
	// people are those named in full where the words before say it is a
	// person ("defeated Andrei Pavel", "barrister Andrew Rutter"), in
	// the order of the text: wrong choices for a doer.
	people []string
	roles  map[string]int      // personRole of each name asked (doerroles.go)
	read   map[int]sentClauses // clauses of each sentence read, by the tokens read (clausesmemo.go)
}

func newActorCtx(text string, sents []sentence, facts []Fact) *actorCtx {
	c := &actorCtx{text: text, surname: map[string]string{}}
	addName := func(p string) {
		s := surname(p)
		if old, dup := c.surname[s]; dup && old != p {
			c.surname[s] = ""
		} else {
			c.surname[s] = p
		}
	}
	for _, f := range facts {
		if f.Kind == Leader {
			c.leaders = append(c.leaders, f)
			addName(f.Person)
		}
	}
	seen := map[string]bool{}
	// Untitled people named in full somewhere ("Femke van Dijk of the
	// Netherlands"), for their later surnames.
	for _, s := range sents {
		if s.headline {
			continue
		}
		for i := 0; i < len(s.toks); i++ {
			if !s.toks[i].cap() || i > 0 && s.toks[i-1].cap() {
				continue
			}
			if name, end := personAt(text, s.toks, i); name != "" {
				if _, known := c.surname[surname(name)]; !known {
					addName(name)
				}
				// Capitalised words after "in", "using", a number or at a
				// sentence's start may be a place's or a title's ("in South
				// Shields", "using Seismic Investigations", "If I"): a name
				// is a person's after a role or a deed ("barrister Andrew
				// Rutter", "defeated Andrei Pavel", "79-year-old Billy
				// McCready"), or when its surname comes again.
				again := len(surname(name)) > 2 && wordTimes(text, surname(name)) >= 2
				var prev token
				if i > 0 {
					prev = s.toks[i-1]
				}
				word := i > 0 && !prev.cap() && !prev.punct && !notBeforePerson[prev.lower()] && !strings.ContainsAny(prev.text[:1], "0123456789")
				if !seen[name] && (word && (again || personCue(prev.lower())) || (i == 0 || prev.punct) && again || strings.HasSuffix(prev.text, "-old")) {
					seen[name] = true
					c.people = append(c.people, name)
				}
				i = end - 1
			}
		}
	}
	for _, name := range titledPeople(text, sents) {
		if !seen[name] {
			seen[name] = true
			c.people = append(c.people, name)
		}
	}
	return c
}

// notBeforePerson are words after which capitalised words are seldom a
// person's name.
var notBeforePerson = setOf(`in|at|from|to|near|into|across|of|on|the|a|an|using|via|for|by|under|over|through|about|four|three|two|five|six|seven|eight|nine|ten|several|many`)

// notPersonWords are words of capitalised names that are no person's: a
// sentence's first word ("When Halcrow …"), a storm ("Hurricane
// Hermine"), a newspaper ("Sin Chew Daily"), a shop ("Dollar Tree"), a
// place ("South Shields"), a trophy ("the Claret Jug"), a sentence's
// "Fellow Hollywood stars".
var notPersonWords = setOf(`Former|Late|Outgoing|Acting|Interim|When|If|After|Before|As|But|And|While|Although|Though|Since|Then|Once|Because|Unless|Until|Where|Why|How|What|This|That|These|Those|His|Her|Their|Its|Our|So|Yet|Meanwhile|However|Despite|During|With|Without|From|Under|Among|Against|
North|South|East|West|Northern|Southern|Eastern|Western|Central|Port|Fort|Mount|Upper|Lower|Royal|National|International|Federal|Foods|Stores|Airways|Pharmaceuticals|Media|Networks|Communications|Industries|Mining|Petroleum|Energy|Justices|Judges|Senators|Brands|Briton|Frenchman|Frenchwoman|Englishman|Dutchman|Scotsman|Welshman|Irishman|Hurricane|Typhoon|Cyclone|Storm|Tropical|Daily|Times|Post|News|Herald|Journal|Gazette|Telegraph|Tribune|Dollar|
Fellow|Trophy|Cup|Jug|Medal|Republic|Kingdom|Empire|Emirates`)

// personAt reads a person's name of two words or more at toks[i] (after
// an honorific: "Sir Alan Hext"), and returns it with the index after it.
// Places, organisations, nationalities, months and titles are not names.
func personAt(text string, toks []token, i int) (string, int) {
	for i < len(toks) && honorifics[strings.TrimSuffix(toks[i].text, ".")] {
		i++
		if i < len(toks) && toks[i].text == "." {
			i++
		}
	}
	if i >= len(toks) {
		return "", i
	}
	if t, _ := matchTitle(toks, i, false); t != "" {
		return "", i // "Premier Li Qiang" is a title and a name
	}
	if strings.HasSuffix(toks[i].lower(), "-based") {
		return "", i // "Stockholm-based Elekta" is a company
	}
	end, n := nameAt(toks, i)
	// "Bashar al-Assad": a name may end on a joined particle.
	for end < len(toks) && n > 0 && particleWord(toks[end].text) && strings.Contains(toks[end].text, "-") {
		end++
		n++
	}
	if n < 2 {
		return "", i
	}
	// "Former Ohio governor Thomas Harlow": capitalised words before an
	// office in lower case qualify the office; they name no one.
	if end+1 < len(toks) && !toks[end].cap() && toks[end+1].cap() {
		if t, _ := matchTitle(toks, end, true); t != "" {
			return "", i
		}
	}
	g := places()
	for k := i; k < end; k++ {
		t := toks[k]
		if !t.cap() {
			continue
		}
		w := strings.TrimSuffix(t.text, ".")
		if orgWords[w] || venueWords[w] || regionWords[w] || notPlaces[w] || knownOrgs[w] != "" {
			return "", i
		}
		if _, isNat := nationalities[w]; isNat {
			return "", i
		}
		if _, isMonth := monthIndex[t.lower()]; isMonth || notPersonWords[w] {
			return "", i
		}
	}
	name := spanText(text, toks, i, end)
	if thingName(name) || end-i > 2 && g.lookup(spanText(text, toks, end-2, end)) != nil {
		return "", i // "the Wynne Prize", "Air New Zealand"
	}
	if g.lookup(name) != nil || g.lookup(toks[i].text) != nil || g.lookup(spanText(text, toks, i, i+2)) != nil {
		return "", i
	}
	if toks[end-1].poss {
		name = joinWords(toks[i:end])
	}
	return name, end
}

// doerAt reads toks[a:b] as a named subject.
func (c *actorCtx) doerAt(toks []token, a, b int) (doer, bool) {
	if b <= a {
		return doer{}, false
	}
	if d, ok := c.single(toks, a, b); ok {
		return d, true
	}
	// A list: "Britain, France and Germany", "Russia and Ukraine".
	var out doer
	k := a
	for k < b {
		e := k
		for e < b && toks[e].text != "," && !toks[e].is("and") {
			e++
		}
		if e == k {
			return doer{}, false
		}
		if d, ok := c.single(toks, k, e); ok {
			if out.kind != "" && out.kind != d.kind {
				return doer{}, false
			}
			out.kind = d.kind
			out.names = append(out.names, d.names...)
		} else {
			// Only short "the"/"a" phrases may be unnamed members ("the
			// commander of the Front"), not a clause ("The findings come a
			// year after the US National Oceanic").
			if !toks[k].is("the", "a", "an") || e-k > 8 || e < b && toks[e].text == "," {
				return doer{}, false
			}
			for _, t := range toks[k+1 : e] {
				l := t.lower()
				if t.punct || nounStops[l] && l != "of" && l != "the" || baseVerbs()[l] || pastVerbs[l] != "" {
					return doer{}, false
				}
			}
			out.unnamed = true
		}
		k = e
		if k < b && toks[k].text == "," {
			k++
		}
		if k < b && toks[k].is("and") {
			k++
		}
	}
	if len(out.names) == 0 || len(out.names)+boolInt(out.unnamed) < 2 {
		return doer{}, false
	}
	return out, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// single reads one named subject.
func (c *actorCtx) single(toks []token, a, b int) (doer, bool) {
	// A clause start may be its end: 'A "fixer" who …' starts after the
	// quote, at "who", leaving no subject.
	if b <= a {
		return doer{}, false
	}
	// "Singapore-based Avago Technologies" is named "Avago Technologies",
	// and only a company or a body is said to be based somewhere.
	// ("Paris-based artist Ann Ode" is a person, read below).
	if b-a >= 2 && b-a <= 4 && strings.HasSuffix(toks[a].lower(), "-based") &&
		!slices.ContainsFunc(toks[a+1:b], func(t token) bool { return !t.cap() || t.poss || t.punct }) {
		return doer{names: []string{spanText(c.text, toks, a+1, b)}, kind: "organisation"}, true
	}
	// A leader as the article first names them.
	for _, f := range c.leaders {
		if f.Start == toks[a].start && (f.End == toks[b-1].end) {
			return doer{names: []string{f.Person}, kind: "person"}, true
		}
	}
	if toks[b-1].poss {
		return doer{}, false
	}
	// A person after a description: "the Soviet cosmonaut Yuri Gagarin",
	// "Kenya’s Mercy Chebet", "Castlebridge Rovers’ Daniel Okoro".
	if toks[a].is("the", "a") || toks[a].cap() {
		// A rank's dot is no break: "Air Force Maj. Gen. Samuel Hale".
		dot := func(k int) bool { return toks[k].text == "." && k > 0 && abbreviations[toks[k-1].lower()] }
		for k := a + 1; k < b-1 && k <= a+7; k++ {
			if toks[k].punct && !dot(k) || toks[k-1].punct && !dot(k-1) || toks[k-1].is("and", "or", "with", "of", "by") || prepositions[toks[k-1].lower()] {
				break
			}
			if titleAfterThe(toks, a, k) {
				continue
			}
			if p, e := personAt(c.text, toks, k); p != "" && (e == b || e+1 < b && toks[e].is("of") && places().lookupKind(spanText(c.text, toks, e+1, b), "country") != nil) {
				return doer{names: []string{p}, kind: "person"}, true
			}
			// "Spain's Real Madrid": a club, described like a person.
			if club := spanText(c.text, toks, k, b); toks[k-1].poss && clubName(club) {
				return doer{names: []string{club}, kind: "organisation"}, true
			}
		}
	}
	for _, t := range toks[a:b] {
		if t.poss && t.end != toks[b-1].end || t.punct && t.text != "." {
			return doer{}, false
		}
	}
	name := spanText(c.text, toks, a, b)
	for _, f := range c.leaders {
		if f.Person == name {
			return doer{names: []string{f.Person}, kind: "person"}, true
		}
	}
	// An untitled person named in full: "Femke van Dijk".
	if p, e := personAt(c.text, toks, a); p != "" && e == b {
		return doer{names: []string{p}, kind: "person"}, true
	}
	// "Tarik Bailey of Jamaica": a person and where they come from.
	for k := a + 2; k+1 < b; k++ {
		if toks[k].is("of") {
			if p, e := personAt(c.text, toks, a); p != "" && e == k {
				if _, ok := c.single(toks, k+1, b); ok || places().lookup(spanText(c.text, toks, k+1, b)) != nil {
					return doer{names: []string{p}, kind: "person"}, true
				}
			}
			break
		}
	}
	// A bare surname ("Restrepo"), or "Mr Restrepo".
	s := b - 1
	if b-a == 1 || b-a == 2 && toks[a].is("Mr", "Mrs", "Ms", "Dr", "Judge", "Justice", "Senator", "Sen", "Governor", "Gov", "Professor", "Prof") || b-a == 3 && toks[a].is("Mr", "Mrs", "Ms", "Dr") && toks[a+1].text == "." {
		if p := c.surname[toks[s].text]; p != "" {
			return doer{names: []string{p}, kind: "person"}, true
		}
	}
	// "Mayor Taylor", "Chief Executive Regan": an office and a surname
	// the article names in full elsewhere.
	if t, e := matchTitle(toks, a, false); t != "" && e == b-1 && b-a >= 2 && toks[s].cap() {
		if p := c.surname[toks[s].text]; p != "" {
			return doer{names: []string{p}, kind: "person"}, true
		}
	}
	the := toks[a].is("the")
	if the {
		a++
		if a >= b {
			return doer{}, false
		}
	}
	// The name without "the" nor a company's closing dot (companydot.go).
	last := lastNameWord(toks[a:b])
	name = c.text[toks[a].start:last.end]
	if !toks[a].cap() || !last.cap() && !strings.ContainsAny(last.text, "0123456789") {
		return doer{}, false
	}
	if p := places().lookupKind(name, "country"); p != nil && p.parent == "" {
		return doer{names: []string{name}, kind: "country"}, true
	}
	if o, ok := knownOrgs[name]; ok {
		_ = o
		return doer{names: []string{name}, kind: "organisation"}, true
	}
	if orgName(toks[a:b]) || clubName(name) {
		return doer{names: []string{name}, kind: "organisation"}, true
	}
	return doer{}, false
}

// samePerson reports two names of one person: the same surname, and the
// first name of one among the given names of the other ("Hiram Ulysses
// Grant", "Ulysses Simpson Grant"). Brothers named after their father
// ("Mohamed bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan") share
// only the later names.
func samePerson(a, b string) bool {
	var ba, bb [8]string
	wa, wb := appendFields(ba[:0], a), appendFields(bb[:0], b)
	if len(wa) < 2 || len(wb) < 2 || !strings.EqualFold(wa[len(wa)-1], wb[len(wb)-1]) {
		return false
	}
	among := func(first string, given []string) bool {
		return slices.ContainsFunc(given, func(g string) bool { return strings.EqualFold(g, first) })
	}
	return among(wa[0], wb[:len(wb)-1]) || among(wb[0], wa[:len(wa)-1])
}

// orgName reports whether capitalised words name an organisation: they
// hold an organisation word ("the Royal College of Nursing") or are an
// acronym that is not a country's.
func orgName(ts []token) bool {
	for _, t := range ts {
		if isTitleWord(t) {
			return false // "Labour Party of Prime Minister Chris Hipkins"
		}
	}
	hasOrg := false
	for i, t := range ts {
		if t.cap() {
			if orgWords[strings.TrimSuffix(t.text, ".")] {
				hasOrg = true
			}
			continue
		}
		if i > 0 && t.is("of", "for", "and", "on", "in") && i+1 < len(ts) && ts[i+1].cap() {
			continue
		}
		if t.text == "." && i > 0 {
			continue
		}
		return false
	}
	// Several words name an organisation by their last word ("the Royal
	// College of Nursing") or their first before "of"/"for" ("Organization
	// for Security and Cooperation in Europe").
	if last := lastNameWord(ts).text; len(ts) > 1 && !orgWords[strings.TrimSuffix(last, ".")] && !companyAbbrevs[last] { // companydot.go
		// "the Royal College of Nursing": an organisation word before "of".
		of := false
		for i := 0; i+1 < len(ts); i++ {
			of = of || orgWords[ts[i].text] && ts[i+1].is("of", "for")
		}
		if !of {
			return false
		}
	}
	if len(ts) == 1 {
		w := ts[0].text
		if len(w) >= 3 && strings.ToUpper(w) == w && places().lookup(w) == nil {
			if _, isNat := nationalities[w]; !isNat {
				return true
			}
		}
	}
	return hasOrg
}

// actorClause is a found "doer did something" clause.
type actorClause struct {
	subjA, subjB int    // subject tokens
	d            doer   //
	verb         string // the verb as written, for a passive its simple past
	object       string // the object as written, for a passive the subject
	// spanStart and spanEnd are the byte offsets of the whole clause, from
	// the doer (or a passive's subject) to the end of the action.
	spanStart, spanEnd int
}

// findActors finds who did what: a named person, country or organisation
// as the subject of a known verb with its object, in a simple clause
// ("Russia mediated the talks in Pretoria"), or after "by" in a passive
// ("The agreement was announced by …").
func findActors(c *actorCtx, sents []sentence, facts []Fact) []Fact {
	text := c.text
	var out []Fact
	for si, s := range sents {
		if s.headline || byline(s.toks) {
			continue
		}
		dateTok := datesOf(facts, si, s.toks)
		for _, ac := range c.clausesOf(si, s.toks, dateTok) { // clausesmemo.go
			// The fact is the whole clause, "Russia mediated the talks in
			// Pretoria"; the doer as written is DoerText.
			start, end := ac.spanStart, ac.spanEnd
			if end <= start {
				end = s.toks[ac.subjB-1].end
			}
			f := Fact{Kind: Actor, Text: text[start:end], Start: start, End: end,
				Sentence: text[s.start:s.end], SentenceStart: s.start, sent: si,
				Doer: ac.d.name(), DoerKind: ac.d.kind, Action: strings.TrimSpace(ac.verb + " " + ac.object)}
			if written := text[s.toks[ac.subjA].start:s.toks[ac.subjB-1].end]; len(ac.d.names) > 1 && !ac.d.unnamed &&
				strings.ReplaceAll(strings.ReplaceAll(written, "the ", ""), "The ", "") == ac.d.name() {
				// A list as written: "Britain, the United States and the
				// Soviet Union"; not with what its members' names leave out
				// ("Cairess’ British team-mates Phil Sesemann and …").
				f.Doer = written
			}
			f.Event = f.Action
			out = append(out, f)
		}
	}
	return out
}

// datesOf marks the tokens of the date facts of sentence si.
func datesOf(facts []Fact, si int, toks []token) []bool {
	m := make([]bool, len(toks))
	for _, f := range facts {
		if f.Kind != Date || f.sent != si {
			continue
		}
		for i, t := range toks {
			if t.start >= f.Start && t.end <= f.End {
				m[i] = true
			}
		}
	}
	return m
}

// clauses finds the actor clauses of one sentence.
func (c *actorCtx) clauses(toks []token, dateTok []bool) []actorClause {
	var out []actorClause
	for v := 1; v < len(toks); v++ {
		t := toks[v]
		if t.cap() || t.punct || inQuote(toks, v) {
			continue
		}
		prev := toks[v-1]
		// Passive with "by": "The deal was brokered by Qatar".
		if t.is("was", "were") {
			if ac, ok := c.passive(toks, v, dateTok); ok {
				out = append(out, ac)
			}
			continue
		}
		// "will set out the plan": a future action, asked as "Who will set
		// out the plan?".
		future := prev.is("will") && baseVerbs()[t.lower()] && v >= 2
		vt, vs := v, v // the verb, and where its verb group starts
		// "has announced", "has also regained": the news of the day, asked
		// in the simple past ("Who announced …?"). Not after "have" (a
		// list or a plural, never one doer to ask about) nor "had" (the
		// backstory of a clause: "Roosevelt, who had died in April").

		perfect := v
		for perfect > 1 && isVerbAdverb(toks[perfect-1]) {
			perfect--
		}
		if future {
			vs = v - 1
		} else if pastVerbs[t.lower()] == "" || speechVerbs[t.lower()] || thinkVerbs[t.lower()] || prev.is("to", "did", "not", "never", "been", "be") {
			continue
		} else if toks[perfect-1].is("has") && perfect >= 2 && !stateVerbs[t.lower()] {
			vs = perfect - 1
		} else if auxiliaries[prev.lower()] {
			continue
		}
		// Adverbs before the verb belong to the action.
		sv := vs
		for sv > 0 && isVerbAdverb(toks[sv-1]) {
			sv--
		}
		var verb []string
		for _, t := range toks[sv:vs] {
			if verbAdverbs[t.lower()] {
				verb = append(verb, t.text)
			}
		}
		cs := clauseStart(toks, sv)
		if k := nameAsideOpen(toks, sv); k > 0 && cs > k {
			cs = clauseStart(toks, k) // "Brittney Reese (USA) claimed"
		}
		// A dateline ends at its dash: "JEFFERSON CITY, Mo. — Gov. …".
		for k := sv - 1; k > cs; k-- {
			if toks[k].punct && (toks[k].text == "—" || toks[k].text == "–" || toks[k].text == "-") {
				cs = k + 1
				break
			}
		}
		sub := afterConjunction(toks, cs, sv)
		subordinate := sub != cs
		cs = afterClauseAnd(toks, sub, sv)
		a, b := afterOpeningDate(toks, cs, sv, dateTok), sv
		// "Hipkins, who replaced Jacinda Ardern …": the doer is before
		// "who", or before a description: "Ursula von der Leyen, the
		// Commission president, who proposed …", "Angela M. Ruiz, a Democrat
		// from Kansas City who sponsored the bill".
		rel := false
		if w := sv - 1; w > a && toks[w].is("who") || w == a && toks[w].is("who") {
			rel = true
			a, b = -1, -1
			e := w
			if w > 0 && toks[w-1].text == "," {
				e = w - 1
			}
			for tries := 0; tries < 2 && e > 0; tries++ {
				ps := clauseStart(toks, e)
				if ps >= e {
					break
				}
				if _, ok := c.single(toks, ps, e); ok {
					a, b = ps, e
					break
				}
				if !toks[ps].is("a", "an", "the") && toks[ps].cap() || ps < 2 || toks[ps-1].text != "," {
					break
				}
				e = ps - 1
			}
			// "… paid tribute to Murray, who broke down": the name just
			// before the comma, not a phrase that ends on it ("the coach of
			// Murray").
			for k := e - 1; a < 0 && k >= 1 && k >= e-4; k-- {
				if d, ok := c.single(toks, k, e); ok && d.kind == "person" && toks[k].cap() && !toks[k-1].cap() && !toks[k-1].is("of") && !toks[k-1].punct {
					a, b = k, e
				}
			}
			if a < 0 {
				continue
			}
		}
		// "Li and Scholz met the press and witnessed the signing": a
		// second verb shares the subject of the first.
		if !rel && sv-1 > a && toks[sv-1].is("and") {
			e, ok := firstVerbSubjectEnd(toks, a, sv-1, dateTok)
			if !ok {
				continue
			}
			b = e
		}
		if a == b {
			// "Erdogan, who had delayed …, lifted": skip the appositive.
			if a < 3 || toks[a-1].text != "," {
				continue
			}
			k := a - 2
			for k > 0 && toks[k].text != "," && !isOpener(toks[k]) && !isCloser(toks[k]) {
				k--
			}
			if k <= 0 || toks[k].text != "," {
				continue
			}
			if _, ok := c.doerAt(toks, clauseStart(toks, k), a-1); ok {
				// "The Health Secretary, Daniel Ashworth, will …"
				b = a - 1
				a = clauseStart(toks, k)
			} else if _, ok := c.doerAt(toks, k+1, a-1); ok && toks[k+1].cap() && simpleNP(toks[clauseStart(toks, k):k]) {
				b = a - 1
				a = k + 1
			} else if toks[k+1].is("who", "whose", "which", "a", "an", "the", "his", "her", "its", "their") || !toks[k+1].cap() {
				b = k
				a = clauseStart(toks, b)
			} else {
				continue
			}
		}
		b = timeTail(toks, a, b, dateTok)
		aside := false
		if k := nameAsideOpen(toks, b); k > a {
			b, aside = k, true // the name before its aside
		}
		if a >= b || a > 0 && toks[a-1].is("that") {
			continue
		}
		d, ok := c.doerAt(toks, a, b)
		// A body's aside is its acronym ("the State Electoral Commission
		// (PKW) announced on Monday …"), seldom before a plain deed.
		if !ok || aside && d.kind != "person" {
			continue
		}
		// The clause start cut a list: "Saudi Arabia, the UAE, Bahrain and
		// Egypt" begins before the last comma. Go back over its members; a
		// list that began inside a longer phrase ("The leaders of Russia,
		// Ukraine …") has no clear doer.
		if len(d.names) > 1 || d.unnamed {
			for a >= 2 && toks[a-1].text == "," {
				ps := clauseStart(toks, a-1)
				if e, ok := c.single(toks, ps, a-1); ok && e.kind == d.kind {
					d.names = append(e.names, d.names...)
					a = ps
					continue
				}
				if toks[a-2].cap() {
					ok = false
				}
				break
			}
			if !ok {
				continue
			}
		}
		k := vt + 1
		if k < len(toks) && particles[toks[k].lower()] {
			k++
		}
		// "The plan, backed by £320m …": a participle, not a deed.
		if !future && k < len(toks) && (toks[k].is("by") || placeParticiple(toks, vt)) {
			continue
		}
		obj, objEnd, ok := objectAt(toks, k, dateTok, rel)
		if !ok || vs < vt && !future && sinceAfter(toks, objEnd) {
			continue
		}
		// "…, while Bishop Stone oversaw his coronation": in a clause
		// after a conjunction, "his" or "her" is often the main clause's
		// person, and the question would give it to the doer.
		if subordinate && (containsWords(obj, "his") || containsWords(obj, "her")) {
			continue
		}
		// "X began at 3pm with the anthem": a verb of an event's course
		// with no object says what an event did, and its subject is a
		// place or an event ("the ceremony at the hall"), not a doer.
		if courseVerbs[t.lower()] && (obj == "" || k < len(toks) && (prepositions[toks[k].lower()] || toks[k].time)) {
			continue
		}
		verb = append(verb, joinTokens(toks[vt:k]))
		if future {
			verb = append([]string{"will"}, verb...)
		}
		out = append(out, actorClause{subjA: a, subjB: b, d: d, verb: strings.Join(verb, " "), object: obj,
			spanStart: toks[a].start, spanEnd: objEnd})
		v = k - 1
	}
	return out
}

// nameAsideOpen is the index of the "(" of a short aside in brackets
// that closes right before toks[b] after a name, as results and politics
// write a country, a party or an age: "Brittney Reese (USA) claimed …",
// "Ted Cruz (R-Texas) said …"; or -1.
func nameAsideOpen(toks []token, b int) int {
	if b < 4 || toks[b-1].text != ")" {
		return -1
	}
	for k := b - 2; k >= 1 && k >= b-5; k-- {
		switch {
		case toks[k].text == "(":
			if k == b-2 || !toks[k-1].cap() {
				return -1
			}
			return k
		case !toks[k].isWord() && toks[k].text != "-":
			return -1
		}
	}
	return -1
}

// Verbs of speech: what was said is a quotation's business, and "Who
// told reporters?" asks nothing.
var speechVerbs = setOf(`told|added|noted|stated|explained|insisted|argued|warned|asked|replied|said|says|recalled|stressed`)

// Verbs of a state that lasts: "has lived with diabetes since she was
// four" still holds, and "Who lived …?" would end it.
var stateVerbs = setOf(`lived|faced|served|remained|stayed|worked|suffered|owned|maintained|struggled|experienced|endured|held|kept|led`)

// Verbs of an event's course, said of a ceremony or a meeting when no
// object follows.
var courseVerbs = setOf(`began|started|ended|opened|closed|finished|concluded|resumed|lasted|continued|commenced|kicked`)

// Verbs that make a whole clause without an object: "Churchill resigned".
// (Not "died": "Who died?" could name anyone the article mourns.)
var intransitive = setOf(`resigned|retired|abdicated|surrendered|conceded|withdrew|collapsed`)

var weekdays = setOf(`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`)

// simpleNP reports whether words are one noun phrase that a name between
// commas can stand for: "The Health Secretary", not "Whitmore and his
// counterpart".
func simpleNP(ts []token) bool {
	if len(ts) == 0 || len(ts) > 6 {
		return false
	}
	for _, t := range ts {
		if t.is("and", "or", "with") || t.punct {
			return false
		}
	}
	return true
}

// sinceAfter reports "since" right after the object ending at byte end:
// "has played for the club since 2019" still goes on.
func sinceAfter(toks []token, end int) bool {
	for i, t := range toks {
		if t.start >= end {
			return t.is("since") || t.is("for") && i+2 < len(toks) && toks[i+2].is("years", "months", "weeks", "decades")
		}
	}
	return false
}

// clauseConjunctions open an adverbial clause of their own inside a
// sentence.
var clauseConjunctions = setOf(`after|before|when|while|whilst|until|because|although|though|whereas|once`)

// afterConjunction is where the clause of the verb at toks[v] begins when
// a subordinating conjunction opens it: "…, a day after the Senate
// approved it", "while Michael Collins remained in lunar orbit".
func afterConjunction(toks []token, cs, v int) int {
	for k := v - 2; k >= cs; k-- {
		if clauseConjunctions[toks[k].lower()] || howClause(toks, k) {
			return k + 1
		}
	}
	return cs
}

// afterClauseAnd is where the clause of the verb at toks[v] begins when
// "and" joins it to a whole clause before: "Kerr crossed for the second
// try and Jonny Vane kicked two conversions" gives "Jonny Vane". Only a
// name between "and" and the verb, after a clause with a verb of its own:
// "Li and Scholz met …" is one subject.
func afterClauseAnd(toks []token, cs, v int) int {
	for k := v - 2; k > cs; k-- {
		if !toks[k].is("and") {
			if !toks[k].cap() {
				return cs
			}
			continue
		}
		for j := cs + 1; j < k; j++ {
			if pastVerbs[toks[j].lower()] != "" && !toks[j].cap() && !auxiliaries[toks[j-1].lower()] {
				return k + 1
			}
		}
		return cs
	}
	return cs
}

// firstVerbSubjectEnd is where the subject before the first verb of a
// clause ends, for a second verb after "and" at toks[and]: "Li and Scholz
// met the press and witnessed …" gives "Li and Scholz". Not when the
// first verb is a passive's or a perfect's ("was forced out and replaced
// by …"), which its subject did not do.
func firstVerbSubjectEnd(toks []token, a, and int, dateTok []bool) (int, bool) {
	for k := a + 1; k < and; k++ {
		t := toks[k]
		if t.punct || auxiliaries[t.lower()] {
			return 0, false
		}
		if pastVerbs[t.lower()] == "" || t.cap() {
			continue
		}
		e := k
		for e > a && isVerbAdverb(toks[e-1]) {
			e--
		}
		return timeTail(toks, a, e, dateTok), true
	}
	return 0, false
}

// afterOpeningDate is where a subject begins after the date that opens
// its clause without a comma: "On 2 May 1989 Hungary began …", "In July
// 1995 Bosnian Serb forces killed …". A date that is the subject itself
// ("2 May 1989 was …") has no preposition and stays.
func afterOpeningDate(toks []token, a, b int, dateTok []bool) int {
	if a+2 >= b || !toks[a].is("on", "in") || !dateTok[a+1] && !weekdays[toks[a+1].text] {
		return a
	}
	k := a + 1
	for k < b && (dateTok[k] || weekdays[toks[k].text]) {
		k++
	}
	return k
}

// timeTail is where a subject ends before the time said between it and
// its verb: "NASA on Saturday launched", "The council yesterday endorsed",
// "Cameron last month announced".
func timeTail(toks []token, a, b int, dateTok []bool) int {
	for b-1 > a {
		t := toks[b-1]
		switch {
		case t.is("yesterday", "today", "tonight", "earlier"):
			b--
		case dateTok[b-1] || weekdays[t.text]:
			for b-1 > a && (dateTok[b-1] || weekdays[toks[b-1].text]) {
				b--
			}
			if toks[b-1].is("on", "in") {
				b--
			}
		case b-2 > a && t.is("week", "month", "year", "weekend", "morning", "afternoon", "evening", "night") &&
			(toks[b-2].is("last", "this") || weekdays[toks[b-2].text]):
			b -= 2 // "last week"; "Sunday morning" leaves the weekday to the next turn
			if weekdays[toks[b].text] {
				b++
			}
		default:
			return b
		}
	}
	return b
}

// objectAt reads the object of a verb from toks[k]: up to the end of the
// clause, a second verb or a subordinate clause, dates left out.
func objectAt(toks []token, k int, dateTok []bool, rel bool) (string, int, bool) {
	end := k
	for end < len(toks) {
		t := toks[end]
		// Money's sign is part of the object: "confirmed an extra £600
		// million", not "confirmed an extra".
		// "ordered Mr. James to pay": a title's dot is no end; "in
		// Democratic Republic of Congo (DRC) following …": nor an
		// acronym's brackets, left out below.
		if t.text == "." && end > k && abbreviations[toks[end-1].lower()] {
			end++
			continue
		}
		if n := acronymAside(toks, end); n > 0 {
			end += n
			continue
		}
		if participleByAt(toks, k, end) {
			break // deedparticiple.go
		}
		// "launched a spacecraft that will study …", "beat Goffin to win
		// the title": a relative or a purpose clause after the object
		// ends it; not after a preposition's object ("ran the anchor leg
		// for a team that …", "fund councils in England to …"), which
		// it may define.
		if end >= k+2 && end+1 < len(toks) && !hasPreposition(toks[k:end]) && (t.is("that") && (auxiliaries[toks[end+1].lower()] || pastVerbs[toks[end+1].lower()] != "") ||
			t.is("to") && baseVerbs()[toks[end+1].lower()] && toks[end-1].cap() && !weekdays[toks[end-1].text] && !controlVerbs[toks[k-1].lower()]) {
			break
		}
		if t.punct && t.text != "-" && !currencySign(t.text) || objectEnds[t.lower()] || end > k && toks[end-1].cap() && gameScore(t) || t.is("and", "or") && end+1 < len(toks) && (pastVerbAfterAdverbs(toks, end+1) || t.is("and") && nameThenPastVerb(toks, end+1) || toks[end+1].is("said", "says") || t.is("or") && baseVerbs()[toks[end+1].lower()]) {
			break
		}
		end++
	}
	// A relative clause ends at its comma: "X, who proposed the fund, …".
	if end < len(toks) && toks[end].text == "," && !completeClause(toks, end) && !rel && !closingAppositive(toks, end) { // deedappositive.go
		return "", 0, false
	}
	// An aside in brackets ("pleaded guilty [text, PDF] last October to
	// …") cuts the deed before its complement.
	if end < len(toks) && toks[end].punct && strings.ContainsAny(toks[end].text, "(“\"‘:'[") {
		return "", 0, false
	}
	var ts []token
	cut := false // a date was left out
	for i := k; i < end; i++ {
		if n := acronymAside(toks, i); n > 0 {
			i += n - 1
			continue
		}
		// "announced plans Thursday to buy …": a bare weekday says when,
		// with its part of the day ("Tuesday night").
		if weekdays[toks[i].text] && i > k && !dateTok[i] && !toks[i-1].is("on") {
			// "last Tuesday", "next Friday": the word goes with its day.
			if len(ts) > 0 && ts[len(ts)-1].is("last", "next", "this") {
				ts = ts[:len(ts)-1]
			}
			if i+1 < end && partOfDay(toks[i+1]) {
				i++
			}
			continue
		}
		if dateTok[i] || toks[i].is("on") && i+1 < end && weekdays[toks[i+1].text] {
			// The preposition before a date goes with it.
			if len(ts) > 0 && ts[len(ts)-1].is("on", "in", "at", "by", "since", "from", "until", "for") {
				ts = ts[:len(ts)-1]
			}
			cut = cut || dateTok[i]
			if !dateTok[i] {
				i++ // "on Sunday"
				if i+1 < end && partOfDay(toks[i+1]) {
					i++ // "on Tuesday night"
				}
			}
			continue
		}
		// Words after a date left out must be a new phrase: "signed a deal
		// on May 3 in Oslo", not "visited East Berlin on 6 and 7 October".
		if i+1 < end && dateTok[i+1] && !dateTok[i] && (toks[i].is("and", "or", "to") || toks[i].text == "," || dayNumber(toks[i]) > 0) {
			return "", 0, false
		}
		if i > k && dateTok[i-1] && !toks[i].is("in", "at", "with", "for", "to", "after", "before") && !toks[i].punct {
			return "", 0, false
		}
		ts = append(ts, toks[i])
	}
	// "on Thursday", "last week": said when, not what.
	if n := len(ts); n >= 3 && ts[n-3].is("on") && notNames[ts[n-2].text] && ts[n-1].is("morning", "afternoon", "evening", "night") {
		ts = ts[:n-1]
	}
	for len(ts) >= 2 && (ts[len(ts)-2].is("on") && notNames[ts[len(ts)-1].text] || ts[len(ts)-2].is("last", "this", "next") && ts[len(ts)-1].is("week", "month", "year", "weekend")) {
		ts = ts[:len(ts)-2]
	}
	// "saved a penalty late on": "late on" says when, as one phrase.
	if n := len(ts); n >= 3 && ts[n-1].is("on") && ts[n-2].is("late", "early", "later") {
		ts = ts[:n-2]
	}
	for len(ts) > 0 && (ts[len(ts)-1].is("on", "in", "at", "by", "earlier", "later", "today", "yesterday", "here", "only", "just", "also", "again", "then",
		"immediately", "tonight", "overnight", "afterwards", "soon", "shortly", "respectively") || weekdays[ts[len(ts)-1].text]) {
		ts = ts[:len(ts)-1]
	}
	// "died of pneumonia exactly one month after his inauguration": the
	// span of time goes with its "after" and is left out with it.
	if n := durationTail(ts); n > 0 && n < len(ts) && relativeTimeAfter(toks, ts[len(ts)-1]) {
		ts = ts[:len(ts)-n]
	}
	// "predicted a flood of lawsuits all the same": a tail that answers the
	// sentence before is no part of the deed.
	ts = withoutDiscourseTail(ts)
	if len(ts) == 0 && k > 0 && intransitive[toks[k-1].lower()] && (end >= len(toks) || toks[end].punct) {
		return "", toks[k-1].end, true // "Churchill resigned."
	}
	if k > 0 {
		ts = purposeCut(toks[k-1], ts)
	}
	if len(ts) > maxDeedWords {
		ts = shortDeed(ts)
	}
	if len(ts) == 0 || len(ts) > maxDeedWords || cut && len(ts) == 1 && !ts[0].cap() {
		// "took office in August 2022" says little without its date.
		return "", 0, false
	}
	for i, t := range ts {
		if t.is("that", "said", "says", "would", "will", "told", "him", "them", "it", "us", "me", "you", "himself", "herself", "itself", "themselves",
			"its", "their", "there", "these", "those", "such", "latter", "former") ||
			t.is("her") && i == len(ts)-1 || auxiliaries[t.lower()] || pronouns[t.lower()] && i == 0 && !t.is("this", "these") {
			return "", 0, false
		}
		if i > 0 && pastVerbs[t.lower()] != "" && !t.is("left", "set", "cut", "hit", "put") && ts[i-1].is("and", "then") {
			return "", 0, false
		}
	}
	if last := ts[len(ts)-1]; last.is("the", "a", "an", "of", "to", "and", "with", "for", "extra", "further", "additional", "another", "more") || currencySign(last.text) {
		return "", 0, false
	}
	if cutComplement(ts) {
		return "", 0, false
	}
	return joinTokens(ts), ts[len(ts)-1].end, true
}

// maxDeedWords is the longest object a deed keeps.
const maxDeedWords = 12

// shortDeed cuts an object too long for a deed to maxDeedWords words by
// leaving out the prepositional phrases that close it, last first, as
// shortenedRest does for an event: "extended his record as the most
// successful coach in the competition's history with his fifth title"
// keeps "his record as the most successful coach in the competition's
// history". What stays is at least four words ("won the silver medal"
// may be anyone's on a page of several events) and holds no new clause
// ("crossed for the third try and Owen Farrell kicked …"); else it
// returns nil.
func shortDeed(ts []token) []token {
	kept, ok := shortenedRest(ts, 0, maxDeedWords)
	if !ok || len(kept) < 4 {
		return nil
	}
	for i := 1; i < len(kept); i++ {
		if pastVerbs[kept[i].lower()] != "" && (kept[i-1].cap() || kept[i-1].is("and", "or", "but")) {
			return nil
		}
	}
	return kept
}

// partOfDay reports "morning", "afternoon", "evening" or "night".
func partOfDay(t token) bool { return t.is("morning", "afternoon", "evening", "night") }

// nameThenPastVerb reports a name of one to four words at toks[k] followed
// by a past verb: a new clause ("… and Jonny Vane kicked …").
func nameThenPastVerb(toks []token, k int) bool {
	e := k
	for e < len(toks) && e-k < 4 && toks[e].cap() && !toks[e].punct {
		e++
	}
	return e > k && e < len(toks) && pastVerbs[toks[e].lower()] != ""
}

// pastVerbAfterAdverbs reports a past verb at toks[k], after adverbs such
// as "then" or "later": "toured a camp and then flew to Hatay" is two
// deeds, the first ending at "and".
func pastVerbAfterAdverbs(toks []token, k int) bool {
	for k < len(toks)-1 && isVerbAdverb(toks[k]) {
		k++
	}
	return pastVerbs[toks[k].lower()] != ""
}

// controlVerbs take an object and an infinitive that go together:
// "ordered Mr. Lewis to pay a fine" is no "ordered Mr. Lewis".
var controlVerbs = setOf(`ordered|asked|urged|told|allowed|forced|invited|persuaded|encouraged|helped|enabled|required|authorised|authorized|instructed|advised|pressed|wanted|expected|called|appointed|elected|named|chose|hired|sent|begged|challenged|pushed|led`)

// acronymAside returns the length of "(DRC)" or ("NQD") at toks[i]:
// brackets around one acronym, bare or quoted (deedappositive.go); 0
// for none.
func acronymAside(toks []token, i int) int {
	if i+2 < len(toks) && toks[i].text == "(" && toks[i+2].text == ")" && acronymWord(toks[i+1]) {
		return 3
	}
	return quotedAcronymAside(toks, i)
}

func acronymWord(t token) bool {
	return len(t.text) >= 2 && strings.ToUpper(t.text) == t.text && t.cap()
}

func hasPreposition(ts []token) bool {
	for _, t := range ts {
		if prepositions[t.lower()] {
			return true
		}
	}
	return false
}

// gameScore reports a game's score: "7-5", "4-2", "6-7(5)".
func gameScore(t token) bool {
	n := strings.IndexByte(t.text, '-')
	return n > 0 && n < 3 && t.text[0] >= '0' && t.text[0] <= '9' && len(t.text) > n+1 && t.text[n+1] >= '0' && t.text[n+1] <= '9'
}

// passive reads "SUBJECT was PARTICIPLE [OBJECT] by DOER" with the verb at
// toks[v] ("was").
func (c *actorCtx) passive(toks []token, v int, dateTok []bool) (actorClause, bool) {
	p := v + 1
	for p < len(toks) && isVerbAdverb(toks[p]) {
		p++
	}
	if p+2 >= len(toks) {
		return actorClause{}, false
	}
	base := participleBase(toks[p].text)
	if base == "" || !toks[p+1].is("by") {
		return actorClause{}, false
	}
	cs := clauseStart(toks, v)
	subj := toks[cs:v]
	cl := clause{subject: subj}
	if !cl.ok() || cs > 0 && toks[cs-1].is("that") {
		return actorClause{}, false
	}
	// The doer: a leader phrase, or capitalised words, to the clause end.
	a := p + 2
	b := a
	for _, f := range c.leaders {
		if f.Start == toks[a].start {
			for b < len(toks) && toks[b].end <= f.End {
				b++
			}
		}
	}
	if b == a {
		for b < len(toks) && (toks[b].cap() || toks[b].is("the") && b == a || toks[b].is("of", "for", "and") && b+1 < len(toks) && toks[b+1].cap()) {
			b++
		}
	}
	if b == a || b < len(toks) && !toks[b].punct && !toks[b].is("in", "at", "on", "last", "yesterday", "today") && !dateTok[b] {
		return actorClause{}, false
	}
	d, ok := c.doerAt(toks, a, b)
	if !ok {
		return actorClause{}, false
	}
	obj := joinTokens(subj)
	if len(subj) > 0 && subj[0].is("the", "a", "an", "this", "that", "these", "those", "its", "their") {
		obj = strings.ToLower(subj[0].text) + obj[len(subj[0].text):]
	}
	if subj[0].is("a", "an") {
		obj = "the" + obj[len(subj[0].text):]
	}
	// What follows the doer: a place, not a date.
	spanEnd := toks[b-1].end
	rest, restEnd, _ := objectAt(toks, b, dateTok, false)
	if rest != "" && (toks[b].is("in", "at")) {
		obj += " " + rest
		spanEnd = restEnd
	}
	verb := pastOf(base)
	if verb == "" {
		return actorClause{}, false
	}
	return actorClause{subjA: a, subjB: b, d: d, verb: verb, object: obj, spanStart: toks[cs].start, spanEnd: spanEnd}, true
}

var (
	pastByBase map[string]string
	bases      map[string]bool
)

// baseVerbs is the set of base forms of the known verbs.
func baseVerbs() map[string]bool {
	if bases == nil {
		m := map[string]bool{}
		for _, b := range pastVerbs {
			m[b] = true
		}
		bases = m
	}
	return bases
}

// pastOf writes the simple past of a base form: "broker" → "brokered".
func pastOf(base string) string {
	if pastByBase == nil {
		m := map[string]string{}
		for past, b := range pastVerbs {
			// One spelling, the same every run: an irregular past first
			// ("led", not "leaded"), then the shorter ("canceled").
			old, ok := m[b]
			_, irr := irregularPast[past]
			_, oldIrr := irregularPast[old]
			if !ok || irr && !oldIrr || irr == oldIrr && (len(past) < len(old) || len(past) == len(old) && past < old) {
				m[b] = past
			}
		}
		pastByBase = m
	}
	return pastByBase[base]
}

// actor writes a "who did it" question about fact fi: "Who mediated the
// talks in Pretoria?", "Which country hosted the summit?". The wrong
// choices are other people, countries or organisations of the article
// (then nearby countries, or other international bodies); none of them
// did the same.
func (w *writer) actor(fi int) bool {
	f := w.facts[fi]
	// Read the clause again for its doer: one name alone, no co-doer.
	d, ok := w.doerOf(f)
	if !ok || len(d.names) != 1 || d.unnamed || scopedDeed(f) /* deedscope.go */ {
		return false
	}
	// "Hipkins conceded defeat in Wellington": the place question asks in
	// which city, naming him, and each would give the other away; a
	// person's whereabouts are the likelier question.
	for _, p := range w.facts {
		if f.DoerKind == "person" && p.Kind == Place && p.sent == f.sent && p.Start > f.Start && p.End <= f.End &&
			(p.PlaceKind == "city" || p.PlaceKind == "country") && (strings.Contains(f.Action, " in "+p.Text) || strings.Contains(f.Action, " at "+p.Text)) {
			return false
		}
	}
	// "Dollar Tree shareholders", "the Acme Stores deal": a name the
	// article uses as a company's is no person, and people offered
	// beside it would make it the odd one out. A name the article sets in
	// quotation marks ("Still Testing") is a rocket's, a ship's or a song's.
	if f.DoerKind == "person" && (companyUse(w.text, f.Doer) || cityNamed(f.Doer) || strings.Contains(w.text, "\""+f.Doer+"\"") || strings.Contains(w.text, "“"+f.Doer+"”")) {
		return false
	}
	answer := f.Doer
	action := f.Action
	if f.DoerKind == "person" {
		// "Striker Leon Marsh" is offered as "Leon Marsh", as the wrong
		// people are.
		answer = plainName(f.Doer)
		var ok bool
		if action, ok = neutralPossessive(action); !ok {
			return false
		}
	}
	var prompt string
	switch f.DoerKind {
	case "person":
		prompt = "Who " + action + "?"
	case "country":
		prompt = "Which country " + f.Action + "?"
	default:
		prompt = "Which " + w.orgNoun(f.Doer) + " " + f.Action + "?"
	}
	if containsWords(prompt, f.Doer) || f.DoerKind == "person" && containsWords(prompt, surname(f.Doer)) {
		return false
	}
	if f.DoerKind == "person" && !wholeDeed(action) || !deedReadsAlone(action) || vagueDeed(action) || motionDeed(action) /* deedmotion.go */ || spanOnlyDeed(action) /* deedspan.go */ || sharedDeed(f.Action) || possessiveOfAnother(f.Action) {
		return false
	}
	wrong := w.actorChoices(fi, prompt, w.actors.people)
	if len(wrong) == 1 && f.DoerKind == "person" {
		// One other person to offer: stated true or false (doertf.go).
		return w.withFalseTwin(func() bool { return w.doerTF(fi, answer, action, wrong[0]) })
	}
	if len(wrong) < 2 || regnalOdd(answer, wrong) { // regnalshape.go
		return false
	}
	q := quiz.Question{Type: quiz.Single, Prompt: prompt, Choices: choices(answer, wrong, nil),
		Explanation: "The article says that " + answer + " " + f.Action + "."}
	verb := strings.Fields(f.Action)
	return w.add(fi, q, answer, wrong, "who-"+slug(strings.Join(verb[:min(3, len(verb))], " ")))
}

// cityNamed reports a name that ends on a country's first city, as clubs
// are named ("Real Madrid", "Athletic Paris"): read as a person, it would
// stand out among people. Other cities are people's surnames too
// ("Ketanji Brown Jackson").
func cityNamed(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	c := places().lookup(words[len(words)-1])
	return c != nil && c.kind == "city" && c.capital
}

// wholeDeed reports a deed that says what was done to what: a verb and at
// least two words after it ("took the stand", "held Auckland Central").
// "Who took silver?" and "Who resigned?" leave out in what, from what:
// on a page of many events, another person may have done it too
// (held-out sets 13 and 14).
func wholeDeed(action string) bool {
	return len(strings.Fields(action)) >= 3
}

// neutralPossessive writes the doer's "his" or "her" in a deed as
// "their", which tells no one's sex: "Who reached 18.31 meters with his
// fifth jump?" would rule out the women offered. A pronoun after a name
// in the deed is that person's and stays ("welcomed Li on his first
// visit"). It reports false for an object "her" ("praised her"), which
// "their" cannot stand for, for the doer's "he" or "she" ("cried as he
// read"), and for "his" or "her" after a place alone, whose it is not.
func neutralPossessive(action string) (string, bool) {
	ws := strings.Fields(action)
	named, person := false, false
	for i, x := range ws {
		if i > 0 && x != "" && x[0] >= 'A' && x[0] <= 'Z' {
			named = true
			person = person || places().lookup(strings.Trim(x, ".,;:'’")) == nil
		}
		// "support Bangladesh under her leadership": a country has no
		// "her", and whose it is the deed does not say.
		if named && !person && (x == "his" || x == "her") {
			return "", false
		}
		if named {
			continue
		}
		switch x {
		case "he", "she":
			// "Who cried as he read …?" tells the doer's sex, and "they"
			// would not agree with the verb after it.
			return "", false
		case "his":
			ws[i] = "their"
		case "himself", "herself":
			ws[i] = "themselves"
		case "her":
			if i+1 == len(ws) || nounStops[ws[i+1]] || prepositions[ws[i+1]] || strings.HasSuffix(ws[i+1], "ly") {
				return "", false
			}
			ws[i] = "their"
		}
	}
	return strings.Join(ws, " "), true
}

// personCue reports a word after which a name is a person's: a verb
// done to someone ("defeated Andrei Pavel") or a role ("barrister", "player",
// "scientist", "champion").
func personCue(w string) bool {
	if pastVerbs[w] != "" {
		return true
	}
	for _, s := range []string{"er", "or", "ist", "ian", "ant", "ent", "ion", "ee", "ary"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// wordTimes counts the times text holds word as a whole word.
func wordTimes(text, word string) int {
	n := 0
	for i := 0; word != ""; {
		k := strings.Index(text[i:], word)
		if k < 0 {
			break
		}
		a, b := i+k, i+k+len(word)
		if (a == 0 || !isWordByte(text[a-1])) && (b == len(text) || !isWordByte(text[b])) {
			n++
		}
		i = b
	}
	return n
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// companyUse reports a name written before a word of business
// ("shareholders", "deal", "stores") somewhere in the text.
func companyUse(text, name string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], name+" ")
		if k < 0 {
			return false
		}
		i += k + len(name) + 1
		next := text[i:]
		if j := strings.IndexAny(next, " ,.;:'’"); j >= 0 {
			next = next[:j]
		}
		if businessWords[next] {
			return true
		}
	}
}

var businessWords = map[string]bool{
	"shareholders": true, "shares": true, "stock": true, "deal": true, "stores": true, "shoppers": true,
	"customers": true, "executives": true, "board": true, "chains": true, "brand": true, "merger": true,
	"Inc": true, "Corp": true, "Ltd": true, "plc": true, "LLC": true,
}

// orgNoun is "company" for a business, else "organisation" in the
// article's spelling.
func (w *writer) orgNoun(name string) string {
	for _, s := range []string{"Inc", "Corp", "Corporation", "Company", "Ltd", "Airlines", "Motors"} {
		if strings.Contains(name, s) {
			return "company"
		}
	}
	if strings.Contains(w.text, "organiz") || strings.Contains(w.text, "Organiz") || strings.Contains(w.text, "ization") {
		return "organization"
	}
	return "organisation"
}

// actorChoices are wrong doers of the answer's kind.
func (w *writer) actorChoices(fi int, prompt string, people []string) []string {
	f := w.facts[fi]
	g := places()
	// Who did the same: every doer of an actor fact with the same action.
	did := map[string]bool{strings.ToLower(f.Doer): true, strings.ToLower(withoutNameTitle(withoutTitle(f.Doer))): true, strings.ToLower(plainName(f.Doer)): true}
	for hi, h := range w.facts {
		if h.Kind == Actor && (h.Action == f.Action || w.sameEvent(hi, fi)) {
			did[strings.ToLower(h.Doer)] = true
			for _, n := range splitDoers(h.Doer) {
				did[strings.ToLower(n)] = true
			}
		}
	}
	answer := g.lookup(f.Doer)
	// The words the action is about ("independence", "referendum"): a
	// name in a sentence that holds one of them may have done it too
	// ("Bosnia … held its own referendum").
	keys := deedKeys(f.Action)
	alsoDid := func(name string) bool {
		// The name normalized once, not for every sentence.
		norm := normalize(name)
		if norm == "" || len(keys) == 0 {
			return false
		}
		for i := range w.sents {
			if i == f.sent && w.laterClauseName(fi, name) {
				continue // doerlaterclause.go
			}
			if keyBesideName(w.normalSentence(i), norm, keys) {
				return true
			}
		}
		return false
	}
	var out []string
	// One country spelled two ways ("U.S." and "US", "Britain" and "UK")
	// is one choice.
	picked := map[string]bool{}
	normPrompt := normalize(prompt)
	var pool []string // every person's name without its rank, to know a short form
	if f.DoerKind == "person" {
		for _, n := range people {
			pool = append(pool, plainName(n))
		}
		for _, h := range w.facts {
			if h.Person != "" {
				pool = append(pool, plainName(h.Person))
			}
			if h.Speaker != "" {
				pool = append(pool, plainName(h.Speaker))
			}
		}
	}
	// A player's deed is offered no head of state (doerroles.go).
	onField := f.DoerKind == "person" && playVerbs[deedVerb(f.Action)]
	try := func(name string) {
		if len(out) >= 3 {
			return // three wrong choices found: the rest is not read
		}
		if f.DoerKind == "person" {
			// "Prosecutor Tom Reyes" is offered as "Tom Reyes"; "Van De
			// Rostyne", the short form of "Tom Van De Rostyne", not at all.
			name = plainName(name)
			// "Councilman Nirenberg" is offered as "Ron Nirenberg", as the
			// answer is named in full, or not at all.
			if title, last, ok := strings.Cut(name, " "); ok && !strings.Contains(last, " ") && (speakerTitles[title] || nameTitles[title] || honorifics[strings.TrimSuffix(title, ".")]) {
				if name = afterTitleWords(w.actors.surname[last]); name == "" {
					return
				}
			}
			if slices.ContainsFunc(pool, func(n string) bool {
				return len(n) > len(name) && n[len(n)-len(name)-1] == ' ' && strings.HasSuffix(n, name)
			}) {
				return
			}
		}
		k := strings.ToLower(name)
		if len(out) >= 3 || did[k] || containsWords(prompt, name) || alsoDid(name) || countedName(name) {
			return
		}
		if f.DoerKind == "country" {
			p := g.lookup(name)
			if p == nil || picked[p.name] || answer != nil && (p == answer || p.name == answer.name || g.within(p, answer) || g.within(answer, p)) {
				return
			}
			picked[p.name] = true
		}
		if f.DoerKind == "organisation" && (knownOrgs[name] != "" && knownOrgs[name] == knownOrgs[f.Doer] || sameStem(name, f.Doer) ||
			sharesNameWord(name, f.Doer) || sharesNameWord(name, prompt)) {
			return
		}
		if f.DoerKind == "person" && (samePerson(name, f.Doer) || slices.ContainsFunc(out, func(o string) bool { return samePerson(name, o) })) {
			return // "Hiram Ulysses Grant" is "Ulysses Simpson Grant"
		}
		if onField && w.heldOfState(name) {
			return
		}
		if f.DoerKind == "person" && (!fitPersonChoice(name, f.Doer, normPrompt) || victimOnPage(w.text, name) || w.notPersonName(name) || cityNamed(name) || !roleFits(w.roleOf(f.Doer), w.roleOf(name))) {
			return
		}
		did[k] = true
		out = append(out, name)
	}
	switch f.DoerKind {
	case "person":
		// An officer of a body named at length ("chief executive of the
		// organizing committee") is no athlete: offered beside another
		// leader first, beside anyone else after the article's doers.
		leader := w.leaderNamed(f.Doer)
		for _, h := range w.facts {
			if h.Kind == Leader && (!h.l.long || leader) {
				try(h.Person)
			}
		}
		for _, h := range w.facts {
			if h.Kind == Actor && h.DoerKind == "person" {
				for _, n := range splitDoers(h.Doer) {
					if plainPersonName(n) {
						try(n)
					}
				}
			}
			// A speaker named in full is a person of the article too.
			if h.Kind == Quote && strings.Contains(h.Speaker, " ") && plainPersonName(h.Speaker) && !thingName(h.Speaker) {
				try(h.Speaker)
			}
		}
		// Then the other people the article names ("beat Rafael Nadal").
		for _, n := range people {
			if len(out) < 3 && plainPersonName(n) && !companyUse(w.text, n) {
				try(n)
			}
		}
	case "country":
		for _, n := range w.articleNames(func(p []token) bool {
			c := g.lookupKind(spanText(w.text, p, 0, len(p)), "country")
			return c != nil && c.parent == ""
		}) {
			try(n)
		}
		for _, h := range w.facts {
			if h.Kind == Leader && h.Country != "" {
				if c := g.lookupKind(h.Country, "country"); c != nil && c.parent == "" {
					try(h.Country)
				}
			}
		}
		// A page of 1812 is of a world whose countries were not today's
		// (no Cuba, no Mexico): only its own countries are offered.
		if y := w.lastYear(); answer != nil && (y == 0 || y >= 1960) {
			for _, p := range g.all {
				if p.kind == "country" && p.parent == "" && p.region == answer.region {
					try(p.name)
				}
			}
			for _, p := range g.all {
				if p.kind == "country" && p.parent == "" && p.continent == answer.continent {
					try(p.name)
				}
			}
		}
	default:
		for _, h := range w.facts {
			if h.Kind == Actor && h.DoerKind == "organisation" {
				for _, n := range splitDoers(h.Doer) {
					try(n)
				}
			}
		}
		for _, n := range w.articleNames(func(p []token) bool {
			_, known := knownOrgs[spanText(w.text, p, 0, len(p))]
			return known || len(p) > 1 && orgName(p)
		}) {
			try(n)
		}
		if knownOrgs[f.Doer] != "" {
			for _, n := range bodies {
				try(n)
			}
		}
	}
	return out
}

// articleNames lists the names of the article (runs of capitalised words,
// or their longest prefix) that pass ok, in order.
func (w *writer) articleNames(ok func([]token) bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range w.sents {
		if s.headline {
			continue
		}
		toks := s.toks
		for i := 0; i < len(toks); i++ {
			if !toks[i].cap() || toks[i].is("the", "a", "an") {
				continue
			}
			end := i
			for end < len(toks) && end-i < 6 && (toks[end].cap() || end > i && toks[end].is("of", "for", "and") && end+1 < len(toks) && toks[end+1].cap()) {
				end++
				if toks[end-1].poss {
					break
				}
			}
			for k := end; k > i; k-- {
				if toks[k-1].cap() && ok(toks[i:k]) {
					n := spanText(w.text, toks, i, k)
					if toks[k-1].poss {
						n = joinWords(toks[i:k])
					}
					if !seen[n] {
						seen[n] = true
						out = append(out, n)
					}
					i = k - 1
					break
				}
			}
		}
	}
	return out
}

// sameStem reports whether two organisation names share a word other
// than an organisation word ("Greens" and "Green Party"): they may be one.
func sameStem(a, b string) bool {
	for _, x := range strings.Fields(a) {
		for _, y := range strings.Fields(b) {
			if orgWords[x] && orgWords[y] || len(x) < 3 || len(y) < 3 || x == "the" || y == "the" {
				continue
			}
			if strings.HasPrefix(strings.ToLower(x), strings.ToLower(y)) || strings.HasPrefix(strings.ToLower(y), strings.ToLower(x)) {
				return true
			}
		}
	}
	return false
}

// splitDoers splits "Britain, France and Germany" into its members.
func splitDoers(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ", ") {
		for _, p := range strings.Split(part, " and ") {
			p = strings.TrimPrefix(strings.TrimPrefix(p, "the "), "The ")
			if p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// normalSentence is sentence i normalized (see normalize) with a space on
// each side, made once per article.
func (w *writer) normalSentence(i int) string {
	if w.normSents == nil {
		w.normSents = normalizeEach(len(w.sents), func(j int) string { return w.text[w.sents[j].start:w.sents[j].end] }, " ")
	}
	return w.normSents[i]
}

// timeUnits are the nouns of a span of time: "one month", "five minutes".
var timeUnits = setOf(`second|seconds|minute|minutes|hour|hours|day|days|week|weeks|fortnight|month|months|year|years|decade|decades|century|centuries`)

// durationTail is the number of words of a span of time that ends ts
// ("exactly one month", "a week", "five minutes"), or 0.
func durationTail(ts []token) int {
	n := len(ts)
	if n < 2 || !timeUnits[ts[n-1].lower()] {
		return 0
	}
	k := n - 2
	if !isNumberWord(ts[k]) && !startsWithDigit(ts[k].text) && !ts[k].is("a", "an", "several", "few") {
		return 0
	}
	if ts[k].is("few") && k > 0 && ts[k-1].is("a") {
		k--
	}
	if k > 0 && ts[k-1].is("exactly", "about", "nearly", "almost", "just", "some", "barely", "only", "roughly", "around") {
		k--
	}
	// "on 58 minutes", "in two weeks": a point in time, said for itself.
	if k > 0 && prepositions[ts[k-1].lower()] {
		return 0
	}
	return n - k
}

// relativeTimeAfter reports "after", "before", "later" or "earlier" right
// after token last: a span of time measured from something else.
func relativeTimeAfter(toks []token, last token) bool {
	for i, t := range toks {
		if t.start == last.start {
			return i+1 < len(toks) && toks[i+1].is("after", "before", "later", "earlier")
		}
	}
	return false
}

// withoutDiscourseTail leaves out a closing phrase that relates the deed
// to what came before ("all the same", "nonetheless", "anyway").
func withoutDiscourseTail(ts []token) []token {
	n := len(ts)
	switch {
	case n >= 4 && ts[n-3].is("all") && ts[n-2].is("the") && ts[n-1].is("same"):
		return ts[:n-3]
	case n >= 2 && ts[n-1].is("nonetheless", "nevertheless", "anyway", "regardless"):
		return ts[:n-1]
	}
	return ts
}

// cutComplement reports an object that stops before what it needs: a
// preposition or "as" with nothing after it ("cited the statement as"),
// a bare number whose noun is elsewhere ("came third with 12", not a
// range "from 6.1 to 6.6"), or "too"
// and "as well", which say someone else did it first.
func cutComplement(ts []token) bool {
	n := len(ts)
	last := ts[n-1]
	// "did the same", "followed suit": the deed is another's, said before.
	if last.is("same", "likewise", "suit", "so") ||
		last.is("as", "than", "like", "via", "per", "upon", "onto", "toward", "towards", "too", "either") ||
		prepositions[last.lower()] && !particles[last.lower()] {
		return true
	}
	if n >= 2 && ts[n-2].is("as") && last.is("well") {
		return true
	}
	// "upgraded the magnitude from 6.1 to 6.6" names what it measures.
	if n >= 4 && ts[n-2].is("to") && bareNumber(ts[n-3]) && ts[n-4].is("from") {
		return false
	}
	return bareNumber(last)
}

// bareNumber reports a number with no unit of its own: "12", "1,500",
// "twelve"; not "7.30pm", "6-4" or "10km".
func bareNumber(t token) bool {
	if startsWithDigit(t.text) {
		return !strings.ContainsFunc(t.text, func(r rune) bool { return unicode.IsLetter(r) || r == '-' || r == '–' })
	}
	_, ok := wordValue(t.lower())
	return ok
}

// anotherSubject reports whether the subject of the verb at toks[v] may
// be someone other than doer: a second subject ("Murray and Knights
// killed"), a plural or a pronoun ("both men", "he"), or a name just
// before the verb that is not the doer's ("Michael Cohen pleaded"). A
// description ("The Health Secretary sets out …") may be the doer's.
func anotherSubject(toks []token, v int, doer string) bool {
	a := v
	for a > 0 && !toks[a-1].punct && !clauseConjunctions[toks[a-1].lower()] && !toks[a-1].is("and", "who") {
		a--
	}
	if a > 0 && toks[a-1].is("and") {
		return true
	}
	own := map[string]bool{}
	for _, x := range strings.Fields(doer) {
		own[x] = true
	}
	e := v
	for e > a && (auxiliaries[toks[e-1].lower()] || isVerbAdverb(toks[e-1]) || toks[e-1].is("will", "would", "also")) {
		e--
	}
	for _, t := range toks[a:e] {
		if own[t.text] || own[strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")] {
			return false
		}
		if t.is("both", "with", "they", "he", "she", "we", "all") {
			return true
		}
	}
	if e == a {
		return true // no subject before the verb: unknown
	}
	last := toks[e-1]
	return last.cap() && !speakerTitles[last.text] && !nameTitles[last.text] && !orgWords[last.text]
}

// verbForms are the forms of a verb given in the past or the base form:
// "pleaded" gives plead, pleads, pleading, pleaded.
func verbForms(v string) map[string]bool {
	base := v
	if b := pastVerbs[v]; b != "" {
		base = b
	}
	m := map[string]bool{base: true, v: true, base + "s": true, base + "es": true, base + "ing": true,
		strings.TrimSuffix(base, "e") + "ing": true}
	for _, past := range allPastsOf(base) {
		m[past] = true
	}
	return m
}

var pastsByBase map[string][]string

// allPastsOf lists every spelling of a base form's past: "cancel" gives
// "cancelled" and "canceled".
func allPastsOf(base string) []string {
	if pastsByBase == nil {
		m := map[string][]string{}
		for past, b := range pastVerbs {
			m[b] = append(m[b], past)
		}
		pastsByBase = m
	}
	return pastsByBase[base]
}

// fitPersonChoice reports whether a person's name may stand beside doer
// as a wrong choice for prompt: not one the prompt names by his first
// or last name ("Who welcomed Li …?" offers no "Li Qiang"), not a bare
// first name beside a full one ("Wilhelm").
func fitPersonChoice(name, doer, normPrompt string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 && len(strings.Fields(doer)) >= 2 {
		return false
	}
	// "Maggie Murdaugh" beside "Alex Murdaugh": a page that writes
	// "Murdaugh" alone may mean either.
	if len(ws) >= 2 && surname(name) == surname(doer) {
		return false
	}
	return len(ws) == 0 || !hasWords(normPrompt, normalize(ws[0])) && !hasWords(normPrompt, normalize(surname(name)))
}

// victimOnPage reports a person the text says was killed ("killed
// 72-year-old Darrell Spencer", "Darrell Spencer was murdered"): no one
// to offer as the doer of what the story tells.
func victimOnPage(text, name string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(name)
		// The two words before the name: "killed 72-year-old".
		before := strings.TrimRight(text[max(0, a-40):a], " ")
		for range 2 {
			sp := strings.LastIndexByte(before, ' ')
			if killVerbs[before[sp+1:]] {
				return true
			}
			if sp < 0 {
				break
			}
			before = strings.TrimRight(before[:sp], " ")
		}
		// "… was murdered", "… had been shot".
		after := text[b:min(len(text), b+30)]
		after = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(after, " had been "), " was "), " were ")
		if end := strings.IndexAny(after, " .,;"); end > 0 && after != text[b:min(len(text), b+30)] && killVerbs[after[:end]] {
			return true
		}
		i = b
	}
}

var killVerbs = setOf(`killed|murdered|stabbed|strangled|shot|slain|assassinated`)

// withoutNameTitle drops a rank or a trade opening a name of three words
// or more: "Prince Faisal bin Farhan" is "Faisal bin Farhan".
func withoutNameTitle(name string) string {
	first, rest, _ := strings.Cut(name, " ")
	if nameTitles[first] && strings.Contains(rest, " ") {
		return withoutTitleChain(rest) // titlechain.go
	}
	return name
}

// nameTitles open a name as a rank or a trade: "Prosecutor Tom Reyes",
// "Prince Faisal bin Farhan".
var nameTitles = setOf(`Prosecutor|Judge|Justice|Officer|Detective|Sheriff|Coach|Dr|Professor|Sir|Dame|Prince|Princess|Sheikh|Sheikha|King|Queen|Captain|General|Lord|Lady|Attorney|Lawyer|Inspector|Sergeant|Constable|Rev|Father|Bishop|
Count|Countess|Duke|Duchess|Earl|Baron|Baroness|Emperor|Empress|Sultan|Emir|Pope|Cardinal|Marshal|Admiral|Colonel|Major|Lieutenant|
Striker|Goalkeeper|Midfielder|Defender|Forward|Winger|Manager|Referee|Barrister|Solicitor|Nurse|Doctor|Councillor|Chairman|Chairwoman|Teacher|Pilot|Engineer|Researcher|Scientist`)

// doerOf reads a doer fact's clause again for its doer (its names, and
// whether one is left unnamed).
func (w *writer) doerOf(f Fact) (doer, bool) {
	if w.actors == nil {
		w.actors = newActorCtx(w.text, w.sents, w.facts)
	}
	s := w.sents[f.sent]
	var d doer
	ok := false
	for _, ac := range w.actors.clausesOf(f.sent, s.toks, datesOf(w.facts, f.sent, s.toks)) { // clausesmemo.go
		if ac.spanStart == f.Start && strings.TrimSpace(ac.verb+" "+ac.object) == f.Action {
			d, ok = ac.d, true
		}
	}
	return d, ok
}
