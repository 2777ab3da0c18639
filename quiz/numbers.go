package quiz

import (
	"math"
	"strconv"
	"strings"
)

// ParseNumber reads a number as a learner types it: " 3 ", "3.0", "-2",
// "+2", "−2" (Unicode minus), "1,822" and "1 822" (thousands), "3,5" (a
// decimal comma), "1e3", the English words zero to ninety-nine
// ("Three", "twenty", "twenty-one"), and a number followed by a scale word
// as news writes counts ("5 million", "1.2 billion", "two million",
// "3.5bn", "40m"). It reports false for anything else,
// including NaN, infinities and numbers too large for a float64, so that a
// typed "NaN" or "Inf" can never match a tolerance.
func ParseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".!"))
	if s == "" {
		return 0, false
	}
	if v, ok := numberWord(s); ok {
		return v, true
	}
	// "5 million": an article's count as the learner copies it. The scale
	// is read only after a number, so "million" alone is no number.
	if mant, scale, ok := cutScale(s); ok {
		if _, _, twice := cutScale(mant); twice {
			return 0, false // "5 million million"
		}
		v, ok := ParseNumber(mant)
		if !ok || math.IsInf(v*scale, 0) {
			return 0, false
		}
		return v * scale, true
	}
	neg := false
	switch {
	case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "+"):
		neg = s[0] == '-'
		s = s[1:]
	case strings.HasPrefix(s, "−"):
		neg = true
		s = s[len("−"):]
	}
	s = strings.TrimSpace(s)
	digits, ok := plainDigits(s)
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

// Scale words and their abbreviations in news writing ("£850m", "$1.8bn").
var scales = []struct {
	word  string
	value float64
}{
	{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
	{"bn", 1e9}, {"tn", 1e12}, {"m", 1e6}, {"k", 1e3},
}

// cutScale splits "5 million" or "3.5bn" into the number and the scale's
// value. A word scale may stand apart from the number; an abbreviation
// must be glued to digits ("40m"), so that "5 m" (metres) is not read.
func cutScale(s string) (string, float64, bool) {
	l := strings.ToLower(s)
	for _, sc := range scales {
		mant, ok := strings.CutSuffix(l, sc.word)
		if !ok || mant == "" {
			continue
		}
		word := len(sc.word) > 2
		trimmed := strings.TrimRight(mant, " \u00a0")
		if !word && trimmed != mant {
			continue
		}
		if word && trimmed == mant && !isDigitByte(mant[len(mant)-1]) {
			continue // "fivemillion", or a longer word ending the same way
		}
		if trimmed == "" || strings.HasSuffix(trimmed, "-") {
			continue
		}
		if !word && !isDigitByte(trimmed[len(trimmed)-1]) {
			continue // "5km" is no count
		}
		return strings.TrimSpace(s[:len(trimmed)]), sc.value, true
	}
	return "", 0, false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// plainDigits rewrites s as the digits strconv.ParseFloat expects, or
// reports false when s is not a plain decimal number. Checking the
// characters here keeps out what ParseFloat would otherwise accept and a
// learner never means: "NaN", "Inf", hexadecimal and underscores.
func plainDigits(s string) (string, bool) {
	mant, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp = s[:i], s[i+1:]
		e := strings.TrimPrefix(strings.TrimPrefix(exp, "-"), "+")
		if e == "" || !allDigits(e) {
			return "", false
		}
		exp = "e" + exp
	}
	// Group separators: "1,822", "1 822", "1 822" (no-break/thin space).
	for _, sep := range []string{",", " ", "\u00a0", "\u202f", "\u2009", "'"} {
		if grouped(mant, sep) {
			mant = strings.ReplaceAll(mant, sep, "")
			break
		}
	}
	// A single comma left is a decimal comma ("3,5"), as typed in much of Europe.
	if strings.Count(mant, ",") == 1 && !strings.Contains(mant, ".") {
		mant = strings.Replace(mant, ",", ".", 1)
	}
	whole, frac, _ := strings.Cut(mant, ".")
	if whole == "" && frac == "" {
		return "", false
	}
	if (whole != "" && !allDigits(whole)) || (frac != "" && !allDigits(frac)) {
		return "", false
	}
	if whole == "" {
		whole = "0"
	}
	if frac == "" {
		return whole + exp, true
	}
	return whole + "." + frac + exp, true
}

// grouped reports whether the whole part of s is digits in groups of three
// separated by sep, with a first group of one to three digits ("1,822",
// "12,345,678.5").
func grouped(s, sep string) bool {
	whole, _, _ := strings.Cut(s, ".")
	parts := strings.Split(whole, sep)
	if len(parts) < 2 {
		return false
	}
	for i, p := range parts {
		if !allDigits(p) || len(p) > 3 || (i > 0 && len(p) != 3) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

var smallNumbers = []string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen",
}

var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// numberWord reads "three", "Twenty", "twenty-one" or "twenty one".
func numberWord(s string) (float64, bool) {
	s = strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "-", " "))), " ")
	for i, w := range smallNumbers {
		if s == w {
			return float64(i), true
		}
	}
	first, rest, _ := strings.Cut(s, " ")
	for t := 2; t < len(tens); t++ {
		if first != tens[t] {
			continue
		}
		if rest == "" {
			return float64(t * 10), true
		}
		for u := 1; u <= 9; u++ {
			if rest == smallNumbers[u] {
				return float64(t*10 + u), true
			}
		}
	}
	return 0, false
}
