package testwise

import "factquiz/quiz"

// UnsharedName is the cross-question strategy's name in reports.
const UnsharedName = "unshared (the choice no other same-form question of the quiz offers)"

// Unshared plays the test-wise learner who reads the whole quiz: among
// questions of one form ("What office does X hold?" twice), wrong choices
// drawn from one short list come back from question to question, and the
// choice that appears in only one of them is the answer. Questions of the
// same form are those sharing at least one choice text with the question
// asked; the learner picks among its choices that none of them offers.
// A question sharing no choice with another, or whose choices are all
// shared or all unshared, does not count (see Score.Add).
func Unshared(qs []quiz.Question) Score {
	var s Score
	for i, q := range qs {
		picks := UnsharedPicks(qs, i)
		s.Add(Strategy{Name: UnsharedName, Pick: func([]string) []int { return picks }}, q)
	}
	return s
}

// UnsharedPicks are the indexes of the choices of qs[i] that no other
// multiple-choice question sharing a choice with it offers; nil when no
// other question shares one.
func UnsharedPicks(qs []quiz.Question, i int) []int {
	texts, _, ok := Texts(qs[i])
	if !ok {
		return nil
	}
	mine := map[string]bool{}
	for _, t := range texts {
		mine[t] = true
	}
	seen := map[string]bool{} // choices of the questions of the same form
	for j, o := range qs {
		other, _, ok := Texts(o)
		if j == i || !ok {
			continue
		}
		shares := false
		for _, t := range other {
			if mine[t] {
				shares = true
				break
			}
		}
		if !shares {
			continue
		}
		for _, t := range other {
			seen[t] = true
		}
	}
	if len(seen) == 0 {
		return nil
	}
	var picks []int
	for k, t := range texts {
		if !seen[t] {
			picks = append(picks, k)
		}
	}
	return picks
}
