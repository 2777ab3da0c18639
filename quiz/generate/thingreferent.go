package generate

import (
	"slices"
	"strings"
)

// A sentence that opens on "It" or "They" right after a sentence that
// defines a named thing ("The Apollo program was the third human
// spaceflight program of the United States. It landed the first humans
// on the Moon in July 1969.") is asked with the thing's name in the
// pronoun's place: "When did the Apollo program land the first humans on
// the Moon?". Only the plainest case is read: the sentence before, in the
// same paragraph, opens on the name as its subject, followed by "was" or
// "is" ("were" or "are" for "They") and either a definition ("the third
// …", "a …"), where every later noun describes the subject, or a passive
// verb ("was signed in Washington on …") with nothing else named but
// places, people and dates, which "it" does not stand for. Anything else
// refuses: "The company built the Selene lander. It launched …" may mean
// the company or the lander.

// thingNameLinks are the lower-case words a thing's name may hold between
// its capitalised words ("the Declaration of Principles", "Bosnia and
// Herzegovina").
var thingNameLinks = map[string]bool{"of": true, "on": true, "and": true, "for": true, "the": true, "de": true}

// thingReferent is the named thing sentence si's opening "It" or "They"
// stands for, as the question writes it ("the Apollo program"), with the
// pronoun's token; ok is false when the article does not make it plain.
func (w *writer) thingReferent(q *qtext, si int) (pronounReferent, bool) {
	s := w.sents[si]
	p := s.firstWord()
	if si == 0 || p < 0 || !s.toks[p].is("it", "they") || p+1 >= len(s.toks) || s.headline || s.furniture {
		return pronounReferent{}, false
	}
	plural := s.toks[p].is("they")
	if q.quoted[q.first[si]+p] || !pronounOpensClause(s.toks[p+1:]) || thingPointsBack(s.toks[p+1:]) {
		return pronounReferent{}, false
	}
	j := si - 1
	before := w.sents[j]
	if before.headline || before.furniture || q.para[q.first[j]] != q.para[q.first[si]] {
		return pronounReferent{}, false
	}
	name, ok := w.definedThing(q, j, plural)
	if !ok {
		name, ok = w.namedThing(q, j, plural) // thingnamed.go
	}
	if !ok {
		name, ok = w.activeThing(q, j, si, plural) // thingactive.go
	}
	if !ok {
		return pronounReferent{}, false
	}
	return pronounReferent{person: name, tok: p}, true
}

// pronounOpensClause reports that the words after an opening "It" or
// "They" are its verb ("It landed …", "It had been completed …", "It
// will open …"), and not the "it" of "It was clear that …", "It is the
// ninth time …", "It has been five years since …" or "It took three
// years to …", which stands for nothing named: after a form of "be" only
// a passive verb is read, and not one that a clause follows ("It was
// reported that …", "It is expected to …").
func pronounOpensClause(rest []token) bool {
	k, be := 0, false
	for k < len(rest) && (rest[k].is("be", "been", "being", "not") || auxiliaries[rest[k].lower()]) {
		be = be || rest[k].is("is", "was", "are", "were", "be", "been")
		k++
	}
	if k >= len(rest) || rest[k].cap() || rest[k].punct {
		return false
	}
	if be {
		return k+1 < len(rest) && isParticiple(rest[k].lower()) && !rest[k+1].is("that", "to")
	}
	if dummyItVerbs[rest[k].lower()] || k+1 < len(rest) && rest[k+1].is("that") {
		return false
	}
	return k > 0 || pastVerbs[rest[k].lower()] != ""
}

// dummyItVerbs open "It took three years to …", "It seemed that …":
// the "it" stands for what follows.
var dummyItVerbs = setOf(`took|takes|take|seemed|seems|seem|appeared|appears|emerged|emerges|happened|happens|remains|remained|means|meant|matters|mattered`)

// thingPointsBack reports words after the opening pronoun that would still
// need the sentence before once the name is in ("It kept its …", "They
// said these …"); a pronoun with a noun before it that it may stand for
// does not ("It landed the first humans … and returned them …").
func thingPointsBack(rest []token) bool {
	for i, t := range rest {
		if referentBlockers[t.lower()] && !nounBefore(rest[:i], t.is("they", "them", "their", "theirs", "these", "those")) {
			return true
		}
	}
	return pointsBack(rest) >= 0
}

// definedThing is the name of the thing sentence j defines as its subject
// ("The Potsdam Conference was the last of …", "The Interim Agreement on
// the West Bank and the Gaza Strip, known as Oslo II, was signed in
// Washington on …"), written as the opening of its sentence ("The Potsdam
// Conference"); plural asks for "were" or "are".
func (w *writer) definedThing(q *qtext, j int, plural bool) (string, bool) {
	toks := w.sents[j].toks
	from := w.sents[j].firstWord()
	if from < 0 || q.quoted[q.first[j]+from] {
		return "", false
	}
	start, end, ok := thingNameAt(toks, from)
	if !ok {
		return "", false
	}
	// An appositive between commas ("…, known as Oslo II,") is the
	// name's and left out.
	k := end
	if k < len(toks) && toks[k].text == "," {
		c := k + 1
		for c < len(toks) && c <= k+8 && toks[c].text != "," && !toks[c].is("was", "is", "were", "are") {
			c++
		}
		if c >= len(toks) || toks[c].text != "," {
			return "", false
		}
		k = c + 1
	}
	if !definesThingAt(q, toks, j, k, plural, false) {
		return "", false
	}
	// "The", as the pronoun opened the sentence: the writers lower it in
	// a question as they do a sentence's own "The".
	return "The " + joinTokens(toks[start:end]), true
}

// thingNameAt reads a thing's name opening a sentence at from: "The"
// (which no person's name opens: "Dana Reeve was the first conductor of
// the city orchestra. It …" is the orchestra), capitalised words, the lower-case words that join them
// ("Declaration of Principles"), and one lower-case noun closing it ("the
// Apollo program"); [start, end) is the name without "The".
func thingNameAt(toks []token, from int) (start, end int, ok bool) {
	if !toks[from].is("the") {
		return 0, 0, false
	}
	k := from + 1
	start = k
	for k < len(toks) {
		t := toks[k]
		switch {
		case quoteHonorifics[t.text] || isTitleWord(t):
			return 0, 0, false // "The Rev. Tom Cole", "The Prime Minister"
		case t.cap() && !t.poss && monthIndex[t.lower()] == 0 && !weekdays[t.text]:
			k++
		case k > start && thingNameLinks[t.text] && k+1 < len(toks) && (toks[k+1].cap() || toks[k+1].is("the") && k+2 < len(toks) && toks[k+2].cap()):
			k++ // "Agreement on the West Bank": "the" is read next, as a link
		default:
			goto name
		}
	}
name:
	if k == start || k >= len(toks) {
		return 0, 0, false
	}
	// "the Apollo program was": a lower-case noun after the name closes it.
	if t := toks[k]; t.isWord() && !t.cap() && !t.poss && k+1 < len(toks) && (toks[k+1].is("was", "is", "were", "are") || toks[k+1].text == ",") &&
		pastVerbs[t.lower()] == "" && !auxiliaries[t.lower()] && !prepositions[t.lower()] && !thingNameLinks[t.text] {
		k++
	}
	// "The Apollo was": one capitalised word after "The" is as likely a
	// person's or a place's as a thing's.
	if k-start < 2 {
		return 0, 0, false
	}
	return start, k, true
}

// namesOtherThing reports a capitalised run between from and to that "it"
// could stand for: not a place the gazetteer knows, a person, a month, a
// day or a nationality ("was signed in Washington on Sept. 28, 1995" names
// none; "was drafted by the League of Nations" names one). In a
// definition (owners set) the owner or maker of the thing defined is
// also its description ("the third program of the United States, run by
// NASA"), and so is a name in brackets or quotation marks; a thing the
// definition goes on to speak of is not ("the plan that created the
// Marlow Tunnel").
func (q *qtext) namesOtherThing(from, to int, owners bool) bool {
	owned := false // the last name read was an owner's
	for i := from; i < to; {
		if !q.runStart(i) {
			i++
			continue
		}
		end := q.runEnd(i)
		if owners && (q.quoted[i] || ownerBefore(q.toks[from:i]) || q.toks[i-1].text == "(" || owned && q.coordinatedOwner(from, i)) {
			owned = true
			i = end
			continue
		}
		owned = false
		name := joinTokens(q.toks[i:end])
		p, org := q.resolve(i, end, false)
		_, nat := nationalities[name]
		if !(p != "" && !org && q.people[p] || nat || monthIndex[strings.ToLower(name)] != 0 || weekdays[name] || places().lookup(strings.TrimPrefix(name, "The ")) != nil) {
			return true
		}
		i = end
	}
	return false
}

// ownerBefore reports that the words before a name make it an owner or
// a maker: "of" or "by", then the words of a longer name it may end ("by
// the National Aeronautics and Space Administration", "of the "Big
// Three" Allied powers").
func ownerBefore(ts []token) bool {
	for k := len(ts) - 1; k >= 0; k-- {
		if t := ts[k]; t.is("of", "by") || !t.punct && !t.cap() && !thingNameLinks[t.text] {
			return t.is("of", "by")
		}
	}
	return false
}

// A sentence that opens on "The" and a noun ("The party won six seats in
// 2010") is asked with the name of the thing of that kind that the
// sentence before has as its subject ("The SNP has made a near-clean
// sweep …", the article having written "Scottish National Party (SNP)"),
// or the sentence before that one when the sentence between opens on
// "It" or "Its" and names nothing else of the kind: "When did the SNP win
// six seats?". The name must say the kind (its last word, or the word
// before its brackets where the article spells it out) and replaces the
// two words, so that "The party" becomes "The SNP", "The lander" "The
// Selene lander". A sentence before that names another thing of the
// kind, or a subject that is only described ("The Houston company"),
// refuses.

// kindNouns are the nouns that stand for a named thing of their kind in
// a later sentence; places ("the city", "the country") are left to the
// places' rules.
var kindNouns = setOf(`company|firm|group|party|agency|club|team|bank|airline|carrier|union|council|ministry|department|` +
	`organisation|organization|alliance|coalition|conference|summit|treaty|agreement|accord|pact|program|programme|project|` +
	`mission|lander|rover|spacecraft|probe|rocket|satellite|ship|vessel|festival|tournament|court|committee|commission|` +
	`band|orchestra|choir|museum|university|hospital|fund|plan|scheme|study|survey|storm|hurricane|battle|siege`)

// descriptionReferent is the named thing sentence si's opening "The
// <noun>" stands for, as the words that replace its two tokens. "This
// <noun>" and "That <noun>" point back the same way ("This conference
// followed …") and are read by the same rules; "These"/"Those" would want
// a plural subject, and are left alone.
func (w *writer) descriptionReferent(q *qtext, si int) (pronounReferent, bool) {
	s := w.sents[si]
	p := s.firstWord()
	if a := appositiveOpenerEnd(s.toks, p); a > 0 {
		p = a // "A blocking action, this battle …" (descriptionof.go)
	}
	if si == 0 || p < 0 || p+2 >= len(s.toks) || !s.toks[p].is("the", "this", "that") || s.headline || s.furniture || q.quoted[q.first[si]+p] {
		return pronounReferent{}, false
	}
	noun := s.toks[p+1].lower()
	if s.toks[p+1].cap() || !kindNouns[noun] || !q.verbLike(q.first[si]+p+2) {
		return pronounReferent{}, false
	}
	for j := si - 1; j >= 0 && j >= si-2; j-- {
		before := w.sents[j]
		if before.headline || before.furniture || q.para[q.first[j]] != q.para[q.first[si]] {
			return pronounReferent{}, false
		}
		if words, ok := w.subjectOfKind(q, j, noun); ok {
			if p != s.firstWord() {
				words[0] = midSentenceThe(words[0]) // after an appositive (descriptionof.go)
			}
			return pronounReferent{person: strings.Join(words, " "), tok: p, words: words}, true
		}
		// Only a sentence that goes on about the same thing ("Its previous
		// best was …") may lie between, naming nothing of the kind.
		f := before.firstWord()
		if f < 0 || !before.toks[f].is("it", "its") || w.namesKind(before.toks, noun) {
			return pronounReferent{}, false
		}
	}
	return pronounReferent{}, false
}

// subjectOfKind is the name of the kind noun that sentence j opens on as
// its subject, as the two words that replace "The <noun>": "The SNP has
// made …" gives "The", "SNP"; "The Selene lander was …" gives "The
// Selene", "lander".
func (w *writer) subjectOfKind(q *qtext, j int, noun string) ([]string, bool) {
	toks := w.sents[j].toks
	f := w.sents[j].firstWord()
	if f < 0 || !toks[f].is("the") || q.quoted[q.first[j]+f] {
		return nil, false
	}
	start, k := f+1, f+1
	named := false
	for k < len(toks) && toks[k].cap() && !toks[k].poss && monthIndex[toks[k].lower()] == 0 && !weekdays[toks[k].text] {
		if quoteHonorifics[toks[k].text] || isTitleWord(toks[k]) {
			return nil, false
		}
		_, nat := nationalities[toks[k].text]
		named = named || !nat && places().lookup(toks[k].text) == nil
		k++
	}
	if k == start || !named || k >= len(toks) {
		return nil, false
	}
	last := toks[k-1]
	switch {
	case toks[k].text == noun: // "The Selene lander"
		k++
	case kindOfNameEnd(toks, k, noun) > k: // "The Battle of Wavre" (descriptionof.go)
		k = kindOfNameEnd(toks, k, noun)
	case last.lower() == noun || w.acronymKinds()[last.text] == noun && k-start == 1: // "The Labour Party", "The SNP"
	default:
		return nil, false
	}
	// "The Green Party beat the Labour Party …", "… formed a coalition
	// with Labour": either may be meant.
	if k >= len(toks) || !q.verbLike(q.first[j]+k) || w.namesKind(toks[definitionKindEnd(toks, k):], noun) || q.namesOtherThing(q.first[j]+k, q.first[j]+len(toks), definesSubject(toks, k)) {
		return nil, false
	}
	words := make([]string, 0, k-start)
	for _, t := range toks[start:k] {
		words = append(words, t.text)
	}
	n := len(words)
	return []string{strings.TrimSpace("The " + strings.Join(words[:n-1], " ")), words[n-1]}, true
}

// namesKind reports a name of the kind noun among toks ("the Labour
// Party", "the SNP") or the noun itself ("the party").
func (w *writer) namesKind(toks []token, noun string) bool {
	for _, t := range toks {
		if t.lower() == noun || w.acronymKinds()[t.text] == noun {
			return true
		}
	}
	return false
}

// acronymKinds maps the acronyms the article spells out to the noun
// their names end on: "Scottish National Party (SNP)" gives SNP "party".
func (w *writer) acronymKinds() map[string]string {
	if w.acronyms != nil {
		return w.acronyms
	}
	w.acronyms = map[string]string{}
	for _, s := range w.sents {
		for k := 1; k+2 < len(s.toks); k++ {
			if s.toks[k].text == "(" && s.toks[k+2].text == ")" && isUpperWord(s.toks[k+1].text) && s.toks[k-1].cap() {
				w.acronyms[s.toks[k+1].text] = s.toks[k-1].lower()
			}
		}
	}
	return w.acronyms
}

// A sentence that opens on a description of a person ("The 69-year-old
// won …", "The congressman said …") is asked with the person's name when
// the article says whom it describes: the one person it gives that age
// ("Tom Cole, 69, …") or calls so ("Tom Cole, a congressman, …",
// "congressman Tom Cole"), named in the three sentences before. The name
// takes the description's words, one each ("The 69-year-old": "Tom",
// "Cole"), so a description longer than the name is not read.

// personDescribed is the person sentence si's opening description stands
// for, as the words that replace its tokens.
func (w *writer) personDescribed(q *qtext, si int) (pronounReferent, bool) {
	s := w.sents[si]
	p := s.firstWord()
	if si == 0 || p < 0 || !s.toks[p].is("the") || s.headline || s.furniture || q.quoted[q.first[si]+p] {
		return pronounReferent{}, false
	}
	v := p + 1
	for v < len(s.toks) && v <= p+3 && s.toks[v].isWord() && !s.toks[v].cap() && !q.verbLike(q.first[si]+v) {
		v++
	}
	if v == p+1 || v >= len(s.toks) || !q.verbLike(q.first[si]+v) {
		return pronounReferent{}, false
	}
	desc := s.toks[p+1 : v]
	person := q.onlyPersonDescribed(desc, si)
	if person == "" || !q.namedNear(person, si, 3) {
		return pronounReferent{}, false
	}
	ws := strings.Fields(person)
	n := len(desc) + 1
	if len(ws) < n {
		return pronounReferent{}, false
	}
	words := append(append([]string(nil), ws[:n-1]...), strings.Join(ws[n-1:], " "))
	return pronounReferent{person: person, tok: p, words: words}, true
}

// onlyPersonDescribed is the one person the article describes by desc:
// its age ("Tom Cole, 69,") for "69-year-old", or the same words closing
// a description after the name ("Tom Cole, a former congressman," for
// "congressman") or before it ("former congressman Tom Cole"); "" when
// none or several.
func (q *qtext) onlyPersonDescribed(desc []token, si int) string {
	age := ""
	if len(desc) == 1 {
		if n, ok := strings.CutSuffix(desc[0].lower(), "-year-old"); ok {
			age = n
		}
	}
	// Most descriptions are written once: no name need be read.
	key := desc[len(desc)-1].lower()
	if age != "" {
		key = age
	}
	if !slices.ContainsFunc(q.toks, func(t token) bool { return strings.EqualFold(t.text, key) && !q.inSentence(t, si) }) {
		return ""
	}
	found := ""
	for i := 0; i < len(q.toks); {
		if q.quoted[i] || !q.runStart(i) {
			i++
			continue
		}
		end := q.runEnd(i)
		after := q.toks[end:]
		described := age != "" && len(after) > 2 && after[0].text == "," && after[1].text == age && (after[2].text == "," || after[2].text == ".") ||
			age == "" && len(after) > 2 && after[0].text == "," && after[1].is("a", "an", "the") && appositiveEndsOn(after[2:], desc) ||
			age == "" && i >= len(desc) && sameWords(q.toks[i-len(desc):i], desc)
		if !described {
			i = end
			continue
		}
		if p, org := q.resolve(i, end, true); p != "" && !org && q.isPerson(p) {
			if found != "" && found != p {
				return ""
			}
			found = p
		}
		i = end
	}
	return found
}

// appositiveEndsOn reports a description closed by a comma within five
// words whose last words are desc ("a former congressman," for "the
// congressman").
func appositiveEndsOn(ts []token, desc []token) bool {
	for c := 0; c < len(ts) && c <= 5; c++ {
		if ts[c].text == "," {
			return c >= len(desc) && sameWords(ts[c-len(desc):c], desc)
		}
	}
	return false
}

// sameWords reports the same words, whatever their case.
func sameWords(a, b []token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !strings.EqualFold(a[i].text, b[i].text) {
			return false
		}
	}
	return true
}

// namedNear reports that person is mentioned in one of the n sentences
// before sentence si.
func (q *qtext) namedNear(person string, si, n int) bool {
	for _, m := range q.mentions {
		if s := q.sent[m.tok]; m.person == person && s < si && s >= si-n {
			return true
		}
	}
	return false
}

// inSentence reports that token t is one of sentence si's.
func (q *qtext) inSentence(t token, si int) bool {
	return t.start >= q.sents[si].start && t.end <= q.sents[si].end
}
