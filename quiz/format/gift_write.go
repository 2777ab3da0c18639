package format

import (
	"bufio"
	"io"
	"math"
	"strconv"
	"strings"

	"factquiz/quiz"
)

var giftEscaper = strings.NewReplacer(
	`\`, `\\`, `~`, `\~`, `=`, `\=`, `#`, `\#`, `{`, `\{`, `}`, `\}`, `:`, `\:`,
	"\r\n", `\n`, "\n", `\n`, "\r", `\n`,
)

// escapeGIFT escapes the characters GIFT gives a meaning to, and turns
// new lines into \n.
func escapeGIFT(s string) string {
	s = giftEscaper.Replace(s)
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "%") {
		s = `\` + s
	}
	return s
}

// escapeAnswer escapes an answer's text: also "->", which would make
// the answers a matching question (written -\>, read back as ->).
func escapeAnswer(s string) string {
	return strings.ReplaceAll(escapeGIFT(s), "->", `-\>`)
}

// weightString writes a weight as Moodle expects it: at most five
// decimals (33.33333).
func weightString(w float64) string {
	return strconv.FormatFloat(math.Round(w*1e5)/1e5, 'f', -1, 64)
}

// WriteGIFT writes q in Moodle's GIFT format. The quiz's title,
// description and source go in "// title:" comments at the top (read
// back by this package, ignored by Moodle); a question's Title becomes
// its ::title::, and its ID is kept as Moodle's "// [id:...]" comment
// when the title (or its position, q1, q2, ...) would not give it back. Explanations become GIFT's
// general feedback (####). GIFT has no place for the evidence, the fact
// kind, nor right/wrong feedback of questions other than true/false:
// those are left out.
func WriteGIFT(w io.Writer, q *quiz.Quiz) error {
	bw := bufio.NewWriter(w)
	oneLine := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if q.Title != "" {
		bw.WriteString("// title: " + oneLine(q.Title) + "\n")
	}
	if q.Description != "" {
		bw.WriteString("// description: " + oneLine(q.Description) + "\n")
	}
	if q.Source != "" {
		bw.WriteString("// source: " + oneLine(q.Source) + "\n")
	}
	for i := range q.Questions {
		bw.WriteString("\n")
		writeGIFTQuestion(bw, &q.Questions[i], i+1)
	}
	return bw.Flush()
}

func writeGIFTQuestion(w *bufio.Writer, q *quiz.Question, pos int) {
	title := q.Title
	derived := Slug(title)
	if derived == "" {
		derived = "q" + strconv.Itoa(pos)
	}
	if q.ID != "" && q.ID != derived {
		w.WriteString("// [id:" + strings.ReplaceAll(q.ID, "]", `\]`) + "]\n")
	}
	if title != "" {
		w.WriteString("::" + escapeGIFT(title) + "::")
	}
	answers := giftAnswers(q)
	if q.Explanation != "" {
		answers = append(answers, "####"+escapeGIFT(q.Explanation))
	}
	prefix := ""
	if q.Type == quiz.Number {
		prefix = "#"
	}
	// A missing-word question: the block stands where the blank is.
	before, after, missing := strings.Cut(q.Prompt, Blank)
	if missing && strings.TrimSpace(after) != "" && !strings.Contains(after, Blank) {
		if title == "" && (strings.HasPrefix(before, "//") || strings.HasPrefix(before, "$CATEGORY")) {
			before = "[moodle]" + before
		}
		w.WriteString(escapeGIFT(before) + "{" + prefix + strings.Join(answers, " ") + "}" + escapeGIFT(after) + "\n")
		return
	}
	prompt := escapeGIFT(q.Prompt)
	if title == "" && (strings.HasPrefix(prompt, "//") || strings.HasPrefix(prompt, "$CATEGORY")) {
		// Not a comment nor a category: a format marker goes first.
		prompt = "[moodle]" + prompt
	}
	w.WriteString(prompt + " {" + prefix)
	total := 0
	for _, a := range answers {
		total += len(a) + 1
	}
	if total <= 60 && len(answers) <= 4 {
		w.WriteString(strings.Join(answers, " ") + "}\n")
		return
	}
	w.WriteString("\n")
	for _, a := range answers {
		w.WriteString("\t" + a + "\n")
	}
	w.WriteString("}\n")
}

func withFeedback(s, fb string) string {
	if fb != "" {
		s += "#" + escapeGIFT(fb)
	}
	return s
}

func giftAnswers(q *quiz.Question) []string {
	var out []string
	switch q.Type {
	case quiz.Single:
		for _, c := range q.Choices {
			mark := "~"
			if c.Correct {
				mark = "="
			}
			if c.Weight != 0 {
				mark += "%" + weightString(c.Weight) + "%"
			}
			out = append(out, withFeedback(mark+escapeAnswer(c.Text), c.Feedback))
		}
	case quiz.Multiple:
		right := 0
		for _, c := range q.Choices {
			if c.Correct {
				right++
			}
		}
		for _, c := range q.Choices {
			mark := "~"
			w := c.Weight
			if c.Correct && w <= 0 {
				w = 100 / float64(right)
			}
			if w != 0 {
				mark += "%" + weightString(w) + "%"
			}
			out = append(out, withFeedback(mark+escapeAnswer(c.Text), c.Feedback))
		}
	case quiz.TrueFalse:
		s := "FALSE"
		if q.Truth {
			s = "TRUE"
		}
		if q.FeedbackWrong != "" || q.FeedbackRight != "" {
			s += "#" + escapeGIFT(q.FeedbackWrong)
			if q.FeedbackRight != "" {
				s += "#" + escapeGIFT(q.FeedbackRight)
			}
		}
		out = append(out, s)
	case quiz.Text:
		for _, a := range q.Accepted {
			mark := "="
			if a.Weight != 0 {
				mark += "%" + weightString(a.Weight) + "%"
			}
			out = append(out, withFeedback(mark+escapeAnswer(a.Text), a.Feedback))
		}
	case quiz.Number:
		num := func(n quiz.NumberAnswer) string {
			if n.IsRange() {
				return fmtNum(n.Min) + ".." + fmtNum(n.Max)
			}
			s := fmtNum(n.Value)
			if n.Tolerance != 0 {
				s += ":" + fmtNum(n.Tolerance)
			}
			return s
		}
		if len(q.Numbers) == 1 && q.Numbers[0].Weight == 0 {
			out = append(out, withFeedback(num(q.Numbers[0]), q.Numbers[0].Feedback))
			break
		}
		for _, n := range q.Numbers {
			mark := "="
			if n.Weight != 0 {
				mark += "%" + weightString(n.Weight) + "%"
			}
			out = append(out, withFeedback(mark+num(n), n.Feedback))
		}
	case quiz.Matching:
		for _, p := range q.Pairs {
			out = append(out, "="+escapeAnswer(p.Item)+" -> "+escapeAnswer(p.Match))
		}
	}
	return out
}
