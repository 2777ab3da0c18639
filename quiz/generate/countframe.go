package generate

import "strings"

// Count questions without their date frame (keepTimeFrame): "How many
// people were killed when two trains collided near New Delhi in August
// 1995?" holds the answer of "When did two trains collide near New
// Delhi?", so choose keeps only one of the two. When the event's own
// words already single the figure out from the article's other figures
// of the noun, the question is also offered without the frame, after
// the framed one: choose takes it only when the framed one clashes, and
// the quiz asks the date and the count of the event apart. The quality
// checker's time-frame rule (countsTimeFrameProblem) lets it pass.

// minEventWords is how many of a frameless prompt's words another
// figure's sentence must lack for the prompt to tell the two apart.
const minEventWords = 2

// framelessCount reports whether plain, count fact fi's question
// without its time frame, tells its figure from every other figure of
// the same noun in the article (eventTellsApart).
func (w *writer) framelessCount(fi int, plain string) bool {
	f := w.facts[fi]
	var others []int
	for gi, g := range w.facts {
		if gi != fi && g.Kind == Count && g.Noun == f.Noun && g.Number != f.Number {
			others = append(others, g.sent)
		}
	}
	return eventTellsApart(plain, f.Noun, others, w.normalSentence)
}

// eventTellsApart reports whether a count prompt's content words
// (countWords) tell its figure from the figures of the same noun in the
// sentences others (normalized by norm, padded with spaces): each of
// those sentences lacks at least minEventWords of them. "How many
// patients were waiting for surgery?" does not tell April's list from
// May's.
func eventTellsApart(prompt, noun string, others []int, norm func(int) string) bool {
	words := countWords(prompt, noun)
	if len(words) < minEventWords {
		return false
	}
	for _, si := range others {
		s := norm(si)
		lack := 0
		for _, x := range words {
			if !strings.Contains(s, " "+x+" ") {
				lack++
			}
		}
		if lack < minEventWords {
			return false
		}
	}
	return true
}

// countWords are a count prompt's content words: four letters or more,
// none of the question's own (promptWords, "many") nor the counted
// noun's.
func countWords(prompt, noun string) []string {
	skip := map[string]bool{"many": true}
	for _, x := range strings.Fields(normalize(noun)) {
		skip[x] = true
	}
	var out []string
	for _, x := range strings.Fields(normalize(prompt)) {
		if len(x) >= 4 && !skip[x] && !promptWords[x] && !containsString(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// otherFigureSents lists the sentences, from first on, of the n that
// count count fact f's noun with another number (countsOf(si) each).
func otherFigureSents(n int, countsOf func(si int) []count, f Fact, first int) []int {
	var out []int
	for si := first; si < n; si++ {
		for _, c := range countsOf(si) {
			if c.noun == f.Noun && c.value != f.Number && !otherFigureSkips(c, si, f.c, f.sent) {
				out = append(out, si)
				break
			}
		}
	}
	return out
}
