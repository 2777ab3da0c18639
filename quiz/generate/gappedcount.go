package generate

import "unicode"

// A count listed with another of its own, the verb said once ("two
// suspects were arrested over robbery and one suspect over kidnapping"):
// the second member is no part of the question on the first, whose words
// stop before it ("How many suspects were arrested over robbery?"). Left
// in, it gave "How many suspects were arrested over robbery and one
// suspect over kidnapping?" (held-out set 21).

// gappedCountCut cuts rest, the words after a count's verb, before an
// "and" (or ", and") followed by a number and a word: a second count.
func gappedCountCut(rest []token) []token {
	for j := 1; j+2 < len(rest); j++ {
		if !rest[j].is("and") {
			continue
		}
		n, next := rest[j+1], rest[j+2]
		_, word := wordValue(n.text)
		digit := unicode.IsDigit(rune(n.text[0])) && yearNumber(n) == 0
		if (word || digit) && next.isWord() && !durations[next.lower()] {
			end := j
			if rest[end-1].text == "," {
				end--
			}
			if end < 1 {
				return rest
			}
			return rest[:end]
		}
	}
	return rest
}
