package generate

import (
	"strconv"
	"strings"
)

// A count that a word of its own prompt fixes is no question: "In forming
// a marital union, _____ people become …" (two: a marriage joins two),
// "The twins, _____ girls, …", "the trio's _____ members" (held-out set
// 20 rejected the first as given away). Nor is a count that the quiz's
// title states of the same thing: "a First in Six Years" over "For the
// first time in almost _____ years" (7) gives six as the answer, rightly
// or not (held-out set 20).

// fixingWords are words that fix how many people they name.
var fixingWords = map[string]int{
	"couple": 2, "couples": 2, "pair": 2, "marriage": 2, "marital": 2, "twins": 2, "twin": 2, "duo": 2, "both": 2,
	"trio": 3, "triplets": 3, "quartet": 4, "quadruplets": 4, "quintet": 5, "quintuplets": 5,
}

// fixedPeopleNouns are the nouns of people a fixing word counts.
var fixedPeopleNouns = setOf(`people|persons|men|women|children|boys|girls|sons|daughters|brothers|sisters|partners|spouses|babies|members|players|individuals|adults|siblings|parents|musicians|singers`)

// fixedCountGiveaway reports whether normalized prompt p of a question on
// count fact f holds a word that fixes f's number of people: "marital",
// "twins", "trio" beside "two people", "two girls", "three members".
func fixedCountGiveaway(p string, f Fact) bool {
	if f.Kind != Count || !fixedPeopleNouns[lastWord(strings.ToLower(f.Noun))] {
		return false
	}
	for _, w := range strings.Fields(p) {
		if n, ok := fixingWords[w]; ok && n == f.Number {
			return true
		}
	}
	return false
}

// spanUnits count a span of time. Only a span is read: a headline's "12
// Ministers Resign" may count other ministers than "Of the _____ ministers
// to be sworn in" (held-out set 18 judged that question fine).
var spanUnits = setOf(`year|month|week|day|hour|minute|decade|century|season`)

// titleCountsNoun reports whether normalized headline t writes a number
// right before count fact f's noun, a span of time ("six years", "six-year"
// read as "six year", "7 straight years"), after a word that normalized
// prompt p holds too ("a first in six years" and "For the first time in
// almost _____ years"): the title states the span the question asks, the
// same number (given away) or another (then the title and the key
// disagree, and a learner answering from the title is defensibly right).
// A headline's span of another story ("ends 38 years of waiting" beside
// "the third time in six years") shares no such word.
func titleCountsNoun(t, p string, f Fact) bool {
	if f.Kind != Count || f.Noun == "" {
		return false
	}
	head := lastWord(strings.ToLower(f.Noun))
	one := strings.TrimSuffix(head, "s")
	if !spanUnits[one] {
		return false
	}
	words := strings.Fields(strings.ReplaceAll(t, "-", " "))
	var pw []string
	for i, w := range words {
		if _, err := strconv.Atoi(strings.ReplaceAll(w, ",", "")); err != nil {
			if _, ok := wordValue(w); !ok {
				continue
			}
		}
		for k := i + 1; k < len(words) && k <= i+2; k++ {
			if words[k] == head || words[k] == one {
				if pw == nil {
					pw = strings.Fields(p)
				}
				for _, b := range words[max(0, i-3):i] {
					if len(b) > 3 && !spanLinkWords[b] && containsString(pw, b) {
						return true
					}
				}
				break
			}
			if !countModifiers[words[k]] && words[k] != "straight" && words[k] != "consecutive" {
				break
			}
		}
	}
	return false
}

// spanLinkWords join a headline's span to what comes before it and tie it
// to nothing: "after six years", "with two days left".
var spanLinkWords = setOf(`with|after|from|that|this|than|over|into|within|about`)
