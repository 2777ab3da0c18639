package generate

import (
	"strconv"
	"strings"

	"factquiz/quiz"
)

// partsTotalAcross reports a count's fill-in that lists the other parts
// of a whole ("_____ bodies had been found in the town, 22 in a nearby
// town and 14 in outlying villages") beside a question that states the
// whole ("the death toll had risen to 85"): 85 - 22 - 14 answers the
// blank. Parts are the figures after the blank; any of them may be left
// out of the sum (a date's day, "(22 May)", is no part), and a whole is
// any figure of the other prompt, not of a statement stated false.
func partsTotalAcross(other quiz.Question, prompt string, n int) bool {
	i := strings.Index(prompt, blank)
	if i < 0 || n <= 0 || other.Type == quiz.TrueFalse && !other.Truth {
		return false
	}
	// The whole asked, its parts (two or more) in the other prompt.
	others := promptFigures(other.Prompt)
	if len(others) >= 2 && len(others) <= 6 && subsetSum(others, n, 2) {
		return true
	}
	parts := promptFigures(prompt[i+len(blank):])
	if len(parts) == 0 || len(parts) > 6 {
		return false
	}
	for _, whole := range others {
		rest := whole - n
		if rest <= 0 {
			continue
		}
		if subsetSum(parts, rest, 1) {
			return true
		}
	}
	return false
}

// subsetSum reports some min or more of parts adding up to n.
func subsetSum(parts []int, n, min int) bool {
	for mask := 1; mask < 1<<len(parts); mask++ {
		sum, k := 0, 0
		for j, p := range parts {
			if mask&(1<<j) != 0 {
				sum += p
				k++
			}
		}
		if sum == n && k >= min {
			return true
		}
	}
	return false
}

// promptFigures are the numbers a prompt writes in digits ("22",
// "1,200"), years, times and decimals left out. It reads the words in
// place: choose asks it of many pairs.
func promptFigures(s string) []int {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	var out []int
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, "()[],;:.!?\"“”‘’'")
		if w == "" || w[0] < '0' || w[0] > '9' || strings.Trim(w, "0123456789,") != "" {
			continue
		}
		v, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
		if err != nil || v <= 0 || len(w) == 4 && v >= 1800 && v <= 2199 {
			continue
		}
		out = append(out, v)
	}
	return out
}
