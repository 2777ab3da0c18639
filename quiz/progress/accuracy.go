package progress

import (
	"sort"
	"strconv"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/review"
)

// Answer is one answer the accuracy charts count.
type Answer struct {
	QuizID     string
	QuestionID string
	Correct    bool
	At         time.Time
	Mode       review.Mode
}

// Answers are the answers accuracy is drawn from: the first answer given
// to each question of each finished attempt (any mode; a question moved
// past without checking is no answer), then every answer given on the
// Review page (review logs), oldest first.
func Answers(h History) []Answer {
	var out []Answer
	for _, a := range h.Attempts {
		if a == nil || !a.Done() {
			continue
		}
		seen := map[string]bool{}
		for _, ans := range a.Answers {
			if ans.Skipped || seen[ans.QuestionID] {
				continue // asked again later in the session: the first answer counts
			}
			seen[ans.QuestionID] = true
			mode := a.Mode
			if mode == "" {
				mode = review.ModeQuiz
			}
			out = append(out, Answer{QuizID: a.QuizID, QuestionID: ans.QuestionID, Correct: ans.Correct, At: ans.At, Mode: mode})
		}
	}
	for _, l := range h.Logs {
		if l.Mode == review.ModeReview {
			out = append(out, Answer{QuizID: l.QuizID, QuestionID: l.QuestionID, Correct: l.Correct, At: l.At, Mode: l.Mode})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out
}

// Kinds are the fact kinds of the accuracy chart, in its order: the
// generator's kinds, then Other for hand-written questions (no kind) and
// any kind this list does not know.
var Kinds = []string{"date", "leader", "count", "place", "quote", "actor", Other}

// Other is the kind of a hand-written question.
const Other = "other"

// kindNames are the chart's words for the kinds.
var kindNames = map[string]string{
	"date":   "Dates",
	"leader": "Leaders",
	"count":  "Counts",
	"place":  "Places",
	"quote":  "Quotations",
	"actor":  "Who did what",
	Other:    "Hand-written",
}

// KindName is the chart's word for a fact kind ("Dates"); an unknown kind
// is Other's.
func KindName(kind string) string {
	if n, ok := kindNames[kind]; ok {
		return n
	}
	return kindNames[Other]
}

// KindOf is the fact kind of a question: its Fact in the known quizzes,
// else its card's, else Other. A kind the charts do not know is Other.
func (h History) KindOf(quizID, questionID string) string {
	kind, found := "", false
	for _, q := range h.Quizzes {
		if q == nil || q.ID != quizID {
			continue
		}
		for _, qu := range q.Questions {
			if qu.ID == questionID {
				kind, found = qu.Fact, true
				break
			}
		}
	}
	if !found {
		for _, c := range h.Cards {
			if c.QuizID == quizID && c.QuestionID == questionID {
				kind = c.Fact
				break
			}
		}
	}
	if _, ok := kindNames[kind]; !ok {
		return Other
	}
	return kind
}

// Accuracy is how often answers of one group were right.
type Accuracy struct {
	Kind  string // the fact kind ("date"), or "" for a question
	Label string // the chart's words ("Dates")
	Right int
	Asked int
}

// Percent is the share of right answers, rounded.
func (a Accuracy) Percent() int { return Percent(a.Right, a.Asked) }

// ByKind counts right answers per fact kind, in the order of Kinds,
// leaving out the kinds never asked. kindOf names a question's kind
// (History.KindOf).
func ByKind(answers []Answer, kindOf func(quizID, questionID string) string) []Accuracy {
	counts := map[string]*Accuracy{}
	for _, a := range answers {
		k := kindOf(a.QuizID, a.QuestionID)
		if _, ok := kindNames[k]; !ok {
			k = Other
		}
		c := counts[k]
		if c == nil {
			c = &Accuracy{Kind: k, Label: KindName(k)}
			counts[k] = c
		}
		c.Asked++
		if a.Correct {
			c.Right++
		}
	}
	var out []Accuracy
	for _, k := range Kinds {
		if c := counts[k]; c != nil {
			out = append(out, *c)
		}
	}
	return out
}

// QuestionAccuracy is how often one question was answered right.
type QuestionAccuracy struct {
	Accuracy
	QuizID     string
	QuestionID string
	// Number is the question's place in its quiz, from 1.
	Number int
	// Prompt is the question as the quiz file words it: text to show as
	// text, never as markup.
	Prompt string
}

// ByQuestion counts right answers per question of the known quizzes, in
// the quizzes' order then the questions', leaving out questions never
// answered and answers to questions no longer in a quiz.
func ByQuestion(answers []Answer, quizzes []*quiz.Quiz) []QuestionAccuracy {
	type key struct{ quiz, question string }
	counts := map[key]*Accuracy{}
	for _, a := range answers {
		k := key{a.QuizID, a.QuestionID}
		c := counts[k]
		if c == nil {
			c = &Accuracy{}
			counts[k] = c
		}
		c.Asked++
		if a.Correct {
			c.Right++
		}
	}
	var out []QuestionAccuracy
	for _, q := range quizzes {
		if q == nil {
			continue
		}
		seen := map[string]bool{}
		for i, qu := range q.Questions {
			c := counts[key{q.ID, qu.ID}]
			if c == nil || seen[qu.ID] {
				continue
			}
			seen[qu.ID] = true
			acc := *c
			acc.Label = "Question " + strconv.Itoa(i+1)
			out = append(out, QuestionAccuracy{Accuracy: acc, QuizID: q.ID, QuestionID: qu.ID, Number: i + 1, Prompt: qu.Prompt})
		}
	}
	return out
}

// Weakest are the n questions answered right least often (lowest share
// of right answers, then the most asked, then quiz order), leaving out
// those always answered right.
func Weakest(qs []QuestionAccuracy, n int) []QuestionAccuracy {
	var out []QuestionAccuracy
	for _, q := range qs {
		if q.Right < q.Asked {
			out = append(out, q)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		// x.Right/x.Asked < y.Right/y.Asked, without rounding.
		if a, b := x.Right*y.Asked, y.Right*x.Asked; a != b {
			return a < b
		}
		return x.Asked > y.Asked
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
