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

// escapeGIFT escapes the characters GIFT gives a meaning to, with only
// the escapes Moodle's importer knows (\~ \= \# \{ \} \: \\ and \n for
// a new line). A text that starts like a format marker ([html]) gets
// [moodle] before it, which Moodle and this package take off again.
func escapeGIFT(s string) string {
	s = giftEscaper.Replace(s)
	if _, f := takeFormat(span{s: s}, -1); f != -1 {
		s = "[moodle]" + s
	}
	return s
}

// escapeArrow writes "->" as -\> where nothing else keeps an arrow from
// making the block a matching question in GIFT (an item of a matching
// question, one of several short answers). Moodle has no escape for it
// and shows the backslash; this package reads it back as "->".
func escapeArrow(s string) string { return strings.ReplaceAll(s, "->", `-\>`) }

// weightMark is the mark of an answer with its weight, if any. An answer
// whose text starts with '%' ("%50%") gets its weight written out, dflt
// (such as "%100%"), so that the text is not read as one: Moodle reads
// only the first weight.
func weightMark(mark string, w float64, text, dflt string) string {
	switch {
	case w != 0:
		return mark + "%" + weightString(w) + "%"
	case strings.HasPrefix(text, "%"):
		return mark + dflt
	}
	return mark
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
// general feedback (####), and the wrong-answer feedback of a numerical
// question its "~#" answer. GIFT has no place for the evidence, the fact
// kind, nor right/wrong feedback of other questions: those are left out.
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
		w.WriteString("::" + giftEscaper.Replace(title) + "::")
	}
	// Texts are read in Moodle's default format (HTML), unless the prompt
	// is one that format would misread: then the question is [plain].
	def, enc, marker := textFormat(formatMoodle), escapeGIFT, ""
	source := q.Prompt
	if m := q.Formatted(q.Prompt); m != "" {
		source = m
	} else if misread(q.Prompt) {
		def, enc, marker = formatPlain, giftEscaper.Replace, "[plain]"
	}
	text := func(s string) string { return giftText(q, s, def) }
	answers := giftAnswers(q, text)
	if q.Explanation != "" {
		answers = append(answers, "####"+text(q.Explanation))
	}
	prefix := ""
	if q.Type == quiz.Number {
		prefix = "#"
	}
	notComment := func(s string) string {
		if marker == "" && title == "" && (strings.HasPrefix(s, "//") || strings.HasPrefix(s, "$CATEGORY")) {
			// Not a comment nor a category: a format marker goes first.
			return "[moodle]" + s
		}
		return marker + s
	}
	// A missing-word question: the block stands where the blank is.
	before, after, missing := strings.Cut(source, Blank)
	if missing && strings.TrimSpace(after) != "" && !strings.Contains(after, Blank) {
		w.WriteString(notComment(enc(before)) + "{" + prefix + strings.Join(answers, " ") + "}" + enc(after) + "\n")
		return
	}
	prompt := notComment(enc(source))
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

func withFeedback(s, fb string, text, escape func(string) string) string {
	if fb != "" {
		s += "#" + escape(text(fb))
	}
	return s
}

func keep(s string) string { return s }

func giftAnswers(q *quiz.Question, giftOf func(string) string) []string {
	var out []string
	switch q.Type {
	case quiz.Single:
		for _, c := range q.Choices {
			text := giftOf(c.Text)
			var mark string
			switch {
			case c.Correct && (c.Weight == 0 || c.Weight == 100):
				// Moodle reads no weight after = in a choice question.
				mark = "="
			case c.Correct:
				mark = weightMark("~", c.Weight, text, "")
			default:
				mark = weightMark("~", c.Weight, text, "%0%")
			}
			out = append(out, withFeedback(mark+text, c.Feedback, giftOf, keep))
		}
	case quiz.Multiple:
		right := 0
		for _, c := range q.Choices {
			if c.Correct {
				right++
			}
		}
		for _, c := range q.Choices {
			w := c.Weight
			if c.Correct && w <= 0 {
				w = 100 / float64(right)
			}
			text := giftOf(c.Text)
			out = append(out, withFeedback(weightMark("~", w, text, "%0%")+text, c.Feedback, giftOf, keep))
		}
	case quiz.TrueFalse:
		s := "FALSE"
		if q.Truth {
			s = "TRUE"
		}
		if q.FeedbackWrong != "" || q.FeedbackRight != "" {
			s += "#" + giftOf(q.FeedbackWrong)
			if q.FeedbackRight != "" {
				s += "#" + giftOf(q.FeedbackRight)
			}
		}
		out = append(out, s)
	case quiz.Text:
		// With '=' in the block, an arrow makes Moodle read a matching
		// question: one answer is written without '=' ({a->b}), several
		// need -\>.
		arrows, mark := keep, "="
		if len(q.Accepted) == 1 && hasArrow(q.Accepted[0]) && !isTrueFalseWord(q.Accepted[0].Text) {
			mark = ""
		} else if len(q.Accepted) > 1 {
			arrows = escapeArrow
		}
		for _, a := range q.Accepted {
			text := arrows(giftOf(a.Text))
			out = append(out, withFeedback(weightMark(mark, a.Weight, text, "%100%")+text, a.Feedback, giftOf, arrows))
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
			out = append(out, withFeedback(num(q.Numbers[0]), q.Numbers[0].Feedback, giftOf, keep))
		} else {
			for _, n := range q.Numbers {
				out = append(out, withFeedback(weightMark("=", n.Weight, "", "")+num(n), n.Feedback, giftOf, keep))
			}
		}
		if q.FeedbackWrong != "" {
			// Moodle's "any other answer" (its export writes it so).
			out = append(out, "~#"+giftOf(q.FeedbackWrong))
		}
	case quiz.Matching:
		// Moodle cuts a pair at its first arrow: the match may hold more.
		// A distractor is written as Moodle exports it: "= -> match".
		for _, p := range q.Pairs {
			out = append(out, "="+escapeArrow(giftOf(p.Item))+" -> "+giftOf(p.Match))
		}
	}
	return out
}

func hasArrow(a quiz.TextAnswer) bool {
	return strings.Contains(a.Text, "->") || strings.Contains(a.Feedback, "->")
}

// isTrueFalseWord reports whether an answer alone in braces would make a
// true/false question.
func isTrueFalseWord(s string) bool {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "T", "TRUE", "F", "FALSE":
		return true
	}
	return false
}
