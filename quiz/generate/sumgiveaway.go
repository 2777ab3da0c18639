package generate

import "strings"

// figuresSumTo reports a prompt that gives count n in parts: its figures
// written in digits, dates left out, are two or more and add up to n
// ("Of those who died, 15 were vaccinated, 240 were not, and 30 died
// before May 4, 2021" gives the 285 deaths another question asks). The
// learner adds them up instead of remembering. It is asked of every pair
// of questions: it reads the prompt in place, without allocating.
func figuresSumTo(prompt string, n int) bool {
	if n < 3 {
		return false
	}
	sum, figures := 0, 0
	prev := "" // the word before the figure
	for i := 0; i < len(prompt); {
		c := prompt[i]
		if c == ' ' {
			i++
			continue
		}
		j := i
		for j < len(prompt) && prompt[j] != ' ' {
			j++
		}
		w := strings.Trim(prompt[i:j], ".,;:()“”\"'’")
		i = j
		if w == "" || w[0] < '0' || w[0] > '9' {
			prev = w
			continue
		}
		v, digits, comma := 0, 0, false
		for k := 0; k < len(w); k++ {
			switch d := w[k]; {
			case d >= '0' && d <= '9':
				v = 10*v + int(d-'0')
				digits++
			case d == ',':
				comma = true
			default:
				return false // a decimal, a range or a figure with its unit: no parts to add
			}
		}
		// A day after its month, a year: no count.
		if monthIndex[strings.ToLower(prev)] != 0 || !comma && digits == 4 && v >= 1800 && v <= 2100 {
			prev = w
			continue
		}
		prev = w
		sum += v
		figures++
	}
	return figures >= 2 && sum == n
}
