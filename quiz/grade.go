package quiz

import (
	"math"
	"strconv"
	"strings"
)

// Result is the grade of one response.
type Result struct {
	// Score is the credit earned, from 0 to 1.
	Score float64 `json:"score"`
	// Correct reports full credit.
	Correct bool `json:"correct"`
	// Answered is false when the learner gave nothing to grade (no choice
	// picked, nothing typed); Score is then 0.
	Answered bool `json:"answered"`
	// Feedback is what the author wrote for what the learner picked or
	// typed, in the question's order, followed by the question's
	// FeedbackRight or FeedbackWrong. Empty texts are left out.
	Feedback []string `json:"feedback,omitempty"`
}

// fullCredit absorbs float rounding in sums of weights such as 3×33.333.
const fullCredit = 1 - 1e-9

// Grade scores r as an answer to q. It never panics on a response that
// does not fit the question (indexes out of range, NaN typed, a Pairs list
// edited since): what cannot be graded earns nothing.
func Grade(q Question, r Response) Result {
	var res Result
	switch q.Type {
	case Single:
		res = gradeSingle(q, r)
	case Multiple:
		res = gradeMultiple(q, r)
	case TrueFalse:
		if r.Bool != nil {
			res.Answered = true
			if *r.Bool == q.Truth {
				res.Score = 1
			}
		}
	case Text:
		res = gradeText(q, r)
	case Number:
		res = gradeNumber(q, r)
	case Matching:
		res = gradeMatching(q, r)
	}
	res.Score = clamp01(res.Score)
	res.Correct = res.Answered && res.Score >= fullCredit
	if res.Correct {
		res.Score = 1
	}
	if !res.Answered {
		res.Score = 0
		return res
	}
	if res.Correct && q.FeedbackRight != "" {
		res.Feedback = append(res.Feedback, q.FeedbackRight)
	} else if !res.Correct && q.FeedbackWrong != "" {
		res.Feedback = append(res.Feedback, q.FeedbackWrong)
	}
	return res
}

func clamp01(x float64) float64 {
	if math.IsNaN(x) || x < 0 {
		return 0
	}
	if x > 1 {
		return 1
	}
	return x
}

// picked returns the distinct valid choice indexes of r in the author's
// order, dropping indexes out of range.
func picked(q Question, r Response) []int {
	seen := make([]bool, len(q.Choices))
	var out []int
	for _, i := range r.Choices {
		if i >= 0 && i < len(q.Choices) && !seen[i] {
			seen[i] = true
		}
	}
	for i, ok := range seen {
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// choiceWeight is the credit in percent of choice i: its Weight, or by
// default 100 for a right choice of a Single question, 100 split evenly
// among the right choices of a Multiple one, and 0 for a wrong choice.
func choiceWeight(q Question, i int) float64 {
	c := q.Choices[i]
	if c.Weight != 0 {
		return c.Weight
	}
	if !c.Correct {
		return 0
	}
	if q.Type == Multiple {
		return 100 / float64(max(1, rightChoices(q)))
	}
	return 100
}

func rightChoices(q Question) int {
	n := 0
	for _, c := range q.Choices {
		if c.Correct {
			n++
		}
	}
	return n
}

func choiceFeedback(q Question, idx []int) []string {
	var fb []string
	for _, i := range idx {
		if f := q.Choices[i].Feedback; f != "" {
			fb = append(fb, f)
		}
	}
	return fb
}

func gradeSingle(q Question, r Response) Result {
	// A Single question takes one choice; should a response carry several,
	// only the first valid one counts, so that picking everything cannot pay.
	for _, i := range r.Choices {
		if i >= 0 && i < len(q.Choices) {
			return Result{
				Answered: true,
				Score:    choiceWeight(q, i) / 100,
				Feedback: choiceFeedback(q, []int{i}),
			}
		}
	}
	return Result{}
}

func gradeMultiple(q Question, r Response) Result {
	idx := picked(q, r)
	if len(idx) == 0 {
		return Result{}
	}
	res := Result{Answered: true, Feedback: choiceFeedback(q, idx)}
	weighted := false
	for _, c := range q.Choices {
		if c.Weight != 0 {
			weighted = true
			break
		}
	}
	if weighted {
		// GIFT: the sum of the picked weights, wrong picks costing their
		// (usually negative) weight.
		sum := 0.0
		for _, i := range idx {
			sum += choiceWeight(q, i)
		}
		res.Score = sum / 100
		return res
	}
	right := rightChoices(q)
	if right == 0 {
		return res
	}
	good, bad := 0, 0
	for _, i := range idx {
		if q.Choices[i].Correct {
			good++
		} else {
			bad++
		}
	}
	// Partial credit that a wrong pick cancels, so picking every choice
	// earns nothing.
	res.Score = max(0, float64(good-bad)/float64(right))
	return res
}

// weightOr100 reads the percent weight of a text or number answer, where
// zero means full credit.
func weightOr100(w float64) float64 {
	if w == 0 {
		return 100
	}
	return w
}

func gradeText(q Question, r Response) Result {
	typed := NormalizeText(r.Text)
	if typed == "" {
		return Result{}
	}
	return bestAnswer(len(q.Accepted), func(i int) (bool, float64, string) {
		a := q.Accepted[i]
		return NormalizeText(a.Text) == typed, a.Weight, a.Feedback
	})
}

// Accepts reports whether v is accepted by n.
func (n NumberAnswer) Accepts(v float64) bool {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return false
	}
	if n.IsRange() {
		return v >= n.Min && v <= n.Max
	}
	tol := math.Abs(n.Tolerance)
	// A relative epsilon so that "0.3" matches 0.1+0.2 and tolerances
	// such as 0.1 are not lost to binary rounding.
	eps := 1e-9 * math.Max(1, math.Abs(n.Value))
	return math.Abs(v-n.Value) <= tol+eps
}

func gradeNumber(q Question, r Response) Result {
	if strings.TrimSpace(r.Text) == "" {
		return Result{}
	}
	v, ok := ParseNumber(r.Text)
	if !ok {
		return Result{Answered: true} // typed, but not a number: wrong
	}
	return bestAnswer(len(q.Numbers), func(i int) (bool, float64, string) {
		a := q.Numbers[i]
		return a.Accepts(v), a.Weight, a.Feedback
	})
}

// bestAnswer grades an answered Text or Number question by the accepted
// answer, among n, that matches with the highest weight: its credit and
// its feedback. answer(i) says whether the i-th matches, its weight in
// percent (zero meaning 100) and its feedback.
func bestAnswer(n int, answer func(i int) (matches bool, weight float64, feedback string)) Result {
	res := Result{Answered: true}
	best, found, fb := 0.0, false, ""
	for i := range n {
		ok, w, f := answer(i)
		if !ok {
			continue
		}
		if w = weightOr100(w); !found || w > best {
			best, found, fb = w, true, f
		}
	}
	if found {
		res.Score = best / 100
		if fb != "" {
			res.Feedback = []string{fb}
		}
	}
	return res
}

func gradeMatching(q Question, r Response) Result {
	items := q.Items()
	if len(items) == 0 {
		return Result{}
	}
	res := Result{}
	good := 0
	for _, i := range items {
		if i >= len(r.Matches) {
			break
		}
		m := r.Matches[i]
		if m < 0 || m >= len(q.Pairs) {
			continue
		}
		res.Answered = true
		// Two items may share a partner ("Azerbaijan" for two cities); the
		// learner cannot tell the copies apart, so either one counts. A
		// distractor is never right, even one worded as an item's partner
		// (Moodle shows such copies as one choice; the readers warn).
		if m == i || !q.Pairs[m].Distractor() && strings.TrimSpace(q.Pairs[m].Match) == strings.TrimSpace(q.Pairs[i].Match) {
			good++
		}
	}
	res.Score = float64(good) / float64(len(items))
	return res
}

// CorrectAnswer is the right answer in words, as shown after checking and
// in the summary: "September 27", "Putin, Erdogan", "3", "1992 to 1994",
// "True", "a → b; c → d". Several right choices of a Single question or
// full-credit numbers are joined with " or "; of several full-credit text
// answers only the first is given. It is "" when there is no right answer.
func (q Question) CorrectAnswer() string {
	switch q.Type {
	case Single, Multiple:
		var names []string
		for _, c := range q.Choices {
			if c.Correct || (c.Weight > 0 && q.Type == Multiple) {
				names = append(names, c.Text)
			}
		}
		if q.Type == Multiple {
			return strings.Join(names, ", ")
		}
		if len(names) == 0 {
			// Only weights given: the best-paying choice.
			best := -1
			for i, c := range q.Choices {
				if c.Weight > 0 && (best < 0 || c.Weight > q.Choices[best].Weight) {
					best = i
				}
			}
			if best >= 0 {
				names = append(names, q.Choices[best].Text)
			}
		}
		// Several right choices of a Single question are alternatives.
		return strings.Join(names, " or ")
	case TrueFalse:
		if q.Truth {
			return "True"
		}
		return "False"
	case Text:
		// Only the first full-credit answer: the others are usually
		// spellings of it ("Erdoğan", "Erdogan"), noise in a summary.
		best := bestWeight(len(q.Accepted), func(i int) float64 { return weightOr100(q.Accepted[i].Weight) })
		for _, a := range q.Accepted {
			if weightOr100(a.Weight) == best {
				return a.Text
			}
		}
		return ""
	case Number:
		var names []string
		best := bestWeight(len(q.Numbers), func(i int) float64 { return weightOr100(q.Numbers[i].Weight) })
		for _, n := range q.Numbers {
			if weightOr100(n.Weight) == best {
				names = append(names, n.String())
			}
		}
		return strings.Join(names, " or ")
	case Matching:
		var parts []string
		for _, i := range q.Items() {
			parts = append(parts, q.Pairs[i].Item+" → "+q.Pairs[i].Match)
		}
		return strings.Join(parts, "; ")
	}
	return ""
}

func bestWeight(n int, w func(int) float64) float64 {
	best := math.Inf(-1)
	for i := 0; i < n; i++ {
		best = max(best, w(i))
	}
	return best
}

// String is the accepted number in words: "3", "3 ± 0.5", "1992 to 1994".
func (n NumberAnswer) String() string {
	if n.IsRange() {
		return FormatNumber(n.Min) + " to " + FormatNumber(n.Max)
	}
	if n.Tolerance != 0 {
		return FormatNumber(n.Value) + " ± " + FormatNumber(math.Abs(n.Tolerance))
	}
	return FormatNumber(n.Value)
}

// FormatNumber writes v the shortest way that reads back the same, without
// an exponent for everyday numbers: 3, 0.5, 1822, -2.
func FormatNumber(v float64) string {
	if math.Abs(v) < 1e15 && math.Abs(v) >= 1e-6 || v == 0 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
