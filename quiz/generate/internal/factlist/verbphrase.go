package factlist

import (
	"strings"

	"factquiz/quiz/generate"
)

// verbPhraseCount pairs a count listed with a verb phrase for its noun
// ("14 | died in Haidong", "30,800 | killed globally", "113 | deaths in
// the province") with the found count of the same number whose own noun
// the text does not write ("14" read as people from "a further 14
// died"): the listed phrase's first word stands within a few words of the
// number in the found count's sentence. The same number told of another
// thing, or in another sentence, is not paired.
func verbPhraseCount(text string, e Entry, f generate.Fact) bool {
	if f.Number != e.Number() || f.Start >= f.End || f.End > len(text) {
		return false
	}
	// The found count writes its number only: a written noun is matched
	// by Matches and headNounInSentence.
	if strings.ContainsFunc(text[f.Start:f.End], func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) && !numberWordsOnly(text[f.Start:f.End]) {
		return false
	}
	words := strings.Fields(normalize(dropParens(e.Fields[1])))
	if len(words) == 0 || len(words[0]) < 4 {
		return false
	}
	sentence := sentenceAround(text, f.Start, f.End)
	from := strings.LastIndexAny(text[:f.Start], ".?!\n") + 1
	lo, hi := f.Start-from, f.End-from
	before := strings.Fields(normalize(sentence[:lo]))
	after := strings.Fields(normalize(sentence[hi:]))
	near := append(before[max(0, len(before)-5):], after[:min(len(after), 3)]...)
	for _, w := range near {
		if strings.Trim(w, ",;:") == words[0] {
			return true
		}
	}
	return false
}

// numberWordsOnly: a count written in words ("fourteen", "two dozen").
func numberWordsOnly(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if !numberWords[strings.Trim(w, ",")] {
			return false
		}
	}
	return true
}

var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true,
	"sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true, "twenty": true, "thirty": true,
	"forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true,
	"hundred": true, "thousand": true, "million": true, "dozen": true,
}
