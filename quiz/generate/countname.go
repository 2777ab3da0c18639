package generate

import "strings"

// loneName reports a one-word subject that opens its sentence and reads as
// a person's surname though the article writes it nowhere else ("Meade had
// lost 23,000 men"): a capitalised word that is no function word, pronoun,
// plural, mass noun or abstract noun, and that the article never writes in
// lower case. A count prompt keeps its capital ("How many men had Meade
// lost?"), where a common noun would be lowered ("the ship" stays lower).
func (w *writer) loneName(subject []token) bool {
	if len(subject) != 1 {
		return false
	}
	t := subject[0]
	l := t.lower()
	// A pronoun read as its referent holds the referent's words: no name.
	if strings.ContainsRune(t.text, ' ') || !t.cap() || t.text == strings.ToUpper(t.text) || len(l) < 3 || notNames[t.text] || notPersonWords[t.text] || pronouns[l] || loneNameCommon[l] {
		return false
	}
	if _, isNum := wordValue(t.text); isNum {
		return false
	}
	for _, suf := range []string{"s", "ing", "tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence"} {
		if strings.HasSuffix(l, suf) {
			return false
		}
	}
	// Written in lower case anywhere in the article: a common word.
	return !lowerWordInText(w.text, l)
}

// lowerWordInText reports the word written in lower case as a whole word.
func lowerWordInText(text, word string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], word)
		if k < 0 {
			return false
		}
		at := i + k
		end := at + len(word)
		if (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
		i = at + 1
	}
}

// loneNameCommon are common nouns and determiners that open a sentence
// as its whole subject without an article ("Police had arrested …").
var loneNameCommon = setOf(`police|staff|everyone|everybody|someone|somebody|anyone|anybody|nobody|none|each|all|both|many|most|some|few|several|one|another|people|crew|government|parliament|congress|security|research|data|rain|snow|water|fire|smoke|traffic|power|work|money|aid|help|nothing|something|everything|half|more|less|much|little`)
