package generate

import "strings"

// An opening "It" may also stand for a named thing that the sentence
// before has as the subject of an active verb with no object ("The
// Kosmos-3M carrier rocket lifted off at 10:36 Moscow time from the
// Plesetsk launch site. It carried five satellites into orbit."): the
// verb is followed at once by a preposition or a particle, so no noun
// after it is the verb's object, and the rest of the sentence names
// nothing but places (the gazetteer's, or a name closed by a place's
// noun: "the Kapustin Yar testing site"), people, dates and time zones.
// The name is "The", capitalised words and a noun of its kind closing it
// ("The Selene lander", "The Kosmos-3M carrier rocket"), or two
// capitalised words or more. Only "It", active itself ("It carried …"),
// is read: "They" may be the satellites, and "It was damaged" may be the
// launch pad. A verb of speech ("The Harlan Space Agency said on …"), a
// clause ("that", "which") or a verb with an object ("built the Selene
// lander") refuses.

// activeThingPlaceNouns close a name that is a place though the
// gazetteer does not know it ("the Kapustin Yar military testing site").
var activeThingPlaceNouns = setOf(`site|base|station|cosmodrome|spaceport|airport|airfield|port|harbour|harbor|range|pad|complex|facility`)

// activeThing is the name of the thing sentence j has as the subject of
// an active verb without an object, written as its sentence opens it.
func (w *writer) activeThing(q *qtext, j, si int, plural bool) (string, bool) {
	if plural || !w.activePronounVerb(si) {
		return "", false
	}
	toks := w.sents[j].toks
	from := w.sents[j].firstWord()
	if from < 0 || !toks[from].is("the") || q.quoted[q.first[j]+from] {
		return "", false
	}
	start, k, caps, named := from+1, from+1, 0, false
	for k < len(toks) && toks[k].cap() && !toks[k].poss && monthIndex[toks[k].lower()] == 0 && !weekdays[toks[k].text] {
		if quoteHonorifics[toks[k].text] || isTitleWord(toks[k]) {
			return "", false // "The Rev. Tom Cole", "The Prime Minister"
		}
		_, nat := nationalities[toks[k].text]
		named = named || !nat && places().lookup(toks[k].text) == nil
		k++
		caps++
	}
	if caps == 0 || !named {
		return "", false
	}
	// One or two lower-case words, the last a thing's kind, close the name.
	nouns := 0
	for k < len(toks) && nouns < 2 && toks[k].isWord() && !toks[k].cap() && !toks[k].poss && !looksPast(toks[k].lower()) &&
		!auxiliaries[toks[k].lower()] && !prepositions[toks[k].lower()] && !thingNameLinks[toks[k].text] {
		k++
		nouns++
	}
	if nouns > 0 && !kindNouns[toks[k-1].lower()] || nouns == 0 && caps < 2 || k+1 >= len(toks) {
		return "", false
	}
	v := toks[k].lower()
	if !looksPast(v) || speechVerbs[v] || dummyItVerbs[v] || auxiliaries[v] || toks[k].is("was", "were", "had", "did") {
		return "", false
	}
	if next := toks[k+1]; next.is("to", "that", "by", "with") || !prepositions[next.lower()] && !particles[next.lower()] {
		return "", false
	}
	for _, t := range toks[k+1:] {
		if t.is("that", "which", "who", "whom", "whose", "where", "it", "its", "they", "them", "their") {
			return "", false
		}
	}
	if w.activeNamesOther(q, q.first[j]+k+1, q.first[j]+len(toks)) {
		return "", false
	}
	return "The " + joinTokens(toks[start:k]), true
}

// activePronounVerb reports that sentence si's opening "It" is the
// subject of an active verb ("It carried …", "It will carry …"), not of a
// passive one ("It was damaged …").
func (w *writer) activePronounVerb(si int) bool {
	s := w.sents[si]
	p := s.firstWord()
	for k := p + 1; k < len(s.toks); k++ {
		t := s.toks[k]
		switch {
		case t.is("be", "been", "being", "is", "was", "are", "were", "has", "have", "had"):
			return false
		case auxiliaries[t.lower()] || t.is("not", "also", "then"):
			continue
		}
		return t.isWord() && !t.cap()
	}
	return false
}

// activeNamesOther is namesOtherThing for the words after an active verb,
// where a time zone ("0636 GMT") and a name closed by a place's noun ("the
// Kapustin Yar military testing site") name no thing either.
func (w *writer) activeNamesOther(q *qtext, from, to int) bool {
	for i := from; i < to; {
		if !q.runStart(i) {
			i++
			continue
		}
		end := q.runEnd(i)
		if timeZones[strings.Trim(joinTokens(q.toks[i:end]), ".")] {
			i = end
			continue
		}
		place := false
		for k := end; k < to && k <= end+3 && q.toks[k].isWord() && !q.toks[k].cap() && !prepositions[q.toks[k].lower()] && !thingNameLinks[q.toks[k].text]; k++ {
			if activeThingPlaceNouns[q.toks[k].lower()] {
				place = k+1 >= to || !q.toks[k+1].isWord() || prepositions[q.toks[k+1].lower()]
				break
			}
		}
		if !place && q.namesOtherThing(i, end, false) {
			return true
		}
		i = end
	}
	return false
}

// looksPast reports a simple past: a known one ("lifted", "took") or a
// word in -ed the verb list lacks ("departed").
func looksPast(v string) bool {
	return pastVerbs[v] != "" || len(v) > 4 && strings.HasSuffix(v, "ed")
}
