package generate

import "factquiz/quiz"

// A headline that names the portfolio of the right office and of no
// wrong one gives "What office does X hold?" away without naming the
// office: under "Deputy PM warns health ministry about outbreaks" the
// learner picks "Deputy Minister of Health" among Finance, Justice and
// Education. Only the words of the right choice that no wrong choice
// holds count ("Health"), so "Deputy Foreign Minister of Vietnam" beside
// "President of Vietnam" and "Deputy Foreign Minister of India" is told
// by no word of a headline.

// titlePortfolio reports whether normalized headline t holds a word of
// office question q's right choice that no wrong choice holds, and no
// such word of a wrong choice.
func titlePortfolio(t string, q quiz.Question) bool {
	if q.Type != quiz.Single || len(q.Choices) < 2 {
		return false
	}
	wrong := map[string]bool{}
	var right []string
	var buf [12]string
	for _, c := range q.Choices {
		ws := appendFields(buf[:0], normalize(c.Text))
		if c.Correct {
			right = append(right, ws...)
			continue
		}
		for _, w := range ws {
			wrong[w] = true
		}
	}
	told := false
	for _, w := range right {
		if !wrong[w] && len(w) > 3 && hasNormalWords(t, w) {
			told = true
		}
	}
	if !told {
		return false
	}
	// A headline naming a wrong choice's own word as well tells nothing.
	rightSet := map[string]bool{}
	for _, w := range right {
		rightSet[w] = true
	}
	for w := range wrong {
		if !rightSet[w] && len(w) > 3 && hasNormalWords(t, w) {
			return false
		}
	}
	return true
}
