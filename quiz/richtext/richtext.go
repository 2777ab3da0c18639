// Package richtext reads the formatted text of question files (GIFT's
// [html], [moodle] and [markdown] texts, and native questions with
// format: html or format: markdown) into a small tree of the elements the
// app shows: b, i, em, strong, u, sub, sup, br, p, ul, ol, li, code, pre,
// and images from the quiz's own folder or data:image URLs. Everything
// else is left out and listed in Doc.Dropped, so that `factquiz check`
// warns about it; the text inside harmless wrappers (div, span, font, a)
// is kept. The tree is plain data: the app builds DOM elements from it,
// never HTML, and PlainText gives the words for grading and search.
//
// It imports no go-app, and runs natively and in app.wasm.
package richtext

import (
	"html"
	"strings"
)

// Format is how a text is written.
type Format uint8

const (
	// Plain text is shown as it is.
	Plain Format = iota
	// Moodle is Moodle's default format: HTML in which a new line is a
	// line break.
	Moodle
	// HTML is HTML, in which new lines are spaces.
	HTML
	// Markdown is Markdown as Moodle reads it: emphasis, strong, code,
	// lists, paragraphs, links (shown as their text), images, and HTML
	// tags in between.
	Markdown
)

// ParseFormat reads a native file's format: field ("html", "markdown",
// "plain", "moodle"); ok is false for any other word.
func ParseFormat(s string) (f Format, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "plain":
		return Plain, true
	case "html":
		return HTML, true
	case "markdown":
		return Markdown, true
	case "moodle":
		return Moodle, true
	}
	return Plain, false
}

// Node is a run of text (Tag == "") or one of the allowed elements.
type Node struct {
	// Tag is "" for text, else one of b i em strong u sub sup br p ul ol
	// li code pre img.
	Tag string
	// Text is the text of a text node, entities decoded.
	Text string
	// Src and Alt are an image's source (checked by ImageSource) and
	// its words.
	Src, Alt string
	Children []Node
}

// Dropped is one kind of thing left out of a text, in a teacher's words
// ("<script> and what is inside it"), and how many times.
type Dropped struct {
	What  string
	Count int
}

// Doc is a text read into allowed nodes, and what was left out.
type Doc struct {
	Nodes   []Node
	Dropped []Dropped
}

// Formatted reports whether the text has any element: when not, its
// PlainText says all of it.
func (d Doc) Formatted() bool {
	for _, n := range d.Nodes {
		if n.Tag != "" {
			return true
		}
	}
	return false
}

// allowed are the elements kept; img is checked apart.
var allowed = map[string]bool{"b": true, "i": true, "em": true, "strong": true, "u": true, "sub": true, "sup": true,
	"br": true, "p": true, "ul": true, "ol": true, "li": true, "code": true, "pre": true, "img": true}

// Allowed reports whether tag is an element the tree may hold.
func Allowed(tag string) bool { return allowed[tag] }

// blocks start on a line of their own in the plain text.
var blocks = map[string]bool{"p": true, "ul": true, "ol": true, "li": true, "pre": true}

// Parse reads text written in format f. Plain text gives one text node
// (no element); so does text of any format without markup.
func Parse(f Format, text string) Doc {
	switch f {
	case Markdown:
		return parseHTML(markdownToHTML(text), false)
	case HTML, Moodle:
		if !strings.ContainsAny(text, "<&") {
			// No markup: Moodle's new lines stay as they are, which
			// PlainText writes for a line break anyway.
			if f == HTML {
				text = strings.Join(strings.Fields(text), " ")
			}
			return textDoc(strings.TrimSpace(text))
		}
		return parseHTML(text, f == Moodle)
	}
	return textDoc(strings.TrimSpace(text))
}

func textDoc(s string) Doc {
	if s == "" {
		return Doc{}
	}
	return Doc{Nodes: []Node{{Text: s}}}
}

// PlainText is the words of nodes: line breaks and blocks become new
// lines, an image its alt text. It is what the app grades, searches and
// compares.
func PlainText(nodes []Node) string {
	var b strings.Builder
	writePlain(&b, nodes)
	return strings.TrimSpace(b.String())
}

func writePlain(b *strings.Builder, nodes []Node) {
	for _, n := range nodes {
		switch {
		case n.Tag == "":
			b.WriteString(n.Text)
		case n.Tag == "br":
			b.WriteByte('\n')
		case n.Tag == "img":
			b.WriteString(n.Alt)
		case blocks[n.Tag]:
			newLine(b)
			writePlain(b, n.Children)
			newLine(b)
		default:
			writePlain(b, n.Children)
		}
	}
}

// newLine ends the line unless it is ended already.
func newLine(b *strings.Builder) {
	if s := b.String(); s != "" && !strings.HasSuffix(s, "\n") {
		b.WriteByte('\n')
	}
}

// HTML writes nodes as HTML that Parse(HTML, …) reads back to the same
// nodes: text and attributes escaped, only allowed elements. It is how
// the question model keeps formatted text, and how the writers write it.
func HTMLOf(nodes []Node) string {
	var b strings.Builder
	writeHTML(&b, nodes)
	return b.String()
}

func writeHTML(b *strings.Builder, nodes []Node) {
	for _, n := range nodes {
		switch {
		case n.Tag == "":
			b.WriteString(html.EscapeString(n.Text))
		case n.Tag == "br":
			b.WriteString("<br>")
		case n.Tag == "img":
			b.WriteString(`<img src="` + html.EscapeString(n.Src) + `" alt="` + html.EscapeString(n.Alt) + `">`)
		case allowed[n.Tag]:
			b.WriteString("<" + n.Tag + ">")
			writeHTML(b, n.Children)
			b.WriteString("</" + n.Tag + ">")
		}
	}
}

// ImageSource reports whether src may be an image's source: a path
// inside the quiz's folder ("pictures/cell.png", no scheme, no leading
// slash, no ".."), or a data:image URL of a picture format in base64
// (not SVG, which can hold scripts). The app puts the folder in front of
// a path.
func ImageSource(src string) bool {
	if rest, ok := cutPrefixFold(src, "data:image/"); ok {
		kind, data, ok := strings.Cut(rest, ";base64,")
		switch strings.ToLower(kind) {
		case "png", "jpeg", "jpg", "gif", "webp", "avif", "bmp":
		default:
			return false
		}
		return ok && data != "" && strings.Trim(data, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") == ""
	}
	if src == "" || strings.ContainsAny(src, ":\\?#%\"'<>=`&;") || strings.HasPrefix(src, "/") {
		// A scheme (javascript:, http:), an absolute path, escapes
		// that may hide either, or the marks of an attribute that went
		// astray (<img src= onerror="…">): not a file of the quiz.
		return false
	}
	for _, part := range strings.Split(src, "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
		for _, r := range part {
			if r < ' ' || r == 0x7f {
				return false
			}
		}
	}
	return true
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}
