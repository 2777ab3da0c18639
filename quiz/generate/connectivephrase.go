package generate

// connectivePhrases open a sentence on a phrase that ties it to the one
// before ("As a result, the harvest …", "In addition, the council …"):
// copied alone the phrase points at nothing, and the statement stays true
// without it. Each is read word by word, in lower case.
var connectivePhrases = [][]string{
	{"as", "a", "result"}, {"as", "a", "consequence"}, {"in", "addition"}, {"in", "turn"},
	{"as", "such"}, {"by", "contrast"}, {"in", "contrast"}, {"on", "the", "other", "hand"},
	{"in", "response"}, {"for", "this", "reason"}, {"because", "of", "this"}, {"in", "the", "meantime"},
}

// connectivePhraseEnd is the index of the comma after a connective
// phrase opening the sentence at toks[first], or -1. A comma before
// "to", "of" or "with" splits a preposition's phrase ("In addition, to
// his men, he gave …" is "in addition to his men"): no connective.
func connectivePhraseEnd(toks []token, first int) int {
	for _, p := range connectivePhrases {
		k := first + len(p)
		if k+1 >= len(toks) || toks[k].text != "," || toks[k+1].is("to", "of", "with") {
			continue
		}
		i := 0
		for i < len(p) && toks[first+i].is(p[i]) {
			i++
		}
		if i == len(p) {
			return k
		}
	}
	return -1
}
