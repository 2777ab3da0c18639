package generate

import "strings"

// unnamedPossessive reports a prompt whose "his" or "her" has no one
// before it to refer to: no name, no person ("a 19-year-old man", "the
// officer"), no "he" or "she". Copied out of its paragraph, the sentence
// "Two bullets were found at his home in Leigh" asks about no one's home
// (judged so on set 21; "until he retired", "longer than that" on sets
// 18-20 are the same cause). The prompt's own opening ("According to the
// article,", "Fill in the blank:", the question word) names no one; after
// a "Fill in" opening the sentence's first word is capitalised by
// position, and names someone only when the article writes it capitalised
// elsewhere too (proper). A name may follow the pronoun when it opens the
// clause after a fronted phrase ("On his retirement in 1997, Edwards
// was …").
func unnamedPossessive(prompt string, proper map[string]bool) bool {
	// Cheap first: most prompts have neither (" his ", not "this ").
	if !strings.Contains(prompt, " his ") && !strings.Contains(prompt, " her ") && !strings.Contains(prompt, " His ") && !strings.Contains(prompt, " Her ") {
		return false
	}
	body, skipFirst, question := prompt, false, true
	for _, p := range [...]string{"According to the article, ", "Fill in the blank: ", "Fill in the number: "} {
		if strings.HasPrefix(prompt, p) {
			body, skipFirst, question = prompt[len(p):], p[0] == 'F', false
			break
		}
	}
	// "Who called the loss …": the one asked for is the referent. Quoted
	// words are the speaker's, with the speaker's referents.
	if strings.HasPrefix(prompt, "Who") {
		return false
	}
	if q := strings.IndexAny(body, "“\""); q >= 0 {
		body = body[:q]
	}
	ws := strings.Fields(body)
	if question && len(ws) > 0 {
		ws = ws[1:] // "When", "How", "Who": the question word
	}
	for i, raw := range ws {
		word := strings.Trim(raw, ",.;:!?()“”\"'’")
		if word == "" {
			continue
		}
		l := strings.ToLower(word)
		switch {
		case l == "his" || l == "her":
			return !namedAfterFronted(ws, i)
		case l == "he" || l == "she" || l == "him":
			return false
		case word[0] >= 'A' && word[0] <= 'Z' && !notNames[word] && (i > 0 || !skipFirst || proper[word]):
			return false // a name, or a title before one
		case personWord(l):
			return false
		}
	}
	return false
}

// namedAfterFronted reports a pronoun inside a phrase opening the
// sentence with a preposition, closed by a comma and followed by a name:
// "On his retirement in 1997, Edwards was …".
func namedAfterFronted(ws []string, i int) bool {
	if len(ws) == 0 || !prepositions[strings.ToLower(ws[0])] {
		return false
	}
	for k := i; k+1 < len(ws); k++ {
		if strings.HasSuffix(ws[k], ",") {
			next := strings.Trim(ws[k+1], "“”\"'’")
			return next != "" && next[0] >= 'A' && next[0] <= 'Z' && !notNames[next]
		}
	}
	return false
}

// personWord reports a common noun that may name a person or people: one
// of otherPersonNouns (or its plural), a "-man"/"-woman"/"-person", or an
// agent ending ("officer", "inspector", "scientist", "appellant",
// "trainee", "actress"); generous, as a word read wrongly as a person only
// keeps a statement the rule would otherwise refuse.
func personWord(l string) bool {
	if otherPersonNouns[l] || otherPersonNouns[strings.TrimSuffix(l, "s")] || irregularPlurals[l] || possessorNouns[strings.TrimSuffix(l, "s")] {
		return true
	}
	if prepositions[l] {
		return false
	}
	l = strings.TrimSuffix(l, "s")
	for _, e := range [...]string{"man", "men", "person", "er", "or", "ist", "ian", "ant", "ee", "ess"} {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// possessorNouns are people whose ending personWord does not read.
var possessorNouns = setOf(`detective|constable|executive|representative|relative|resident|student|president|parent|defendant|claimant|official|spokesperson|family|couple|public`)
