package generate

// An encyclopedia's entry opens on its headword without "The": "Abbasid
// Dynasty was the second of the great dynasties of …", "Hurricane Ivo
// was a powerful Atlantic hurricane …"; the next sentence goes on with "It" ("It
// overthrew the Umayyad caliphate in 750"). definedThing reads only a
// name opened by "The", which no person's name has; a bare name may be a
// person's ("Dana Reeve was the first conductor of the orchestra. It
// …" is the orchestra), so it is read only when its own words say it is
// no person: its last word, or the word before its "of", is a kind of
// thing ("Abbasid Dynasty", "Bank of Ostland"), or its first word a
// storm's or a battle's title ("Hurricane", "Battle"). The rest is
// definedThing's: "was"/"is" ("were"/"are" for "They") and a definition
// or a passive verb, nothing else named after it. A name of a kind is
// asked with "the" ("the Abbasid Dynasty"); a title's name as the
// article writes it ("Hurricane Ivo").

// namedKinds are the last words of a bare name that make it a thing:
// kindNouns, and the kinds of an encyclopedia's entries.
var namedKinds = setOf(`dynasty|empire|kingdom|caliphate|sultanate|republic|federation|corporation|war|battle|siege|campaign|act|revolution|uprising|rebellion|earthquake|eruption|expedition|league|association|society|institute|foundation|railway|railroad|canal|bridge|dam|cathedral|abbey|monastery|castle|palace`)

// namedTitles open a bare name that is an event's or a storm's, never a
// person's.
var namedTitles = setOf(`Hurricane|Typhoon|Cyclone|Storm|Operation|Battle|Siege|Treaty|Peace|Act`)

// namedThing is definedThing for a name not opened by "The" (above).
func (w *writer) namedThing(q *qtext, j int, plural bool) (string, bool) {
	toks := w.sents[j].toks
	from := w.sents[j].firstWord()
	if from < 0 || q.quoted[q.first[j]+from] || toks[from].is("the") {
		return "", false
	}
	k := from
	for k < len(toks) {
		t := toks[k]
		switch {
		case quoteHonorifics[t.text] || isTitleWord(t) || t.poss:
			return "", false // "Dr. Ivo Marsh", "President Ivo Marsh", "Ivo's"
		case t.cap() && monthIndex[t.lower()] == 0 && !weekdays[t.text]:
			k++
		case k > from && thingNameLinks[t.text] && !t.is("and") && k+1 < len(toks) && toks[k+1].cap():
			k++ // "Bank of Norway"
		default:
			goto name
		}
	}
name:
	if k-from < 2 || k >= len(toks) {
		return "", false
	}
	// The kind closes the name ("Abbasid Dynasty") or comes before its
	// link ("Bank of Ostland").
	kind := false
	for i := from; i < k && !kind; i++ {
		if i == k-1 || toks[i+1].is("of") {
			kind = kindNouns[toks[i].lower()] || namedKinds[toks[i].lower()]
		}
	}
	title := namedTitles[toks[from].text]
	if !kind && !title {
		return "", false
	}
	if !definesThingAt(q, toks, j, k, plural, true) {
		return "", false
	}
	name := joinTokens(toks[from:k])
	if title {
		// "Hurricane" keeps its capital where a question moves it.
		w.names[name] = true
		return name, true
	}
	return "The " + name, true
}

// definitionHead skips the words before a definition's noun ("a powerful
// Category 4 Atlantic hurricane of 2011"): names there describe the noun
// ("Category 4", "Atlantic") and are no other thing "it" could stand
// for. It returns where the noun's phrase ends, or k when no plain noun
// phrase opens the definition.
func definitionHead(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+8; j++ {
		t := toks[j]
		if t.punct || t.poss || auxiliaries[t.lower()] || pastVerbs[t.lower()] != "" || t.is("and", "or", "that", "which", "who") {
			return k
		}
		if !t.cap() && !startsWithDigit(t.text) && (j+1 >= len(toks) || toks[j+1].punct || prepositions[toks[j+1].lower()] || toks[j+1].is("that", "which", "who")) {
			return j + 1
		}
	}
	return k
}

// definesThingAt reports that sentence j's verb at toks[k] defines the
// name before it: "was" or "is" ("were" or "are" when plural), then a
// definition ("a …", "the …") or a passive verb, and no other thing
// named after it but the definition's owners; past the definition's own
// noun phrase when head is set ("a powerful Category 4 Atlantic
// hurricane").
func definesThingAt(q *qtext, toks []token, j, k int, plural, head bool) bool {
	be := []string{"was", "is"}
	if plural {
		be = []string{"were", "are"}
	}
	if k+1 >= len(toks) || !toks[k].is(be...) {
		return false
	}
	definition := toks[k+1].is("a", "an", "the", "one")
	from := k + 2
	if head {
		from = definitionHead(toks, k+2)
	}
	return (definition || isParticiple(toks[k+1].lower())) && !q.namesOtherThing(q.first[j]+from, q.first[j]+len(toks), definition)
}
