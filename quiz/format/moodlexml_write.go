package format

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"factquiz/quiz"
)

// WriteMoodleXML writes q as Moodle XML, with the elements Moodle's
// importer reads (question/format/xml/format.php), every text in
// format="plain_text" so that Moodle shows it as written. The quiz's
// title is the category the questions go into ($course$/top/Title);
// its description is that category's info and a <!-- description: -->
// comment, its source a <!-- source: --> comment (Moodle ignores
// comments). A question's ID is its <idnumber>, its Title its <name>
// (the ID when it has none: Moodle needs a name). The explanation is
// the general feedback; right and wrong feedback are Moodle's
// correct/incorrect feedback (true/false: the feedback of each answer),
// and the wrong-answer feedback of a short-answer or numerical question
// an answer "*" with no credit, Moodle's "any other answer". A number
// range is written as its middle with a tolerance. Moodle XML has no
// place for the evidence, the fact kind, nor right-answer feedback of
// short-answer and numerical questions: those are left out.
func WriteMoodleXML(w io.Writer, q *quiz.Quiz) error {
	bw := bufio.NewWriter(w)
	x := mxWriter{bw}
	bw.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n")
	path := categoryPath(q.Title)
	if q.Title != "" && categoryTitle(path) != q.Title {
		x.comment("title", q.Title)
	}
	x.comment("description", q.Description)
	x.comment("source", q.Source)
	if q.Title != "" {
		bw.WriteString("  <question type=\"category\">\n    <category>\n")
		x.text(3, path)
		bw.WriteString("    </category>\n")
		x.rich(2, "info", q.Description)
		bw.WriteString("  </question>\n")
	}
	for i := range q.Questions {
		x.question(&q.Questions[i], i+1)
	}
	bw.WriteString("</quiz>\n")
	return bw.Flush()
}

// categoryPath is the path of the category named title, under the
// course's top category; a slash in the name is doubled, as Moodle does.
func categoryPath(title string) string {
	return "$course$/top/" + strings.ReplaceAll(title, "/", "//")
}

type mxWriter struct{ w *bufio.Writer }

func (x mxWriter) indent(n int) { x.w.WriteString(strings.Repeat("  ", n)) }

// comment writes <!-- key: value --> on one line; "--" cannot be in a
// comment, so it is spaced out.
func (x mxWriter) comment(key, v string) {
	if v == "" {
		return
	}
	v = strings.Join(strings.Fields(v), " ")
	for strings.Contains(v, "--") {
		v = strings.ReplaceAll(v, "--", "- -")
	}
	x.w.WriteString("<!-- " + key + ": " + v + " -->\n")
}

// text writes <text>s</text>.
func (x mxWriter) text(indent int, s string) {
	x.indent(indent)
	x.w.WriteString("<text>")
	escapeXML(x.w, s)
	x.w.WriteString("</text>\n")
}

// rich writes a text with its format: <name format="plain_text"><text>s</text></name>.
func (x mxWriter) rich(indent int, name, s string) {
	x.indent(indent)
	x.w.WriteString("<" + name + " format=\"plain_text\">\n")
	x.text(indent+1, s)
	x.indent(indent)
	x.w.WriteString("</" + name + ">\n")
}

// elem writes <name>v</name> for a value that needs no escaping.
func (x mxWriter) elem(indent int, name, v string) {
	x.indent(indent)
	x.w.WriteString("<" + name + ">" + v + "</" + name + ">\n")
}

// answer writes an <answer> with its fraction, text and feedback, and
// extra elements (a tolerance) after them.
func (x mxWriter) answer(fraction float64, text, feedback string, extra ...string) {
	x.w.WriteString("    <answer fraction=\"" + weightString(fraction) + "\" format=\"plain_text\">\n")
	x.text(3, text)
	x.rich(3, "feedback", feedback)
	for i := 0; i+1 < len(extra); i += 2 {
		x.elem(3, extra[i], extra[i+1])
	}
	x.w.WriteString("    </answer>\n")
}

func (x mxWriter) combinedFeedback(q *quiz.Question) {
	x.rich(2, "correctfeedback", q.FeedbackRight)
	x.rich(2, "partiallycorrectfeedback", "")
	x.rich(2, "incorrectfeedback", q.FeedbackWrong)
}

// mxTypeNames are Moodle's names of the app's question types.
var mxTypeNames = map[quiz.Type]string{
	quiz.Single: "multichoice", quiz.Multiple: "multichoice", quiz.TrueFalse: "truefalse",
	quiz.Text: "shortanswer", quiz.Number: "numerical", quiz.Matching: "matching",
}

func (x mxWriter) question(q *quiz.Question, pos int) {
	typ, ok := mxTypeNames[q.Type]
	if !ok {
		return
	}
	name := q.Title
	if name == "" {
		name = q.ID
	}
	if name == "" {
		name = "q" + strconv.Itoa(pos)
	}
	x.w.WriteString("  <question type=\"" + typ + "\">\n    <name>\n")
	x.text(3, name)
	x.w.WriteString("    </name>\n")
	x.rich(2, "questiontext", q.Prompt)
	x.rich(2, "generalfeedback", q.Explanation)
	x.elem(2, "defaultgrade", "1")
	// Moodle's defaults: a third of the mark lost per wrong try, all of
	// it for true/false.
	penalty := "0.3333333"
	if q.Type == quiz.TrueFalse {
		penalty = "1"
	}
	x.elem(2, "penalty", penalty)
	x.elem(2, "hidden", "0")
	x.indent(2)
	x.w.WriteString("<idnumber>")
	escapeXML(x.w, q.ID)
	x.w.WriteString("</idnumber>\n")
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		single := "true"
		if q.Type == quiz.Multiple {
			single = "false"
		}
		x.elem(2, "single", single)
		// The app shuffles the choices, as Moodle does when told to.
		x.elem(2, "shuffleanswers", "true")
		x.elem(2, "answernumbering", "abc")
		x.elem(2, "showstandardinstruction", "0")
		x.combinedFeedback(q)
		for i, c := range q.Choices {
			x.answer(mxChoiceFraction(q, i), c.Text, c.Feedback)
		}
	case quiz.TrueFalse:
		onTrue, onFalse := q.FeedbackRight, q.FeedbackWrong
		trueCredit, falseCredit := 100.0, 0.0
		if !q.Truth {
			onTrue, onFalse = onFalse, onTrue
			trueCredit, falseCredit = 0, 100
		}
		x.answer(trueCredit, "true", onTrue)
		x.answer(falseCredit, "false", onFalse)
	case quiz.Text:
		x.elem(2, "usecase", "0")
		for _, a := range q.Accepted {
			// In Moodle * is any characters, and \* an asterisk.
			x.answer(weightOr100(a.Weight), strings.ReplaceAll(a.Text, "*", `\*`), a.Feedback)
		}
		if q.FeedbackWrong != "" {
			x.answer(0, "*", q.FeedbackWrong)
		}
	case quiz.Number:
		for _, n := range q.Numbers {
			value, tol := n.Value, n.Tolerance
			if n.IsRange() {
				value, tol = (n.Min+n.Max)/2, (n.Max-n.Min)/2
			}
			x.answer(weightOr100(n.Weight), fmtNum(value), n.Feedback, "tolerance", fmtNum(tol))
		}
		if q.FeedbackWrong != "" {
			x.answer(0, "*", q.FeedbackWrong, "tolerance", "0")
		}
		// No units: learners type the number alone.
		x.elem(2, "unitgradingtype", "0")
		x.elem(2, "unitpenalty", "0.1000000")
		x.elem(2, "showunits", "3")
		x.elem(2, "unitsleft", "0")
	case quiz.Matching:
		x.elem(2, "shuffleanswers", "true")
		x.combinedFeedback(q)
		for _, p := range q.Pairs {
			x.w.WriteString("    <subquestion format=\"plain_text\">\n")
			x.text(3, p.Item)
			x.w.WriteString("      <answer>\n")
			x.text(4, p.Match)
			x.w.WriteString("      </answer>\n    </subquestion>\n")
		}
	}
	x.w.WriteString("  </question>\n")
}

// weightOr100 is a text or number answer's credit in percent: its
// weight, full credit when it has none.
func weightOr100(w float64) float64 {
	if w == 0 {
		return 100
	}
	return w
}

// mxChoiceFraction is the credit in percent of choice i as Moodle
// grades it. A "select all that apply" question without weights is
// graded by the app as right picks less wrong ones: in Moodle's terms
// each right choice has an even share of 100% and each wrong one takes
// as much back.
func mxChoiceFraction(q *quiz.Question, i int) float64 {
	c := q.Choices[i]
	if c.Weight != 0 {
		return c.Weight
	}
	if q.Type == quiz.Single {
		if c.Correct {
			return 100
		}
		return 0
	}
	right, weighted := 0, false
	for _, o := range q.Choices {
		if o.Correct {
			right++
		}
		weighted = weighted || o.Weight != 0
	}
	share := 100 / float64(max(right, 1))
	switch {
	case c.Correct:
		return share
	case weighted:
		return 0
	}
	return -share
}

// escapeXML writes s as XML text: & < > escaped, a carriage return as
// &#13; (a parser would read it as a new line), and characters XML
// cannot hold as U+FFFD.
func escapeXML(w *bufio.Writer, s string) {
	for _, r := range s {
		switch {
		case r == '&':
			w.WriteString("&amp;")
		case r == '<':
			w.WriteString("&lt;")
		case r == '>':
			w.WriteString("&gt;")
		case r == '\r':
			w.WriteString("&#13;")
		case r == '\t' || r == '\n' || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF):
			w.WriteRune(r)
		default:
			w.WriteRune('\uFFFD')
		}
	}
}
