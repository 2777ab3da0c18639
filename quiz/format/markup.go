package format

import (
	"cmp"
	"fmt"
	"html"
	"slices"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/format/internal/yaml"
	"factquiz/quiz/richtext"
)

// markText reads s, written in format f, into its plain words and, when
// it has formatting the app shows, its safe HTML (quiz.Question.Markup).
// warn is told what was left out, once per kind of thing.
func markText(f richtext.Format, s string, warn func(msg string)) (plain, markup string) {
	if (f == richtext.Moodle || f == richtext.Plain) && !strings.ContainsAny(s, "<&") {
		// What richtext makes of text without markup, without a copy: a
		// block of a million answers reads each without garbage.
		return strings.TrimSpace(s), ""
	}
	doc := richtext.Parse(f, s)
	for _, d := range doc.Dropped {
		msg := "formatting left out: " + d.What
		if d.Count > 1 {
			msg += fmt.Sprintf(" (%d times)", d.Count)
		}
		warn(msg)
	}
	plain = richtext.PlainText(doc.Nodes)
	if doc.Formatted() {
		markup = richtext.HTMLOf(doc.Nodes)
	}
	return plain, markup
}

// keepMarkup records the markup of plain in m (made when needed).
func keepMarkup(m *map[string]string, plain, markup string) {
	if markup == "" || plain == "" {
		return
	}
	if *m == nil {
		*m = map[string]string{}
	}
	(*m)[plain] = markup
}

// textFields calls fn with a pointer to each text of q that learners
// read: prompt, choices, answers' feedback, pairs, explanation, feedback.
func textFields(q *quiz.Question, fn func(*string)) {
	fn(&q.Prompt)
	for i := range q.Choices {
		fn(&q.Choices[i].Text)
		fn(&q.Choices[i].Feedback)
	}
	for i := range q.Accepted {
		fn(&q.Accepted[i].Text)
		fn(&q.Accepted[i].Feedback)
	}
	for i := range q.Numbers {
		fn(&q.Numbers[i].Feedback)
	}
	for i := range q.Pairs {
		fn(&q.Pairs[i].Item)
		fn(&q.Pairs[i].Match)
	}
	fn(&q.Explanation)
	fn(&q.FeedbackRight)
	fn(&q.FeedbackWrong)
}

// applyFormat reads the texts of a native question with a format: field
// (html or markdown) as formatted text, as GIFT reads a question's texts
// in its format: each becomes its plain words (what a short answer is
// compared with), and its formatting goes to q.Markup. Warnings point at
// each text.
func (p *nativeParser) applyFormat(q *quiz.Question, qn *yaml.Node, fn *yaml.Node) {
	if isNull(fn) {
		return
	}
	f, ok := richtext.ParseFormat(p.str(fn, "format"))
	if !ok || f == richtext.Moodle {
		p.errorf(fn, "format %q is not known: write format: html or format: markdown (or leave it out for plain text)", fn.Value)
		return
	}
	if f == richtext.Plain {
		return
	}
	// The node of each text, to point at it.
	nodes := map[string]*yaml.Node{}
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		if n.Kind == yaml.ScalarNode {
			if _, seen := nodes[n.Value]; !seen {
				nodes[n.Value] = n
			}
			return
		}
		if depth < 4 {
			for _, c := range n.Content {
				walk(c, depth+1)
			}
		}
	}
	walk(qn, 0)
	textFields(q, func(s *string) {
		if *s == "" {
			return
		}
		at := nodes[*s]
		if at == nil {
			at = qn
		}
		plain, markup := markText(f, *s, func(msg string) { p.warnf(at, "%s", msg) })
		if plain == "" {
			p.errorf(at, "this text has no words once its formatting is read: write the text, not only tags")
		}
		*s = plain
		keepMarkup(&q.Markup, plain, markup)
	})
}

// giftFormats are GIFT's text formats as richtext reads them.
var giftFormats = map[textFormat]richtext.Format{formatMoodle: richtext.Moodle, formatHTML: richtext.HTML,
	formatPlain: richtext.Plain, formatMarkdown: richtext.Markdown}

// markGIFT reads a GIFT text (escapes removed) in format f starting at
// file offset off, keeping its formatting in p.markup.
func (p *giftParser) markGIFT(s string, f textFormat, off int) string {
	plain, markup := markText(giftFormats[f], s, func(msg string) { p.warnf(off, "%s", msg) })
	keepMarkup(&p.markup, plain, markup)
	return plain
}

// giftText writes s, one of q's texts, for a GIFT question whose texts
// are read in format def unless they say otherwise: its markup when it
// has formatting, [plain] before a text that Moodle's default format
// would read as HTML ("List<String>", "&amp;"), else the text escaped.
func giftText(q *quiz.Question, s string, def textFormat) string {
	if m := q.Formatted(s); m != "" {
		m = escapeGIFT(m)
		if def != formatMoodle && !strings.HasPrefix(m, "[moodle]") {
			m = "[moodle]" + m
		}
		return m
	}
	if misread(s) {
		return "[plain]" + giftEscaper.Replace(s)
	}
	return escapeGIFT(s)
}

// misread reports whether Moodle's default format reads s as something
// else than s.
func misread(s string) bool {
	if !strings.ContainsAny(s, "<&") {
		return false
	}
	doc := richtext.Parse(richtext.Moodle, s)
	return doc.Formatted() || len(doc.Dropped) > 0 || richtext.PlainText(doc.Nodes) != strings.TrimSpace(s)
}

// withHTMLTexts is q, which has formatting, with every text written as
// the HTML that format: html reads back to it: its markup, or its plain
// words escaped (a new line as <br>).
func withHTMLTexts(q *quiz.Question) *quiz.Question {
	c := *q
	c.Choices = slices.Clone(q.Choices)
	c.Accepted = slices.Clone(q.Accepted)
	c.Numbers = slices.Clone(q.Numbers)
	c.Pairs = slices.Clone(q.Pairs)
	textFields(&c, func(s *string) {
		if m := q.Formatted(*s); m != "" {
			*s = m
		} else {
			*s = htmlOfPlain(*s)
		}
	})
	return &c
}

// htmlOfPlain is plain text s as HTML: escaped, a new line as <br>.
func htmlOfPlain(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}

// settleFormatted gives each text of q without formatting of its own the
// words HTML shows for it, when another of q's texts has formatting. Such
// a question is written natively as format: html, which reads a run of
// spaces or tabs as one space (as Moodle shows it), so without this a
// short answer "0  0" beside a bold prompt would come back as "0 0".
// Grading compares answers with their spaces collapsed: nothing is lost.
// It returns a choice, answer or matching item that has become the same
// as another one, or "".
func settleFormatted(q *quiz.Question) (repeated string) {
	if len(q.Markup) == 0 {
		return ""
	}
	changed := false
	textFields(q, func(s *string) {
		if *s == "" || q.Markup[*s] != "" {
			return
		}
		if w := richtext.PlainText(richtext.Parse(richtext.HTML, htmlOfPlain(*s)).Nodes); w != *s {
			*s, changed = w, true
		}
	})
	if !changed {
		return ""
	}
	return cmp.Or(repeatedText(q.Choices, func(c quiz.Choice) string { return c.Text }),
		repeatedText(q.Accepted, func(a quiz.TextAnswer) string { return a.Text }),
		repeatedText(q.Pairs, func(p quiz.Pair) string { return p.Item }))
}

// repeatedMsg says that text t, returned by settleFormatted, is there twice.
func repeatedMsg(t string) string {
	return fmt.Sprintf("%q is there twice once runs of spaces are read as one, as a question with formatting shows them: remove one, or write them differently", t)
}

// repeatedText returns the first text of items that an earlier one has too, or "".
func repeatedText[T any](items []T, text func(T) string) string {
	seen := make(map[string]bool, len(items))
	for _, it := range items {
		t := text(it)
		if seen[t] {
			return t
		}
		seen[t] = true
	}
	return ""
}
