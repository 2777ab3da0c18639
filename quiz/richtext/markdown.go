package richtext

import (
	"html"
	"strings"
)

// Markdown is read by hand, as Moodle's basic Markdown: paragraphs, line
// breaks (two spaces at a line's end), lists, code blocks (indented or
// fenced with ```), headings and quotes as plain paragraphs, **strong**,
// *emphasis*, `code`, links as their text and images. It is turned into
// HTML, which parseHTML then reads with whatever HTML tags the author
// wrote in between, as Moodle does (Markdown, then its HTML cleaner). A
// CommonMark library would read more: goldmark v1.8.7 adds 268 KB brotli
// (1.73 MB raw) to a small GOOS=js wasm main built as app.wasm is, where
// this whole package, x/net's tokenizer included, adds 40 KB.

// markdownToHTML writes Markdown text as HTML. Text is copied as it is
// (HTML in it stays HTML); code is escaped.
func markdownToHTML(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var out strings.Builder
	var para []string
	list := ""    // "ul" or "ol" while a list is open
	item := false // a list item is open
	flushPara := func() {
		if len(para) == 0 {
			return
		}
		text := ""
		for i, l := range para {
			if i > 0 {
				if strings.HasSuffix(para[i-1], "  ") {
					text += "<br>"
				}
				text += "\n"
			}
			text += strings.TrimSpace(l)
		}
		para = para[:0]
		if item {
			out.WriteString(inline(text))
			return
		}
		out.WriteString("<p>" + inline(text) + "</p>")
	}
	closeList := func() {
		flushPara()
		if item {
			out.WriteString("</li>")
			item = false
		}
		if list != "" {
			out.WriteString("</" + list + ">")
			list = ""
		}
	}
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flushPara()
			continue
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			closeList()
			fence := trimmed[:3]
			var code []string
			for i++; i < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[i]), fence); i++ {
				code = append(code, lines[i])
			}
			out.WriteString("<pre><code>" + html.EscapeString(strings.Join(code, "\n")) + "</code></pre>")
			continue
		case len(para) == 0 && list == "" && (strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t")):
			var code []string
			for ; i < len(lines) && (strings.HasPrefix(lines[i], "    ") || strings.HasPrefix(lines[i], "\t") || strings.TrimSpace(lines[i]) == ""); i++ {
				l := lines[i]
				if strings.HasPrefix(l, "\t") {
					l = l[1:]
				} else if len(l) >= 4 {
					l = l[4:]
				}
				code = append(code, l)
			}
			i--
			for len(code) > 0 && strings.TrimSpace(code[len(code)-1]) == "" {
				code = code[:len(code)-1]
			}
			out.WriteString("<pre><code>" + html.EscapeString(strings.Join(code, "\n")) + "</code></pre>")
			continue
		}
		if kind, rest, ok := listItem(trimmed); ok {
			flushPara()
			if list != kind {
				closeList()
				out.WriteString("<" + kind + ">")
				list = kind
			}
			if item {
				out.WriteString("</li>")
			}
			out.WriteString("<li>")
			item = true
			para = append(para, rest)
			continue
		}
		if isRule(trimmed) {
			closeList()
			continue
		}
		if h := strings.TrimLeft(trimmed, "#"); len(h) < len(trimmed) && len(trimmed)-len(h) <= 6 && (h == "" || h[0] == ' ') {
			// A heading: a paragraph of its own, in bold.
			closeList()
			out.WriteString("<p><strong>" + inline(strings.TrimSpace(strings.TrimRight(h, "# "))) + "</strong></p>")
			continue
		}
		if q, ok := strings.CutPrefix(trimmed, ">"); ok {
			line = q // a quote reads as its text
		}
		if list != "" && len(para) == 0 && !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "\t") {
			closeList() // a paragraph after a list, not inside its last item
		}
		para = append(para, line)
	}
	closeList()
	return out.String()
}

// listItem reads "- x", "* x", "+ x" (ul) or "1. x", "1) x" (ol).
func listItem(s string) (kind, rest string, ok bool) {
	if len(s) >= 2 && strings.IndexByte("-*+", s[0]) >= 0 && (s[1] == ' ' || s[1] == '\t') {
		return "ul", s[2:], true
	}
	d := 0
	for d < len(s) && d < 9 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d > 0 && d+1 < len(s) && (s[d] == '.' || s[d] == ')') && (s[d+1] == ' ' || s[d+1] == '\t') {
		return "ol", s[d+2:], true
	}
	return "", "", false
}

// isRule reports a thematic break: three or more of one of - * _ alone.
func isRule(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	return len(s) >= 3 && (strings.Trim(s, "-") == "" || strings.Trim(s, "*") == "" || strings.Trim(s, "_") == "")
}

// maxInlineDepth bounds emphasis inside emphasis: deeper marks are text.
const maxInlineDepth = 16

// inline writes the inline Markdown of s as HTML.
func inline(s string) string {
	var out strings.Builder
	p := inlineParser{noClose: map[string]bool{}}
	p.run(&out, s, 0)
	return out.String()
}

// inlineParser remembers which marks found no closer, so that a long
// text of unmatched marks is read in linear time.
type inlineParser struct {
	noClose map[string]bool // a mark or bracket with no closer after the last try
}

func (p *inlineParser) run(out *strings.Builder, s string, depth int) {
	noClose := p.noClose
	p.noClose = map[string]bool{}
	defer func() { p.noClose = noClose }()
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>~|", s[i+1]) >= 0:
			if s[i+1] == '<' {
				out.WriteString("&lt;")
			} else if s[i+1] == '>' {
				out.WriteString("&gt;")
			} else {
				out.WriteByte(s[i+1])
			}
			i += 2
			continue
		case c == '`':
			n := run(s, i, '`')
			mark := s[i : i+n]
			if !p.noClose[mark] {
				if end := strings.Index(s[i+n:], mark); end >= 0 {
					out.WriteString("<code>" + html.EscapeString(strings.TrimSpace(s[i+n:i+n+end])) + "</code>")
					i += n + end + n
					continue
				}
				p.noClose[mark] = true
			}
			out.WriteString(mark)
			i += n
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if text, url, next, ok := p.link(s, i+1); ok {
				out.WriteString(`<img src="` + html.EscapeString(url) + `" alt="` + html.EscapeString(plainInline(text)) + `">`)
				i = next
				continue
			}
		case c == '[':
			if text, _, next, ok := p.link(s, i); ok {
				// A link is shown as its text: the app leads nowhere.
				p.run(out, text, depth+1)
				i = next
				continue
			}
		case (c == '*' || c == '_') && depth < maxInlineDepth:
			n := min(run(s, i, c), 2)
			mark := s[i : i+n]
			if canOpen(s, i, n) && !p.noClose[mark] {
				if end := closer(s, i+n, mark); end >= 0 {
					tag := "em"
					if n == 2 {
						tag = "strong"
					}
					out.WriteString("<" + tag + ">")
					p.run(out, s[i+n:end], depth+1)
					out.WriteString("</" + tag + ">")
					i = end + n
					continue
				}
				p.noClose[mark] = true
			}
			out.WriteString(s[i : i+run(s, i, c)])
			i += run(s, i, c)
			continue
		}
		out.WriteByte(c)
		i++
	}
}

// run is the length of the run of c at s[i].
func run(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// canOpen: a mark opens emphasis when a non-space follows it, and an
// underscore only at the start of a word (snake_case stays text).
func canOpen(s string, i, n int) bool {
	if i+n >= len(s) || isMdSpace(s[i+n]) {
		return false
	}
	return s[i] != '_' || i == 0 || !isWordByte(s[i-1])
}

// closer finds the mark that closes emphasis opened before from: after
// a non-space, and for an underscore at the end of a word.
func closer(s string, from int, mark string) int {
	for i := from; i < len(s); {
		k := strings.Index(s[i:], mark)
		if k < 0 {
			return -1
		}
		j := i + k
		end := j + len(mark)
		okBefore := j > from && !isMdSpace(s[j-1])
		okAfter := mark[0] != '_' || end >= len(s) || !isWordByte(s[end])
		// "**" is not closed by the first half of a "***" run's end, nor
		// "*" by a "**" that opens strong inside.
		single := len(mark) == 2 || end >= len(s) || s[end] != mark[0]
		if okBefore && okAfter && single {
			return j
		}
		i = j + max(1, run(s, j, mark[0]))
	}
	return -1
}

// link reads [text](url "title") at s[i] == '['.
func (p *inlineParser) link(s string, i int) (text, url string, next int, ok bool) {
	if p.noClose["]"] {
		return "", "", 0, false
	}
	depth, end := 0, -1
	for j := i; j < len(s) && end < 0; j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			depth++
		case ']':
			if depth--; depth == 0 {
				end = j
			}
		}
	}
	if end < 0 {
		p.noClose["]"] = true
		return "", "", 0, false
	}
	if end+1 >= len(s) || s[end+1] != '(' || p.noClose[")"] {
		return "", "", 0, false
	}
	depth = 0
	for j := end + 1; j < len(s); j++ {
		switch s[j] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				target := strings.TrimSpace(s[end+2 : j])
				if sp := strings.IndexAny(target, " \t\n"); sp >= 0 {
					target = target[:sp] // a title after the address
				}
				target = strings.TrimSuffix(strings.TrimPrefix(target, "<"), ">")
				return s[i+1 : end], target, j + 1, true
			}
		}
	}
	p.noClose[")"] = true
	return "", "", 0, false
}

// plainInline is an image's alt text without Markdown marks.
func plainInline(s string) string {
	return strings.NewReplacer("*", "", "_", "", "`", "").Replace(s)
}

func isMdSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
