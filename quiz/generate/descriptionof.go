package generate

import "strings"

// Two shapes of encyclopedia prose that descriptionReferent missed (the
// Battle of Wavre's entry: "The Battle of Wavre was the final major
// military action of the Hundred Days campaign … . It was fought on …
// . A blocking action, this battle kept 33,000 French soldiers from
// reaching …"):
//
//   - a name whose kind comes first, before "of" and a name ("The Battle
//     of Wavre", "The Bank of Ostland", "The Treaty of Velden"); when its
//     sentence defines it ("was the final … of …"), the names after "of"
//     or "by" in the definition are what it belongs to, not another
//     thing "the battle" could be (definedThing's owners);
//   - "this battle" or "the battle" after an opening appositive ("A
//     blocking action, this battle kept …"): a noun phrase with "A" or
//     "An", no verb, no name, closed by its comma, describes the subject
//     that follows it.
//
// The question then names the thing: "How many French soldiers did the
// Battle of Wavre keep from reaching the Battle of Waterloo?".

// kindOfNameEnd returns where a name that opens on its kind ends
// ("Battle of Wavre"): toks[k-1] is the kind noun, toks[k] "of", then
// capitalised words; k when there is none.
func kindOfNameEnd(toks []token, k int, noun string) int {
	if k < 1 || k+1 >= len(toks) || toks[k-1].lower() != noun || !toks[k].is("of") {
		return k
	}
	e := k + 1
	if e < len(toks) && toks[e].is("the") {
		e++
	}
	n := e
	for n < len(toks) && toks[n].cap() && !toks[n].poss && monthIndex[toks[n].lower()] == 0 && !weekdays[toks[n].text] {
		n++
	}
	if n == e {
		return k
	}
	return n
}

// definesSubject reports that the verb at toks[k] opens a definition of
// the subject before it ("was the final …", "is a …").
func definesSubject(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].is("was", "is") && toks[k+1].is("a", "an", "the", "one")
}

// appositiveOpenerEnd returns the index after the comma of an opening
// appositive ("A blocking action, this battle …"): "A" or "An" at first,
// up to five lower-case words that are no verb, and a comma followed by
// "this", "that" or "the"; -1 when the sentence does not open so.
func appositiveOpenerEnd(toks []token, first int) int {
	if first < 0 || !toks[first].is("a", "an") {
		return -1
	}
	for k := first + 1; k < len(toks) && k <= first+6; k++ {
		t := toks[k]
		if t.text == "," {
			if k == first+1 || k+1 >= len(toks) || !toks[k+1].is("this", "that", "the") {
				return -1
			}
			return k + 1
		}
		if !t.isWord() || t.cap() || auxiliaries[t.lower()] || pastVerbs[t.lower()] != "" || prepositions[t.lower()] || t.is("and", "or", "but", "who", "which", "that") {
			return -1
		}
	}
	return -1
}

// midSentenceThe writes the "The" opening a thing's name in lower case,
// as the name stands after an opening appositive ("A blocking action,
// the Battle of Wavre kept …").
func midSentenceThe(word string) string {
	if rest, ok := strings.CutPrefix(word, "The "); ok {
		return "the " + rest
	}
	if word == "The" {
		return "the"
	}
	return word
}

// definitionKindEnd returns where the words that may name another thing
// of the kind start after the verb at toks[k]: past the definition's own
// noun phrase ("was the largest party of the valley": "the largest
// party" is the subject itself, "The Velden Party"), or k when the verb
// defines nothing.
func definitionKindEnd(toks []token, k int) int {
	if !definesSubject(toks, k) {
		return k
	}
	if h := definitionHead(toks, k+2); h > k+2 {
		return h
	}
	return k
}
