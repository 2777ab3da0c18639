package review

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"factquiz/quiz"
)

// Hash is the content hash of a question: what the learner sees and what
// is graded. It covers the type, the prompt, the choices with their right
// flags and weights, the truth of a true/false question, the accepted
// texts and numbers with their weights, and the pairs. It leaves out what
// does not change the fact to remember: the ID, the title, the
// explanation, the evidence, the feedback texts, the order of choices,
// accepted answers, numbers and pairs (the app shuffles them anyway), and
// runs of spaces. Two questions with the same Hash are the same question
// to the learner. It is 16 hex digits (the first 64 bits of SHA-256).
func Hash(q quiz.Question) string {
	var b strings.Builder
	field := func(s string) {
		b.WriteString(strconv.Itoa(len(s)))
		b.WriteByte(':')
		b.WriteString(s)
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	// list writes a set of items: each is encoded, then they are sorted,
	// so that the author's order does not count.
	list := func(tag string, items []string) {
		slices.Sort(items)
		field(tag)
		field(strconv.Itoa(len(items)))
		for _, it := range items {
			field(it)
		}
	}
	field("factquiz-question-1")
	field(string(q.Type))
	field(words(q.Prompt))
	var items []string
	for _, c := range q.Choices {
		items = append(items, enc(words(c.Text), strconv.FormatBool(c.Correct), num(c.Weight)))
	}
	list("choices", items)
	if q.Type == quiz.TrueFalse {
		field("truth")
		field(strconv.FormatBool(q.Truth))
	}
	items = nil
	for _, a := range q.Accepted {
		items = append(items, enc(words(a.Text), num(a.Weight)))
	}
	list("accepted", items)
	items = nil
	for _, n := range q.Numbers {
		items = append(items, enc(num(n.Value), num(n.Tolerance), num(n.Min), num(n.Max), num(n.Weight)))
	}
	list("numbers", items)
	items = nil
	for _, p := range q.Pairs {
		items = append(items, enc(words(p.Item), words(p.Match)))
	}
	list("pairs", items)
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
}

// enc joins strings so that no two lists of strings give the same text.
func enc(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(strconv.Itoa(len(p)))
		b.WriteByte(':')
		b.WriteString(p)
	}
	return b.String()
}

// words is s with runs of white space made one space and trimmed.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }
