// Package testwise plays the classic strategies of a test-wise learner who
// never read the source: answering a multiple-choice question from the
// choices alone. A quiz whose choices give the answer away lets these
// strategies score well above chance; a good quiz leaves them at chance.
//
// The strategies (see Strategies):
//
//   - middle: when every choice is a date or a number, sort them by value
//     and take the middle one (wrong answers made by shifting the right
//     one a little each way put it there);
//   - convergence: take the choice sharing most parts (words, date parts,
//     digits in their places) with the other choices (wrong answers made
//     by changing one part of the right one at a time meet in it);
//   - longest: take the longest choice (the right one is often the most
//     carefully qualified);
//   - odd one out: take the choice whose form differs most from the others
//     (length, number of words, shape of the words, a digit, a comma).
//
// A strategy may hesitate between several choices (two longest of equal
// length): it names them all, and the learner is counted as picking one
// of them at random, so a hit among k counts 1/k. A strategy that cannot
// tell the choices apart (all of one length, no numbers) does not pick at
// all, and the question does not count for it.
package testwise

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz"
)

// Strategy is one way of answering from the choices alone.
type Strategy struct {
	Name string
	// Pick returns the indexes of the choices the strategy would pick
	// among (one, or several when it hesitates), or none when it cannot
	// tell the choices apart.
	Pick func(choices []string) []int
}

// The strategies, in the order reports show them.
var (
	MiddleStrategy      = Strategy{Name: "middle", Pick: Middle}
	ConvergenceStrategy = Strategy{Name: "convergence", Pick: Convergence}
	LongestStrategy     = Strategy{Name: "longest", Pick: Longest}
	OddOneOutStrategy   = Strategy{Name: "odd one out", Pick: OddOneOut}
	Strategies          = []Strategy{MiddleStrategy, ConvergenceStrategy, LongestStrategy, OddOneOutStrategy}
)

// Texts returns the choice texts of a multiple-choice question with one
// right answer, and the index of that answer; ok is false for any other
// question (true or false, typed answers, several right choices).
func Texts(q quiz.Question) (texts []string, right int, ok bool) {
	if q.Type != quiz.Single || len(q.Choices) < 2 {
		return nil, -1, false
	}
	right = -1
	for i, c := range q.Choices {
		texts = append(texts, c.Text)
		if c.Correct {
			if right >= 0 {
				return nil, -1, false
			}
			right = i
		}
	}
	return texts, right, right >= 0
}

// Score is how a strategy did over a set of questions.
type Score struct {
	// Questions is how many multiple-choice questions were seen.
	Questions int
	// Applied is how many of them the strategy picked in.
	Applied int
	// Hits is the expected number of right picks: 1 for a sure right
	// pick, 1/k when the right answer is one of k choices it hesitates
	// between.
	Hits float64
	// chance sums 1/len(choices) over the applied questions.
	chance float64
}

// Add plays the strategy on one question; questions that are not
// multiple-choice with one right answer are ignored.
func (s *Score) Add(st Strategy, q quiz.Question) {
	texts, right, ok := Texts(q)
	if !ok {
		return
	}
	s.Questions++
	picks := st.Pick(texts)
	if len(picks) == 0 || len(picks) == len(texts) {
		return
	}
	s.Applied++
	s.chance += 1 / float64(len(texts))
	for _, p := range picks {
		if p == right {
			s.Hits += 1 / float64(len(picks))
		}
	}
}

// Merge adds another score to this one.
func (s *Score) Merge(o Score) {
	s.Questions += o.Questions
	s.Applied += o.Applied
	s.Hits += o.Hits
	s.chance += o.chance
}

// ScoreQuestions plays a strategy on every multiple-choice question.
func ScoreQuestions(st Strategy, qs []quiz.Question) Score {
	var s Score
	for _, q := range qs {
		s.Add(st, q)
	}
	return s
}

// Rate is the share of right picks over the questions the strategy
// picked in (0 when it picked in none).
func (s Score) Rate() float64 {
	if s.Applied == 0 {
		return 0
	}
	return s.Hits / float64(s.Applied)
}

// Chance is the share a blind guess gets right over the same questions:
// the mean of 1/len(choices).
func (s Score) Chance() float64 {
	if s.Applied == 0 {
		return 0
	}
	return s.chance / float64(s.Applied)
}

// Gain is how many percentage points the strategy scores above chance
// (negative below it).
func (s Score) Gain() float64 { return 100 * (s.Rate() - s.Chance()) }

// String reads "7.5/12 right (62%), chance 25%, gain +37 points".
func (s Score) String() string {
	if s.Applied == 0 {
		return "no pick in " + strconv.Itoa(s.Questions) + " questions"
	}
	return strconv.FormatFloat(s.Hits, 'f', -1, 64) + "/" + strconv.Itoa(s.Applied) + " right (" +
		strconv.Itoa(int(math.Round(100*s.Rate()))) + "%), chance " + strconv.Itoa(int(math.Round(100*s.Chance()))) +
		"%, gain " + signed(s.Gain()) + " points"
}

func signed(x float64) string {
	r := strconv.FormatFloat(x, 'f', 1, 64)
	if x >= 0 {
		return "+" + r
	}
	return r
}

// best returns the indexes with the highest score, or none when every
// choice has the same score (nothing to go by).
func best(scores []float64) []int {
	const eps = 1e-9
	max := math.Inf(-1)
	for _, s := range scores {
		max = math.Max(max, s)
	}
	var out []int
	for i, s := range scores {
		if s >= max-eps {
			out = append(out, i)
		}
	}
	if len(out) == len(scores) {
		return nil
	}
	return out
}

// ---- middle ----

// Middle sorts choices that are all dates or all numbers by value and
// picks the middle one. With an even number of choices, a value far off
// the others at one end (its gap to its neighbour more than twice every
// other gap) is set aside and the middle of the rest is picked; otherwise
// the learner hesitates between the two middle ones. It picks nothing when
// a choice is not a date or a number, or when the choices are not all of
// one form (a year against a day).
func Middle(choices []string) []int {
	if len(choices) < 3 {
		return nil
	}
	vals := make([]float64, len(choices))
	var form uint8
	for i, c := range choices {
		v, f, ok := valueOf(c)
		if !ok || i > 0 && f != form {
			return nil
		}
		vals[i], form = v, f
	}
	idx := make([]int, len(choices))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return vals[idx[a]] < vals[idx[b]] })
	for k := 1; k < len(idx); k++ {
		if vals[idx[k]] == vals[idx[k-1]] {
			return nil // two equal values: nothing to go by
		}
	}
	if len(idx)%2 == 0 {
		gap := func(k int) float64 { return vals[idx[k+1]] - vals[idx[k]] }
		n := len(idx)
		first, last := gap(0), gap(n-2)
		inner := 0.0
		for k := 1; k < n-2; k++ {
			inner = math.Max(inner, gap(k))
		}
		switch {
		case first > 2*math.Max(inner, last):
			idx = idx[1:]
		case last > 2*math.Max(inner, first):
			idx = idx[:n-1]
		default:
			return []int{idx[n/2-1], idx[n/2]}
		}
	}
	return []int{idx[len(idx)/2]}
}

// Parts of a value, so that only choices of one form are compared.
const (
	hasNumber uint8 = 1 << iota
	hasYear
	hasMonth
	hasDay
)

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// Seasons sort with their first month.
	"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

var multipliers = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// valueOf reads a choice as a point in time (year, month, day) or a
// number. form says which parts it has.
func valueOf(s string) (v float64, form uint8, ok bool) {
	toks := tokens(s)
	year, month, day := 0, 0, 0
	var nums []float64
	for i, t := range toks {
		l := strings.ToLower(strings.TrimSuffix(t, "."))
		if m, isMonth := months[l]; isMonth && month == 0 {
			month = m
			continue
		}
		if n, isNum := numberOf(t); isNum {
			if i+1 < len(toks) {
				if k, isMul := multipliers[strings.ToLower(toks[i+1])]; isMul {
					n *= k
				}
			}
			nums = append(nums, n)
			continue
		}
		if n, isWord := wordNumber(l); isWord {
			nums = append(nums, n)
		}
	}
	if month > 0 {
		for _, n := range nums {
			switch {
			case n >= 1000 && n <= 2199 && n == math.Trunc(n) && year == 0:
				year = int(n)
			case n >= 1 && n <= 31 && n == math.Trunc(n) && day == 0:
				day = int(n)
			}
		}
		form = hasMonth
		if year > 0 {
			form |= hasYear
		}
		if day > 0 {
			form |= hasDay
		}
		return float64(year*10000 + month*100 + day), form, true
	}
	if len(nums) == 0 {
		return 0, 0, false
	}
	return nums[0], hasNumber, true
}

// tokens splits a choice into words and numbers: "60,000" and "3.5" stay
// whole, "1992-1994" gives two numbers, "twenty-one" stays one word.
func tokens(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		inner := i > 0 && i+1 < len(rs)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur.WriteRune(r)
		case (r == ',' || r == '.') && inner && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
			cur.WriteRune(r)
		case (r == '-' || r == '\'' || r == '’') && inner && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]):
			cur.WriteRune(r)
		case r == '.' && cur.Len() > 0 && !unicode.IsDigit(rs[i-1]):
			// "Sept." keeps its dot, so that its shape shows.
			cur.WriteRune(r)
			flush()
		default:
			flush()
		}
	}
	flush()
	return out
}

// wordNumber reads "three", "twenty-one".
func wordNumber(l string) (float64, bool) {
	sum := 0.0
	for _, p := range strings.Split(l, "-") {
		n, ok := numberWords[p]
		if !ok {
			return 0, false
		}
		sum += n
	}
	return sum, true
}

func numberOf(t string) (float64, bool) {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return 0, false
	}
	// "27th" is a day.
	t = strings.TrimRight(strings.ToLower(t), "stndrh")
	t = strings.ReplaceAll(t, ",", "")
	n, err := strconv.ParseFloat(t, 64)
	return n, err == nil
}

// ---- convergence ----

var stopWords = map[string]bool{
	"the": true, "of": true, "a": true, "an": true, "and": true, "to": true, "in": true, "on": true,
	"from": true, "between": true, "for": true, "at": true, "by": true,
}

// parts lists what a choice is made of: its words in lower case (without
// the smallest words every choice shares) and, for a number, each digit
// with its place ("1988" has 1 thousand, 9 hundreds, 8 tens, 8 units).
func parts(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range tokens(s) {
		l := strings.ToLower(strings.TrimSuffix(t, "."))
		if stopWords[l] {
			continue
		}
		out["w:"+l] = true
		if t[0] >= '0' && t[0] <= '9' {
			digits := strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return r
				}
				return -1
			}, t)
			for k := 0; k < len(digits); k++ {
				out["d:"+strconv.Itoa(len(digits)-k)+":"+digits[k:k+1]] = true
			}
		}
	}
	return out
}

// Convergence picks the choice that shares most parts with the others
// (counted over every other choice): when wrong answers are made by
// changing one part of the right one at a time, the right one is where
// they meet.
func Convergence(choices []string) []int {
	if len(choices) < 3 {
		return nil
	}
	ps := make([]map[string]bool, len(choices))
	for i, c := range choices {
		ps[i] = parts(c)
	}
	scores := make([]float64, len(choices))
	for i := range ps {
		for j := range ps {
			if i == j {
				continue
			}
			for p := range ps[i] {
				if ps[j][p] {
					scores[i]++
				}
			}
		}
	}
	return best(scores)
}

// ---- longest ----

// Longest picks the longest choice in characters (all the longest ones
// when several share that length).
func Longest(choices []string) []int {
	scores := make([]float64, len(choices))
	for i, c := range choices {
		scores[i] = float64(utf8.RuneCountInString(strings.TrimSpace(c)))
	}
	return best(scores)
}

// ---- odd one out ----

// form is what the eye sees of a choice without reading it.
type form struct {
	length, words int
	shape         string
	digit, comma  bool
}

func formOf(s string) form {
	s = strings.TrimSpace(s)
	f := form{length: utf8.RuneCountInString(s), words: len(strings.Fields(s)),
		digit: strings.ContainsAny(s, "0123456789"), comma: strings.Contains(s, ",")}
	var shape []string
	for _, w := range strings.Fields(s) {
		shape = append(shape, wordShape(w))
	}
	f.shape = strings.Join(shape, " ")
	return f
}

// wordShape classes a word: "Aa" capitalised, "a" lower case, "A" all
// capitals, "9" a number, with its trailing dot or comma.
func wordShape(w string) string {
	var upper, lower, digit bool
	first := true
	cap := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper = true
			if first {
				cap = true
			}
		case unicode.IsLower(r):
			lower = true
		case unicode.IsDigit(r):
			digit = true
		}
		first = false
	}
	var c string
	switch {
	case digit && !upper && !lower:
		c = "9"
	case digit:
		c = "a9"
	case upper && !lower:
		c = "A"
	case cap:
		c = "Aa"
	default:
		c = "a"
	}
	if strings.HasSuffix(w, ".") {
		c += "."
	}
	if strings.HasSuffix(w, ",") {
		c += ","
	}
	return c
}

// distance between the forms of two choices: one point for each visible
// difference (number of words, shape, a digit, a comma), plus the
// difference in length as a share of the longer one.
func distance(a, b form) float64 {
	d := 0.0
	if a.words != b.words {
		d++
	}
	if a.shape != b.shape {
		d++
	}
	if a.digit != b.digit {
		d++
	}
	if a.comma != b.comma {
		d++
	}
	if m := max(a.length, b.length); m > 0 {
		d += math.Abs(float64(a.length-b.length)) / float64(m)
	}
	return d
}

// OddOneOut picks the choice whose form differs most from the others
// (the sum of its distances to them), but only when one stands out: its
// difference from the others must exceed every other choice's by at
// least half a point, a visible difference rather than a letter or two
// of length. Ties give every choice that stands out.
func OddOneOut(choices []string) []int {
	if len(choices) < 3 {
		return nil
	}
	fs := make([]form, len(choices))
	for i, c := range choices {
		fs[i] = formOf(c)
	}
	scores := make([]float64, len(choices))
	for i := range fs {
		for j := range fs {
			if i != j {
				scores[i] += distance(fs[i], fs[j])
			}
		}
	}
	picks := best(scores)
	if len(picks) == 0 {
		return nil
	}
	top := scores[picks[0]]
	for i, s := range scores {
		if !contains(picks, i) && s > top-0.5 {
			return nil
		}
	}
	return picks
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
