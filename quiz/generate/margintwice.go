package generate

import "strings"

// marginTwice reports a margin count ("lost the match by six wickets")
// when the page gives another margin of the same unit, in the same
// sentence or another ("went down by 10 wickets in the opener"): "By how
// many wickets did Pakistan lose the match?" then has two right answers,
// for the clause asked drops what said which match it was.
func (w *writer) marginTwice(f Fact) bool {
	if f.Noun == "" {
		return false
	}
	for _, g := range w.facts {
		if g.Kind != Count || g.Number == f.Number || g.Noun != f.Noun {
			continue
		}
		if byBefore(g.Sentence, g.Number, g.Noun) {
			return true
		}
	}
	return false
}

// byBefore reports "by N noun" in a sentence: the noun after the number
// n (in figures or a word) after "by".
func byBefore(sentence string, n int, noun string) bool {
	words := strings.Fields(strings.ToLower(sentence))
	nw := strings.Fields(strings.ToLower(noun))
	if len(nw) == 0 {
		return false
	}
	for i := 2; i+len(nw) <= len(words); i++ {
		if words[i-2] != "by" {
			continue
		}
		if v, ok := wordOrFigure(words[i-1]); !ok || v != n {
			continue
		}
		match := true
		for k, x := range nw {
			if strings.TrimRight(words[i+k], ".,;:") != x {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}
