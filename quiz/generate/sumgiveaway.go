package generate

import (
	"strconv"
	"strings"
)

// figuresSumTo reports a prompt that gives count n in parts: its figures
// written in digits, dates left out, are two or more and add up to n
// ("Of those who died, 15 were vaccinated, 240 were not, and 30 died
// before May 4, 2021" gives the 285 deaths another question asks). The
// learner adds them up instead of remembering.
func figuresSumTo(prompt string, n int) bool {
	if n < 3 {
		return false
	}
	sum, figures := 0, 0
	words := strings.Fields(prompt)
	for i, w := range words {
		w = strings.Trim(w, ".,;:()“”\"'’")
		if w == "" || w[0] < '0' || w[0] > '9' {
			continue
		}
		v, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
		if err != nil {
			return false // a decimal, a range or a figure with its unit: no parts to add
		}
		// A day after its month, a year: no count.
		if i > 0 && monthIndex[strings.ToLower(strings.Trim(words[i-1], ".,"))] != 0 || !strings.Contains(w, ",") && len(w) == 4 && v >= 1800 && v <= 2100 {
			continue
		}
		sum += v
		figures++
	}
	return figures >= 2 && sum == n
}
