package richtext

import (
	"strings"

	"golang.org/x/net/html"
)

// HTML is read with golang.org/x/net/html's tokenizer, which reads tags,
// attributes, entities, comments and raw text (script, style, textarea)
// as browsers do; the tree is built here, since only a few elements are
// kept and their nesting needs none of HTML's repair rules (the app
// builds them as DOM nodes).

// droppedWithContent are left out with everything inside them: code,
// embedded documents and forms, whose text is no part of the question.
var droppedWithContent = setOf("script style iframe frame frameset object embed applet svg math template noscript " +
	"textarea title xmp noembed noframes plaintext select button form head audio video canvas dialog")

// lineWrappers are left out, their text kept on lines of its own.
var lineWrappers = setOf("div h1 h2 h3 h4 h5 h6 blockquote center table tr section article header footer main " +
	"address figure figcaption dl dt dd hr details summary caption nav aside")

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// maxDepth bounds the nesting of kept elements: deeper ones are left out
// (their text kept), so that nothing recurses without end.
const maxDepth = 32

type elem struct {
	tag, text, src, alt string
	kids                []*elem
	spaceBefore         bool // a space goes before the element
}

type builder struct {
	root    elem
	stack   []*elem // open elements, root first
	moodle  bool    // a new line is a line break
	pre     int     // open <pre>
	space   bool    // white space seen since the last text
	newLine bool    // at the start of a line: no space owed
	// breakOwed: a wrapper such as <div> opened or closed; the next
	// content starts a new line.
	breakOwed bool
	dropped   []Dropped
}

func (b *builder) drop(what string) {
	for i := range b.dropped {
		if b.dropped[i].What == what {
			b.dropped[i].Count++
			return
		}
	}
	b.dropped = append(b.dropped, Dropped{What: what, Count: 1})
}

func (b *builder) top() *elem { return b.stack[len(b.stack)-1] }

func (b *builder) add(e *elem) {
	t := b.top()
	t.kids = append(t.kids, e)
}

// content is called before any text or inline element: it writes the
// line break a wrapper owes when the line already holds something.
func (b *builder) content() {
	if !b.breakOwed {
		return
	}
	b.breakOwed = false
	if k := b.top().kids; len(k) > 0 && k[len(k)-1].tag != "br" && !blocks[k[len(k)-1].tag] {
		b.add(&elem{tag: "br"})
		b.newLine, b.space = true, false
	}
}

func (b *builder) block() {
	b.newLine, b.space, b.breakOwed = true, false, false
}

func (b *builder) text(s string) {
	if b.pre > 0 {
		if s != "" {
			b.content()
			b.appendText(s)
		}
		return
	}
	var out strings.Builder
	newLines := 0
	for _, r := range s {
		switch r {
		case ' ', '\t', '\r', '\f':
			b.space = true
			continue
		case '\n':
			if b.moodle {
				newLines++
				continue
			}
			b.space = true
			continue
		}
		if newLines > 0 {
			b.flush(&out)
			for range min(newLines, 2) {
				if len(b.top().kids) > 0 {
					b.add(&elem{tag: "br"})
				}
			}
			b.newLine, b.space, newLines = true, false, 0
		}
		if out.Len() == 0 {
			b.content()
		}
		if b.space && !b.newLine {
			out.WriteByte(' ')
		}
		b.space, b.newLine = false, false
		out.WriteRune(r)
	}
	b.flush(&out)
	if newLines > 0 {
		// New lines at the end of a text: line breaks before whatever
		// comes next, if anything does.
		b.breakOwed, b.space = true, false
	}
}

func (b *builder) flush(out *strings.Builder) {
	if out.Len() > 0 {
		b.appendText(out.String())
		out.Reset()
	}
}

func (b *builder) appendText(s string) {
	t := b.top()
	if n := len(t.kids); n > 0 && t.kids[n-1].tag == "" {
		t.kids[n-1].text += s
		return
	}
	t.kids = append(t.kids, &elem{text: s})
}

// open pushes an allowed element.
func (b *builder) open(tag string) {
	if (tag == "p" || tag == "li") && b.top().tag == tag {
		b.close(tag) // <p>a<p>b: the second paragraph ends the first
	}
	e := &elem{tag: tag}
	if blocks[tag] {
		b.block()
	} else {
		// A space owed goes before it, written by finish unless the
		// element is left empty.
		b.content()
		e.spaceBefore = b.space && !b.newLine
		b.space = false
	}
	b.add(e)
	b.stack = append(b.stack, e)
	if tag == "pre" {
		b.pre++
	}
}

// close pops up to the innermost open tag, if it is open.
func (b *builder) close(tag string) {
	for i := len(b.stack) - 1; i > 0; i-- {
		if b.stack[i].tag != tag {
			continue
		}
		for j := len(b.stack) - 1; j >= i; j-- {
			if b.stack[j].tag == "pre" {
				b.pre--
			}
		}
		b.stack = b.stack[:i]
		if blocks[tag] {
			b.block()
		}
		return
	}
}

func parseHTML(s string, moodle bool) Doc {
	b := &builder{moodle: moodle, newLine: true}
	b.stack = []*elem{&b.root}
	z := html.NewTokenizer(strings.NewReader(s))
	skip, skipDepth := "", 0 // an element left out with its content
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break // io.EOF: strings.Reader gives no other error
		}
		tok := z.Token()
		if skip != "" {
			switch {
			case tok.Data != skip:
			case tt == html.StartTagToken:
				skipDepth++
			case tt == html.EndTagToken:
				if skipDepth--; skipDepth == 0 {
					skip = ""
				}
			}
			continue
		}
		switch tt {
		case html.TextToken:
			b.text(tok.Data)
		case html.StartTagToken, html.SelfClosingTagToken:
			b.start(tok, tt == html.SelfClosingTagToken, &skip, &skipDepth)
		case html.EndTagToken:
			switch {
			case allowed[tok.Data]:
				b.close(tok.Data)
			case lineWrappers[tok.Data]:
				b.breakOwed = true
			}
		}
		// Comments and doctypes are not text.
	}
	nodes := finish(b.root.kids)
	if len(nodes) == 1 && nodes[0].Tag == "p" {
		// One paragraph (as editors wrap every text) is just its text.
		nodes = nodes[0].Children
	}
	return Doc{Nodes: nodes, Dropped: b.dropped}
}

func (b *builder) start(tok html.Token, selfClosing bool, skip *string, skipDepth *int) {
	tag := tok.Data
	for _, a := range tok.Attr {
		if strings.HasPrefix(a.Key, "on") {
			b.drop(a.Key + "= on <" + tag + "> (scripts never run)")
		}
	}
	switch {
	case tag == "img":
		b.image(tok)
	case tag == "br":
		b.content()
		b.add(&elem{tag: "br"})
		b.newLine, b.space = true, false
	case allowed[tag] && len(b.stack) <= maxDepth:
		if !selfClosing {
			b.open(tag)
		}
	case allowed[tag]:
		b.drop("<" + tag + "> nested too deep (its text is kept)")
	case droppedWithContent[tag]:
		b.drop("<" + tag + "> and what is inside it")
		// Browsers ignore the / of <script/> or <object/> (the content
		// follows), but not of <svg/> and <math/>. An element never
		// closed (and <plaintext>) takes the rest of the text with it.
		if !selfClosing || tag != "svg" && tag != "math" {
			*skip, *skipDepth = tag, 1
		}
	case lineWrappers[tag]:
		b.drop("<" + tag + "> (its text is kept)")
		b.breakOwed = true
	default:
		b.drop("<" + tag + "> (its text is kept)")
	}
}

func (b *builder) image(tok html.Token) {
	var src, alt string
	for _, a := range tok.Attr {
		switch a.Key {
		case "src":
			src = strings.TrimSpace(a.Val)
		case "alt":
			alt = strings.Join(strings.Fields(a.Val), " ")
		}
	}
	if !ImageSource(src) {
		shown := strings.Map(func(r rune) rune {
			if r < ' ' || r == 0x7f {
				return ' ' // a tab hidden in "jav&#x09;ascript:"
			}
			return r
		}, src)
		if r := []rune(shown); len(r) > 40 {
			shown = string(r[:40]) + "…"
		}
		b.drop(`<img src="` + shown + `">: only pictures in the quiz's folder or data:image URLs are shown`)
		if alt != "" {
			b.text(alt) // its words stand for it
		}
		return
	}
	b.content()
	if b.space && !b.newLine {
		b.appendText(" ")
	}
	b.space, b.newLine = false, false
	b.add(&elem{tag: "img", src: src, alt: alt})
}

// finish turns the built elements into nodes: empty elements (but br and
// img) go, and line breaks at the ends of a block. The space owed before
// an inline element is written as text, once.
func finish(kids []*elem) []Node {
	var out []Node
	text := func(t string) {
		if n := len(out); n > 0 && out[n-1].Tag == "" {
			if strings.HasSuffix(out[n-1].Text, " ") {
				t = strings.TrimPrefix(t, " ")
			}
			out[n-1].Text += t
			return
		}
		if t != "" {
			out = append(out, Node{Text: t})
		}
	}
	space := false // an element left empty owed a space
	for _, e := range kids {
		if e.tag == "" {
			if space && !strings.HasPrefix(e.text, " ") && len(out) > 0 {
				text(" ")
			}
			space = false
			text(e.text)
			continue
		}
		n := Node{Tag: e.tag, Src: e.src, Alt: e.alt}
		if e.tag != "br" && e.tag != "img" {
			n.Children = finish(e.kids)
			if len(n.Children) == 0 {
				space = space || e.spaceBefore
				continue
			}
		}
		if e.tag == "br" && len(out) == 0 {
			continue
		}
		if (e.spaceBefore || space) && len(out) > 0 {
			text(" ")
		}
		space = false
		out = append(out, n)
	}
	for len(out) > 0 && out[len(out)-1].Tag == "br" {
		out = out[:len(out)-1]
	}
	return out
}
