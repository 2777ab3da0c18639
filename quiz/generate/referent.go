package generate

import (
	"strings"
	"unicode/utf8"

	"factquiz/quiz"
)

// A sentence that opens on "He" or "She" gives no question alone: the
// pronoun has no referent in a quiz. When the article makes the referent
// plain (the person named as the subject of the sentence before, or of a
// chain of sentences opening on the same pronoun, with nobody else named
// or mentioned in between), the date and count clauses and the sentence
// statement put the person's full name in the pronoun's place: "Reeve
// joined the orchestra in 1998. He was named director on 3 May 2004." asks
// "When was Dana Reeve named director?". The name may also be the subject
// of the sentence's second clause ("… and Leonardo da Vinci was forced to
// flee").
// A wrong referent is worse than no question, so anything unclear refuses.

// maxReferentChain is how many sentences opening on the same pronoun may
// lie between the name and the pronoun ("Reeve … . He … . He …").
const maxReferentChain = 4

// otherPersonNouns are people the sentence before may mention without a
// name; any of them could be the "he" or "she" ("Reeve hired a conductor.
// He …").
var otherPersonNouns = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "son": true, "daughter": true, "father": true,
	"mother": true, "husband": true, "wife": true, "brother": true, "sister": true, "friend": true,
	"victim": true, "suspect": true, "child": true, "teacher": true, "driver": true, "partner": true,
	"widow": true, "widower": true, "uncle": true, "aunt": true, "nephew": true, "niece": true,
	"grandson": true, "granddaughter": true, "successor": true, "predecessor": true, "client": true,
	"colleague": true, "boss": true, "employee": true, "student": true, "pupil": true, "patient": true,
	"priest": true, "king": true, "queen": true, "prince": true, "princess": true, "nurse": true,
	"pilot": true, "soldier": true, "guard": true, "witness": true, "defendant": true, "mentor": true,
	"conductor": true, "singer": true, "actor": true, "actress": true, "musician": true, "artist": true,
	"writer": true, "poet": true, "painter": true, "farmer": true, "worker": true, "assistant": true,
	"aide": true, "agent": true, "owner": true, "neighbour": true, "neighbor": true, "resident": true,
	"passenger": true, "customer": true, "donor": true, "member": true, "fan": true, "winner": true,
	"champion": true, "person": true, "individual": true, "gunman": true, "attacker": true, "rescuer": true,
}

// orgSuffixes end a company's name ("Ball Corp."): no person's.
var orgSuffixes = map[string]bool{"Corp": true, "Co": true, "Inc": true, "Ltd": true, "LLC": true, "Plc": true, "PLC": true, "plc": true, "AG": true, "SA": true, "GmbH": true, "NV": true}

// maleHonorifics and femaleHonorifics say what the article calls a
// person: "Mrs Reeve" is no "he".
var (
	maleHonorifics   = map[string]bool{"Mr": true, "Sir": true, "Lord": true, "Father": true, "King": true, "Prince": true, "Brother": true}
	femaleHonorifics = map[string]bool{"Mrs": true, "Ms": true, "Miss": true, "Dame": true, "Lady": true, "Queen": true, "Princess": true, "Sister": true}
)

// referentBlockers are words of the pronoun's own sentence that would
// still point back once the name is in, unless a noun before them in the
// sentence is what they stand for.
var referentBlockers = map[string]bool{
	"it": true, "its": true, "they": true, "them": true, "their": true, "theirs": true, "these": true,
	"those": true,
}

// pronounReferent is the person a sentence's subject pronoun stands for:
// tok is the pronoun's token, poss set for "His" or "Her" opening the
// subject ("His second coronation took place …").
type pronounReferent struct {
	person string
	tok    int
	poss   bool
	// words replace the tokens from tok on, one each, when the referent
	// takes the place of a description ("The party": "The", "SNP").
	words []string
}

// referent is the full name of the person the "He" or "She" subject of
// sentence si (its first word, or after a short opening phrase), or the
// "His" or "Her" opening its subject, stands for, or "" when the article
// does not make it plain or the sentence would still need the one before
// with the name in.
func (w *writer) referent(si int) string {
	return w.pronounReferent(si).person
}

func (w *writer) pronounReferent(si int) pronounReferent {
	if w.referents == nil {
		w.referents = w.findReferents()
	}
	return w.referents[si]
}

// referentText is what sentence si writes in the place of its subject
// pronoun's tokens, from tok to last: the person's name, in the
// possessive for "His" or "Her" ("Henry III's", "Jones's" or "Jones'" as
// the article writes it); tok is -1 when the pronoun has no referent.
func (w *writer) referentText(si int) (tok, last int, text string) {
	r := w.pronounReferent(si)
	switch {
	case r.person == "":
		return -1, -1, ""
	case r.words != nil:
		return r.tok, r.tok + len(r.words) - 1, r.person
	case !r.poss:
		return r.tok, r.tok, r.person
	}
	return r.tok, r.tok, r.person + w.possessiveSuffix(r.person)
}

// possessiveSuffix follows the article's style: its apostrophe, and a
// bare one after a name ending in s only when the article writes the
// name so ("Jones' house").
func (w *writer) possessiveSuffix(person string) string {
	apostrophe := "'"
	last := surname(person)
	found := false
	for _, s := range w.sents {
		for _, t := range s.toks {
			if !t.poss || t.suffix == "" {
				continue
			}
			if !found {
				r, _ := utf8.DecodeRuneInString(t.suffix)
				apostrophe, found = string(r), true
			}
			if t.text == last && strings.HasSuffix(last, "s") && len(t.suffix) == len(string(apostrophe)) {
				return t.suffix
			}
		}
	}
	return apostrophe + "s"
}

// findReferents resolves every sentence opening on "He" or "She", or
// whose subject opens on "His" or "Her".
func (w *writer) findReferents() map[int]pronounReferent {
	out := map[int]pronounReferent{}
	var q *qtext
	var bare map[string]bool
	for si, s := range w.sents {
		// "It" or "They" stands for a thing the sentence before defines
		// (thingreferent.go).
		// "The party" stands for the party the sentence before is about.
		if f := s.firstWord(); f >= 0 && (s.toks[f].is("it", "they", "the", "this", "that") || appositiveOpenerEnd(s.toks, f) > 0) {
			if r, ok := w.thingReferent(w.peopleText(), si); ok {
				out[si] = r
				continue
			}
			if r, ok := w.descriptionReferent(w.peopleText(), si); ok {
				out[si] = r
				continue
			}
			if r, ok := w.personDescribed(w.peopleText(), si); ok {
				out[si] = r
				continue
			}
		}
		first, p := s.firstWord(), pronounAt(s.toks)
		poss := false
		if p < 0 {
			p, poss = possessiveAt(s.toks), true
		}
		if first < 0 || p < 0 || s.headline || s.furniture {
			continue
		}
		if q == nil {
			q = w.peopleText()
			bare = w.bareNames()
		}
		from, to := q.sentSpan(si)
		// The pronoun is the subject: it opens the sentence ("He was …")
		// or follows a short opening phrase that names no one ("In 1940 he
		// succeeded …"); "His" or "Her" opens the subject so ("His second
		// coronation took place …", "In 1993 her first novel …").
		subject := q.subjectStart(from, to)
		if poss {
			subject = q.subjectStartOf(from, to, "his", "her")
		}
		// A longer opening phrase closed by its comma ("After service in
		// the Mexican War, he left …") may come before it too.
		long := p-first > 5 && !(p-first <= 8 && s.toks[p-1].text == ",")
		if (p != first || poss) && (subject != from+p || long || q.namesSomeone(from, from+p) || q.mentionsSomeoneElse(from, from+p)) {
			continue
		}
		// "After his defeat, Hart retired …": a possessive in an opening
		// phrase may stand for the subject that follows it.
		if poss && p != first && !possessiveOpensSubject(q, from+p, to) {
			continue
		}
		male := s.toks[p].is("he", "his")
		person := q.chainReferent(si, male, maxReferentChain, bare)
		if person == "" && !poss && p == first {
			if d := q.describedSubject(si); d != "" && !q.quoted[from+p] && !pointsBackOnceNamed(s.toks[p+1:], male) {
				out[si] = pronounReferent{person: d, tok: p} // "The jury foreman" (referentdescribed.go)
				continue
			}
		}
		// "Conservative Alejandro Giammattei": a party's word read as the
		// first name would go into the question.
		if person == "" || partyWords[strings.Fields(person)[0]] || q.quoted[from+p] || !q.sexAgrees(person, male) || pointsBackOnceNamed(s.toks[p+1:], male) {
			continue
		}
		// A name in one word ("Churchill was born …") may be a company's or
		// a place's: the article must also call the person he or she.
		if !strings.Contains(person, " ") && !q.bareSaidOf(person, male) {
			continue
		}
		out[si] = pronounReferent{person: person, tok: p, poss: poss}
		// The name, put where a sentence's first word was, keeps its
		// capital (keepCapital, nameFirst).
		w.names[person] = true
	}
	return out
}

// pronounAt is the index of the first "he" or "she" among the first
// words of a sentence, or -1.
func pronounAt(toks []token) int { return amongFirstWords(toks, "he", "she") }

// possessiveAt is the index of the first "his" or "her" among the first
// words of a sentence, or -1.
func possessiveAt(toks []token) int { return amongFirstWords(toks, "his", "her") }

// amongFirstWords is the index of the first of words among a sentence's
// first nine tokens, or -1: a pronoun later than that is no subject.
func amongFirstWords(toks []token, words ...string) int {
	for i, t := range toks[:min(len(toks), 9)] {
		if t.is(words...) {
			return i
		}
	}
	return -1
}

// possessiveOpensSubject reports that the "his" or "her" at k opens the
// subject of its clause: its verb comes before any comma ("In 1993 her
// first novel was published"), so no other subject follows it.
func possessiveOpensSubject(q *qtext, k, to int) bool {
	for j := k + 1; j < to && j <= k+8; j++ {
		switch {
		case q.toks[j].text == ",":
			return false
		case q.verbLike(j):
			return true
		}
	}
	return false
}

// sentSpan is the range of q.toks sentence j holds.
func (q *qtext) sentSpan(j int) (from, to int) {
	from, to = q.first[j], len(q.toks)
	if j+1 < len(q.first) {
		to = q.first[j+1]
	}
	return from, to
}

// namesSomeone reports a capitalised run between from and to that may be
// a person's name.
func (q *qtext) namesSomeone(from, to int) bool {
	for i := from; i < to; {
		if q.quoted[i] || !q.runStart(i) {
			i++
			continue
		}
		end := q.runEnd(i)
		if p, org := q.resolve(i, end, true); p != "" && !org {
			return true
		}
		i = end
	}
	return false
}

// chainReferent is the person sentence si's opening pronoun stands for:
// the one person named in the sentence before, as its subject, or the
// referent of that sentence's own pronoun subject of the same sex.
func (q *qtext) chainReferent(si int, male bool, depth int, bare map[string]bool) string {
	j := si - 1
	if j > 0 && depth > 0 && q.passesOver(j, male) { // chainskip.go
		return q.chainReferent(j, male, depth-1, bare)
	}
	if j < 0 || depth == 0 || q.sents[j].furniture {
		return ""
	}
	if q.sents[j].headline {
		return q.headingPerson(j) // "Dana Reeve / She joined …" (headingreferent.go)
	}
	from, to := q.sentSpan(j)
	// Every name that may be a person's counts, known or not ("beating
	// Rafael Nadal", named nowhere else), except inside the subject's own
	// description ("Jose Arroyo, a United Steelworkers union
	// representative, said …").
	var named []quoteMention
	for i := from; i < to; {
		if q.quoted[i] || !q.runStart(i) {
			i++
			continue
		}
		end := q.runEnd(i)
		// "born at Blenheim Palace": a name after "at" or "in" is a place;
		// "during the Boer War", "Ball Corp." are things.
		// "a five-time Tony Award winner": a name ending on a thing's word
		// is no one.
		thing := i > 0 && q.toks[i-1].is("at", "in", "near", "into", "across", "outside", "inside", "the") && !q.isPerson(joinTokens(q.toks[i:end])) ||
			orgSuffixes[strings.TrimSuffix(q.toks[end-1].text, ".")] || end-1 > i && q.toks[end-1].text == "." && orgSuffixes[q.toks[end-2].text] ||
			end-i > 1 && thingName(joinTokens(q.toks[i:end])) || q.indefiniteRun(i, end) // "an Honorary Alderman" (referentpredicate.go)
		// "queen of Great Britain": a place the gazetteer knows.
		if p, org := q.resolve(i, end, true); p != "" && !org && !thing && (q.isPerson(p) || places().lookup(p) == nil) && !q.forPlaceRun(i, end, p) { // "for Caton Ward" (referentfor.go)
			named = append(named, quoteMention{tok: i, person: p})
		}
		i = end
	}
	st := q.subjectStart(from, to)
	if len(named) == 0 {
		// "Grant rose quickly …" where the article gave two names of one
		// person, one in brackets (namealias.go).
		if st >= 0 && q.runEnd(st) == st+1 && !q.toks[st].poss && st+1 < to && !q.toks[st+1].is("and", "or", "&") &&
			!q.mentionsSomeoneElse(st+1, to) && !q.otherOfSex(st+1, to, male) {
			if a := q.bracketAliasPerson(q.toks[st].text); a != "" {
				return a
			}
		}
		// "Churchill was born at Blenheim Palace": an article that never
		// gives the name in full uses the one word.
		if st >= 0 && bare[q.toks[st].text] && q.runEnd(st) == st+1 && !q.toks[st].poss && st+1 < to && !q.toks[st+1].is("and", "or", "&") &&
			!q.mentionsSomeoneElse(st+1, to) {
			return q.toks[st].text
		}
		// "Within months he was …": the sentence before has the same
		// pronoun as its subject, and says nothing of anyone else.
		if st < 0 || !q.toks[st].is("he", "she") || q.toks[st].is("he") != male || q.mentionsSomeoneElse(st+1, to) || q.otherOfSex(st+1, to, male) {
			return ""
		}
		return q.chainReferent(j, male, depth-1, bare)
	}
	m := named[0]
	end := q.runEnd(m.tok)
	// The name is the subject: at the start of its clause, or the speaker
	// closing it ("…, Reeve said."); not owned ("Reeve's lawyer"), not
	// one of several ("Reeve and Cole").
	if st != m.tok && !q.closingSpeaker(m.tok, end, to) && !q.secondClauseSubject(from, m.tok, end, to) && !q.identityName(from, m.tok) || q.toks[end-1].poss || end < to && q.toks[end].is("and", "or", "&") {
		return ""
	}
	after := q.appositiveEnd(end, to)
	if b := q.aliasBracketEnd(m.person, end, to); b > end {
		after = q.appositiveEnd(b, to) // "Grant (Hiram Ulysses Grant, 1822–85), the 18th US president," (namealias.go)
	}
	for _, o := range named[1:] {
		if o.person != m.person && (o.tok < end || o.tok >= after) && !q.bracketedAlias(m.person, end, o) {
			return "" // two people named: either may be meant
		}
	}
	if q.mentionsSomeoneElse(after, to) || q.otherOfSex(after, to, male) {
		return ""
	}
	return m.person
}

// otherOfSex reports an object pronoun of the pronoun's sex right after
// the verb of the subject whose predicate opens at k: "Reeve told him …"
// speaks of another man, whom the next sentence's "He" may mean; "Reeve
// was jailed after a jury found him guilty" does not. "Her" counts when
// nothing it could own follows it ("beat her in the final").
func (q *qtext) otherOfSex(k, to int, male bool) bool {
	verb := false
	for k < to && !q.toks[k].cap() {
		l := q.toks[k].lower()
		isVerb := q.verbLike(k) || strings.HasSuffix(l, "ed") // "hired", which pastVerbs may lack
		if !isVerb && !q.toks[k].is("not", "also") && !strings.HasSuffix(l, "ly") {
			break
		}
		verb = verb || isVerb
		k++
	}
	if !verb || k >= to || q.quoted[k] {
		return false
	}
	if male {
		return q.toks[k].is("him")
	}
	return q.toks[k].is("her") && (k+1 >= to || q.toks[k+1].punct || determiners[q.toks[k+1].lower()] || prepositions[q.toks[k+1].lower()] || q.toks[k+1].is("that", "to"))
}

// secondClauseSubject reports a name at i that is the subject of the
// sentence's second clause ("In 1499, French troops invaded Milan and
// Leonardo da Vinci was forced to flee"), the first clause naming and
// calling no one a pronoun could stand for.
func (q *qtext) secondClauseSubject(from, i, end, to int) bool {
	if i-1 <= from || !q.toks[i-1].is("and", "but") || end >= to || !q.verbLike(end) || q.mentionsSomeoneElse(from, i) {
		return false
	}
	// Any name in the first clause may be a person the rules do not know
	// ("Soon, Serena fought back but Halep …"), the sentence's opening
	// word aside when it is a preposition or an adverb.
	for k := from; k < i; k++ {
		l := q.toks[k].lower()
		if q.toks[k].is("he", "she", "him", "his", "her") || q.mayName(k) && !(k == from && (prepositions[l] || timeAdverbs[l] || determiners[l] || strings.HasSuffix(l, "ly"))) {
			return false
		}
	}
	return true
}

// mayName reports a capitalised word at k that may be a name of a person
// the rules do not know: not a place the gazetteer knows, a month, a day
// or a nationality.
func (q *qtext) mayName(k int) bool {
	t := q.toks[k]
	_, nat := nationalities[t.text]
	return q.runStart(k) && !nat && monthIndex[t.lower()] == 0 && !weekdays[t.text] && places().lookup(joinTokens(q.toks[k:q.runEnd(k)])) == nil
}

// appositiveEnd is where the description set off by commas after a name
// ends ("Reeve, a union representative, said"), or end when there is
// none: the description is the person's, no one else's.
func (q *qtext) appositiveEnd(end, to int) int {
	if end+2 >= to || q.toks[end].text != "," || !q.toks[end+1].is("a", "an", "the") {
		return end
	}
	for k := end + 2; k < to && k <= end+10; k++ {
		if q.verbLike(k) || prepositions[q.toks[k].lower()] {
			return end
		}
		if q.toks[k].text == "," {
			return k + 1
		}
		// "…, said Reeve, the orchestra's director.": the sentence's end
		// closes it too, when it names no one ("the father of Tom Cole").
		if k == to-1 && q.toks[k].text == "." && !q.namesSomeone(end+2, k) {
			return to
		}
	}
	return end
}

// subjectStart is the token where the main clause of the sentence between
// from and to starts: its first word, or the first word after an opening
// phrase ("In the opening set, Halep …", "In 1940 Churchill …",
// "Surprisingly, Churchill …"), or a name after the words that describe
// it ("children's author Helen Dunmore"); -1 when a verb or a preposition
// comes first.
func (q *qtext) subjectStart(from, to int) int {
	return q.subjectStartOf(from, to, "he", "she")
}

// subjectStartOf is subjectStart with the pronouns that may open the
// subject ("his" and "her" for a possessive's noun phrase).
func (q *qtext) subjectStartOf(from, to int, pronouns ...string) int {
	k := from
	for k < to && q.toks[k].punct {
		k++
	}
	if k >= to || q.quoted[k] {
		return -1
	}
	switch l := q.toks[k].lower(); {
	case k+1 < to && q.toks[k+1].text == "," && (strings.HasSuffix(l, "ly") || l == "however" || l == "meanwhile"):
		// "Surprisingly, Churchill lost …"; "However, after seeing the
		// pieces in 2015, Dalman …": an opening phrase may follow.
		return q.subjectStartOf(k+2, to, pronouns...)
	case (strings.HasSuffix(l, "ing") || isParticiple(l)) && k+1 < to && !q.toks[k+1].cap() && !q.toks[k+1].punct:
		// "Looking back into his history, Boris Johnson became …", "Taken
		// prisoner during the war, he became …": an opening participle's
		// phrase up to its comma.
		c := k + 1
		for c < to && c <= k+8 && q.toks[c].text != "," {
			if q.verbLike(c) {
				return -1
			}
			c++
		}
		if c+1 >= to || q.toks[c].text != "," {
			return -1
		}
		k = c + 1
	case prepositions[l] || timeAdverbs[l]:
		// An opening phrase with no verb in it, up to a comma, or up to
		// the pronoun or the name when short and in lower case ("Within
		// months he was …", "In 1940 Reeve …").
		c := k + 1
		if e := q.phraseComma(k+1, to); e > 0 {
			c = e // "After service in the Mexican War, he …" (openingphrase.go)
		}
		for c < to && q.toks[c].text != "," && (!q.runStart(c) || monthIndex[q.toks[c].lower()] != 0) && !q.toks[c].is(pronouns...) {
			if q.verbLike(c) {
				return -1
			}
			c++
		}
		switch {
		case c < to && q.toks[c].text == ",":
			k = c + 1
		case c < to && c-k <= 4:
			k = c
		default:
			return -1
		}
		if k >= to {
			return -1
		}
	}
	if q.toks[k].is(pronouns...) {
		return k
	}
	// Lower-case words describing the name that follows; the first may
	// have its capital from the sentence only ("Violinist and teacher
	// Dana Reeve").
	d := k
	if d+1 < to && q.runStart(d) && q.runEnd(d) == d+1 && !q.toks[d+1].cap() {
		if p, _ := q.resolve(d, d+1, true); p == "" && !q.verbLike(d+1) {
			d++
		}
	}
	for d < to && !q.runStart(d) {
		// "The indictment states that Reeve …": a clause's "that" (verbLike
		// may read "states" as a noun) ends the description.
		if q.verbLike(d) || prepositions[q.toks[d].lower()] || q.toks[d].is("that") || q.toks[d].is("and", "or", "with") && d+1 < to && q.runStart(d+1) {
			return -1
		}
		d++
	}
	if d >= to {
		return -1
	}
	if p := q.pronounAfterNamePhrase(from, d, to, pronouns...); p >= 0 {
		return p // "unlike Shan, he …" (openingname.go)
	}
	return d
}

// closingSpeaker reports a name that ends its sentence as the speaker:
// "…, Prime Minister Anwar Ibrahim said." or "“…,” said Reeve.", the
// verb perhaps after "had" or "has" and before a short phrase of when or
// how ("had said earlier", "said on Friday", "said in a statement"), the
// name perhaps before a description of its own (", who …").
func (q *qtext) closingSpeaker(i, end, to int) bool {
	last := to - 1
	for last >= end && q.toks[last].punct { // "…,” said Reeve.": the name may end it
		last--
	}
	for k := last; k > end && k >= last-4 && speechAdjunct(q.toks[k]); k-- {
		if quoteSpeechVerbs[q.toks[k-1].lower()] {
			last = k - 1
			break
		}
	}
	if last == end+1 && q.toks[end].is("had", "has") && quoteSpeechVerbs[q.toks[last].lower()] {
		end++
	}
	// ", who …" or a description (", the orchestra's director,") after
	// the name is the speaker's.
	if end+1 < to && q.toks[end].text == "," && q.toks[end+1].is("who") {
		last = end - 1
	} else if a := q.appositiveEnd(end, to); a == to {
		last = end - 1
	} else if a > end && a == last {
		end = a
	}
	switch {
	case last == end && quoteSpeechVerbs[q.toks[end].lower()]:
		return i > 0 && (q.toks[i-1].text == "," || q.quoted[i-1])
	case last == end-1 && i > 0 && quoteSpeechVerbs[q.toks[i-1].lower()]:
		return i > 1 && (q.toks[i-2].text == "," || q.quoted[i-2])
	}
	return false
}

// speechAdjunct reports a word of the phrase that may close a speaker's
// sentence after the verb ("on Friday", "in a statement", "earlier"):
// no verb, pronoun, name or clause of its own.
func speechAdjunct(t token) bool {
	l := t.lower()
	switch {
	case t.punct || t.is("that", "he", "she", "him", "her", "they", "them", "his", "their", "it", "its", "also", "now", "then"):
		return false
	case t.cap():
		return weekdays[t.text] || monthIndex[l] != 0
	}
	return pastVerbs[l] == "" && !auxiliaries[l] && !quoteSpeechVerbs[l]
}

// verbLike reports a verb or an auxiliary at k.
func (q *qtext) verbLike(k int) bool {
	t := q.toks[k]
	return !t.cap() && (pastVerbs[t.lower()] != "" || auxiliaries[t.lower()] || quoteSpeechVerbs[t.lower()])
}

// mentionsSomeoneElse reports a person spoken of without a name between
// from and to ("hired a new coach"), who could be the pronoun's referent
// (a plural noun cannot be: "toured with the players").
func (q *qtext) mentionsSomeoneElse(from, to int) bool {
	for k := from; k < to; k++ {
		l := q.toks[k].lower()
		if (otherPersonNouns[l] || quoteRoleNouns[l]) && !q.predicateNoun(from, k) && !q.abstractJustice(k) && !q.modifierRoleNoun(k) {
			return true
		}
	}
	return false
}

// abstractJustice reports "justice" as the law, not a judge: "pervert
// the course of justice", "brought to justice" name no one, whereas "a
// justice", "the justice" and "Justice Kagan" do.
func (q *qtext) abstractJustice(k int) bool {
	t := q.toks[k]
	return t.is("justice") && !t.cap() && k > 0 && q.toks[k-1].is("of", "to", "for")
}

// predicateNoun reports a noun at k that says what the subject is or
// became ("became the third federal judge", "was named director"): no one
// else.
func (q *qtext) predicateNoun(from, k int) bool {
	if q.predicatePhrase(from, k) { // "was also a former boxing champion" (referentpredicate.go)
		return true
	}
	for j, reach := k-1, k-5; j >= from && j >= reach; j-- {
		t := q.toks[j]
		if t.is("became", "becomes", "become", "is", "was", "remains", "remained", "named", "appointed", "elected", "commissioned", "as") {
			return true
		}
		// "was a three-time nominee and five-time award winner": a second
		// noun joined to the first without a determiner of its own is
		// the subject's too; "and her husband" is someone else.
		if t.is("and") && j > from && j+1 < k && !determiners[q.toks[j+1].lower()] && !q.toks[j-1].punct {
			reach = j - 5
			continue
		}
		if t.punct || prepositions[t.lower()] || q.verbLike(j) || t.is("and", "or", "who", "whose", "that", "which") {
			return false
		}
	}
	return false
}

// sexAgrees reports that the article says nothing against the pronoun:
// no honorific of the other sex before the person's name, and no more
// pronouns of the other sex than of the pronoun's in the sentences that
// name the person alone.
func (q *qtext) sexAgrees(person string, male bool) bool {
	same, other := 0, 0
	bySent := map[int][]string{}
	for _, m := range q.mentions {
		bySent[q.sent[m.tok]] = append(bySent[q.sent[m.tok]], m.person)
		if m.person != person {
			continue
		}
		for k := m.tok; k >= 0 && k >= m.tok-1; k-- {
			t := q.toks[k].text
			if maleHonorifics[t] && !male || femaleHonorifics[t] && male {
				return false
			}
		}
		// The run may open on the honorific: "Mrs Reeve" is one run.
		for k := m.tok; k < q.runEnd(m.tok); k++ {
			t := q.toks[k].text
			if maleHonorifics[t] && !male || femaleHonorifics[t] && male {
				return false
			}
		}
	}
	for si, people := range bySent {
		alone := true
		for _, p := range people {
			alone = alone && p == person
		}
		if !alone {
			continue
		}
		from, to := q.sentSpan(si)
		for k := from; k < to; k++ {
			if q.quoted[k] {
				continue
			}
			if g := pronounGender(&q.toks[k]); g != 0 {
				if (g > 0) == male {
					same++
				} else {
					other++
				}
			}
		}
	}
	return other <= same
}

// bareNames are the one-word names a person may go by: capitalised
// inside sentences too (properNouns), and no country, nationality,
// organisation or title.
func (w *writer) bareNames() map[string]bool {
	// "police" in lower case elsewhere makes "Police said …" no name.
	// Only the proper nouns lowered are looked for: a set of every
	// lower-case word of the article would cost a map insertion a word.
	lower := make(map[string]bool, len(w.proper))
	lows := make(map[string]string, len(w.proper)) // each name lowered once
	for x := range w.proper {
		l := strings.ToLower(x)
		lows[x] = l
		lower[l] = false
	}
	for _, s := range w.sents {
		for _, t := range s.toks {
			if t.isWord() && !t.cap() {
				if seen, ok := lower[t.text]; ok && !seen {
					lower[t.text] = true
				}
			}
		}
	}
	out := map[string]bool{}
	for x := range w.proper {
		l := lows[x]
		if _, nat := nationalities[x]; nat || countryWords[x] || notNames[x] || quoteOrgWords[x] || quoteKnownOrgs[x] || quoteHonorifics[x] ||
			monthIndex[l] != 0 || weekdays[x] || lower[l] || quoteRoleNouns[l] || otherPersonNouns[l] || groupNouns[l] || isTitleWord(token{text: x}) {
			continue
		}
		out[x] = true
	}
	return out
}

// groupNouns open sentences as subjects and take "he said" after them
// ("Police said he …"): never one person's name.
var groupNouns = map[string]bool{
	"police": true, "officials": true, "authorities": true, "prosecutors": true, "investigators": true,
	"witnesses": true, "residents": true, "doctors": true, "scientists": true, "researchers": true,
	"experts": true, "critics": true, "analysts": true, "officers": true, "troops": true, "rescuers": true,
	"firefighters": true, "parents": true, "students": true, "voters": true, "fans": true, "players": true,
	"sources": true, "reports": true, "records": true, "documents": true, "court": true, "jurors": true,
}

// bareSaidOf reports that the article calls the one-word name he (or
// she) and never the other: in the sentences that hold the name and no
// other person's (or hold it as their subject), some pronouns of the sex
// and none of the other.
func (q *qtext) bareSaidOf(name string, male bool) bool {
	same, other := 0, 0
	for si := range q.sents {
		from, to := q.sentSpan(si)
		holds, others := false, false
		for k := from; k < to; k++ {
			if q.quoted[k] || !q.runStart(k) {
				continue
			}
			if q.toks[k].text == name {
				holds = true
			} else if p, org := q.resolve(k, q.runEnd(k), true); p != "" && !org {
				others = true
			}
		}
		// Another person named beside it may own the pronouns, unless the
		// name is the sentence's subject ("Churchill spent the 1930s on the
		// back-benches, his career not helped by his support for King
		// Edward VIII").
		if st := q.subjectStart(from, to); !holds || others && (st < 0 || q.toks[st].text != name) {
			continue
		}
		for k := from; k < to; k++ {
			switch {
			case q.quoted[k]:
			case q.toks[k].is("he", "him", "his", "himself") == male && q.toks[k].is("he", "him", "his", "himself", "she", "her", "hers", "herself"):
				same++
			case q.toks[k].is("he", "him", "his", "himself", "she", "her", "hers", "herself"):
				other++
			}
		}
	}
	return same > 0 && other == 0
}

// pointsBackOnceNamed reports words after the opening pronoun that still
// need the sentence before: "its", "they", a pronoun of the other sex.
func pointsBackOnceNamed(rest []token, male bool) bool {
	for i, t := range rest {
		l := t.lower()
		if referentBlockers[l] && !nounBefore(rest[:i], t.is("they", "them", "their", "theirs", "these", "those")) ||
			male && t.is("she", "her", "hers", "herself") || !male && t.is("he", "him", "his", "himself") {
			return true
		}
	}
	return pointsBack(rest) >= 0
}

// nounBefore reports a word before a pronoun that it may stand for: a
// name, or a lower-case noun (a plural one for "their"); "He was named
// its director" has none, "He said the closure will cost 56 members
// their jobs" has "members".
func nounBefore(ts []token, plural bool) bool {
	for _, t := range ts {
		l := t.lower()
		if t.punct || len(l) < 4 || prepositions[l] || auxiliaries[l] || pastVerbs[l] != "" || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly") {
			continue
		}
		if plural && (strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")) || !plural && (t.cap() || !strings.HasSuffix(l, "s")) {
			return true
		}
	}
	return false
}

// withReferent puts the full name of the person in the place of sentence
// si's opening "He" or "She" (in the possessive for "His" or "Her") while
// its clause is read (dateClause, countClause, copyable), and gives back
// the function that puts the sentence back, so that questions copying the
// sentence (fill-ins) still see the pronoun.
func (w *writer) withReferent(si int) (restore func()) {
	r := w.pronounReferent(si)
	if r.person == "" {
		return func() {}
	}
	old := w.sents[si].toks
	toks := append([]token(nil), old...)
	if r.words != nil {
		for i, word := range r.words {
			toks[r.tok+i].rename(word)
		}
		w.sents[si].toks = toks
		return func() { w.sents[si].toks = old }
	}
	toks[r.tok].rename(r.person)
	if r.poss {
		suffix := w.possessiveSuffix(r.person)
		toks[r.tok].poss, toks[r.tok].suffix = true, suffix
	}
	w.sents[si].toks = toks
	return func() { w.sents[si].toks = old }
}

// namesAnswer reports that offered question a names, in the place of its
// sentence's "He" or "She", the person who answers question b ("When did
// Vladimir Putin sign the treaty?" beside "Who visited Minsk?"): the name
// the article left to the pronoun would single out that choice.
func (w *writer) namesAnswer(a, b int) bool {
	ca, cb := w.offered[a], w.offered[b]
	person := w.referent(w.facts[ca.item.Fact].sent)
	if person == "" || cb.q.Type == quiz.TrueFalse || normalize(cb.item.Answer) != normalize(person) {
		return false
	}
	return hasWords(w.normalPrompt(a), normalize(person))
}

// pronounGender is 1 for a man's pronoun (he, him, his, himself), -1 for
// a woman's, 0 for any other word.
func pronounGender(t *token) int {
	switch {
	case t.is("he", "him", "his", "himself"):
		return 1
	case t.is("she", "her", "hers", "herself"):
		return -1
	}
	return 0
}
