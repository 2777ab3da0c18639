package plaintext

// HTML is reduced by hand rather than with golang.org/x/net/html, for
// size. Measured with a tiny GOOS=js GOARCH=wasm main that already holds
// what app.wasm holds (fmt, maps, sort, unicode, html.UnescapeString),
// built with -trimpath -ldflags='-s -w' -gcflags=all=-l and compressed by
// `factquiz compress` (brotli quality 11): this reducer (LooksHTML and
// reduceHTML) adds 14.6 KB, a bare reducer on x/net/html v0.62.0's
// tokenizer (no LooksHTML, no line or list handling) 17.7 KB, since x/net
// brings its own entity and atom tables where this one uses the standard
// library's html.UnescapeString. In the real app.wasm what the /new page uses
// (HTML, language, capitals; the byte decoding serves the command) adds
// 8.2 KB brotli (58.9 KB raw, 12.1 KB gzip). A reader of text needs no tree: tags only break lines.

import (
	"html"
	"strings"
)

// LooksHTML reports whether s is HTML rather than plain text: a page
// (it opens with <!DOCTYPE html> or <html>), or text with tags of known
// HTML elements: a <script> or <style>, a comment, or at least two tags
// such as <p>, </div> or <a href="…">. "a < b", "<3" or a lone "<b>" in
// plain text is not HTML.
func LooksHTML(s string) bool {
	t := strings.TrimLeft(strings.TrimPrefix(s, bom), " \t\r\n\f")
	if hasPrefixFold(t, "<!doctype html") || hasPrefixFold(t, "<html") ||
		hasPrefixFold(t, "<?xml") && indexFold(t, "<html") >= 0 {
		return true
	}
	tags := 0
	commentEnd := strings.LastIndex(s, "-->")
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		if strings.HasPrefix(s[i:], "<!--") && commentEnd > i+3 {
			return true
		}
		tg, ok := parseTag(s, i)
		if !ok || !knownElements[tg.name] {
			continue
		}
		if !tg.end && (tg.name == "script" || tg.name == "style") {
			return true
		}
		tags++
		if tags >= 2 {
			return true
		}
		i = tg.next - 1
	}
	return false
}

// knownElements are the HTML elements whose tags make a text HTML.
var knownElements = setOf("a abbr address article aside audio b bdi bdo blockquote body br button canvas caption cite code col colgroup " +
	"data dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html " +
	"i iframe img input ins kbd label legend li link main mark math menu meta meter nav noscript object ol optgroup option output " +
	"p picture pre q rp rt ruby s samp script search section select slot small source span strong style sub summary sup svg " +
	"table tbody td template textarea tfoot th thead time title tr track u ul var video wbr")

// dropped elements lose their content: code, page furniture (menus,
// forms, footers, asides) and what is not text (images, media).
var dropped = setOf("script style noscript template svg math head title iframe object canvas audio video " +
	"nav aside footer form button select textarea dialog noembed noframes xmp")

// rawText elements hold text that is not markup up to their end tag.
var rawText = setOf("script style textarea title xmp iframe noembed noframes noscript")

// void elements have no end tag.
var void = setOf("area base br col embed hr img input link meta param source track wbr")

// inHead are the elements that do not end an unclosed <head>.
var inHead = setOf("title meta link script style base noscript template")

// paragraphs are separated from what is around them by a blank line,
// lines by a line break.
var (
	paragraphs = setOf("p h1 h2 h3 h4 h5 h6 blockquote figure figcaption table ul ol dl section article header main " +
		"pre hr address details summary caption body hgroup fieldset legend search")
	lines = setOf("div br li dt dd tr option center")
)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// tag is a start or end tag at s[start:next].
type tag struct {
	name      string // lower case
	end       bool   // </name>
	selfClose bool   // <name … />
	next      int    // the index after '>'
}

// parseTag reads the tag that opens at s[i] == '<': a letter must follow
// ("</" then a letter for an end tag), and a '>' outside quoted attribute
// values must close it. ok is false when s[i:] is not a tag.
func parseTag(s string, i int) (tg tag, ok bool) {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		tg.end = true
		j++
	}
	if j >= len(s) || !isASCIILetter(s[j]) {
		return tag{}, false
	}
	k := j
	for k < len(s) && (isASCIILetter(s[k]) || s[k] >= '0' && s[k] <= '9' || s[k] == '-' || s[k] == ':') {
		k++
	}
	tg.name = strings.ToLower(s[j:k])
	if k < len(s) && !(s[k] == '>' || s[k] == '/' || isSpace(s[k])) {
		return tag{}, false // "<3x" or "<name+": not a tag
	}
	prev := byte(0)
	for ; k < len(s); k++ {
		c := s[k]
		switch {
		case c == '>':
			tg.selfClose = prev == '/'
			tg.next = k + 1
			return tg, true
		case (c == '"' || c == '\'') && prev == '=':
			q := strings.IndexByte(s[k+1:], c)
			if q < 0 {
				return tag{}, false
			}
			k += 1 + q
		case c == '<':
			return tag{}, false // "<b and <c": no tag holds an unquoted '<'
		}
		if !isSpace(c) {
			prev = c
		}
	}
	return tag{}, false
}

// reduced is HTML reduced to its text.
type reduced struct {
	text    string
	scripts int // script and style elements left out
}

func (r reduced) note() string {
	return "The text is HTML (the code of a web page): only its text was kept. Tags, scripts, styles, menus and forms were left out, and entities such as &amp; were decoded."
}

// reduceHTML keeps the text of an HTML page or fragment: the content of
// dropped elements, comments and tags go; block elements become line
// breaks or blank lines, list items keep a bullet, table cells a tab,
// entities are decoded and white space collapses as a browser shows it.
func reduceHTML(s string) reduced {
	var w writer
	var r reduced
	w.keepLines = !hasBlockTags(s)
	skip, depth, from := "", 0, 0 // the dropped element being skipped, from its tag at s[from]
	noSkip := map[int]bool{}      // dropped elements left unclosed: kept
	fallbacks := 0
	pre, lists := 0, 0 // open <pre> and list elements
	textStart := 0
	flush := func(end int) {
		if skip == "" && textStart < end {
			w.text(html.UnescapeString(s[textStart:end]), pre > 0)
		}
	}
	for i := 0; ; {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			if skip != "" {
				// An element dropped but never closed: keep its content
				// after all (a pasted fragment may lack its end tag).
				if fallbacks++; fallbacks > 8 {
					noSkip = nil
				} else {
					noSkip[from] = true
				}
				i, textStart, skip, depth = from, from, "", 0
				continue
			}
			flush(len(s))
			break
		}
		i += lt
		if strings.HasPrefix(s[i:], "<!--") {
			flush(i)
			end := strings.Index(s[i+4:], "-->")
			if end < 0 {
				i = len(s)
			} else {
				i += 4 + end + 3
			}
			textStart = i
			continue
		}
		if strings.HasPrefix(s[i:], "<![CDATA[") {
			flush(i)
			end := strings.Index(s[i:], "]]>")
			if end < 0 {
				i = len(s)
			} else {
				i += end + 3
			}
			textStart = i
			continue
		}
		if strings.HasPrefix(s[i:], "<!") || strings.HasPrefix(s[i:], "<?") {
			flush(i)
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				i = len(s)
			} else {
				i += end + 1
			}
			textStart = i
			continue
		}
		tg, ok := parseTag(s, i)
		if !ok {
			i++ // a '<' that is text
			continue
		}
		flush(i)
		at := i
		i, textStart = tg.next, tg.next

		if skip != "" {
			switch {
			case skip == "head" && !tg.end && !inHead[tg.name]:
				skip = "" // <body> or content ends an unclosed head
			case tg.name == skip && tg.end:
				if depth--; depth == 0 {
					skip = ""
				}
				continue
			case tg.name == skip && !tg.selfClose:
				depth++
				continue
			}
			if skip != "" {
				if !tg.end && rawText[tg.name] {
					i = skipRaw(s, tg)
					textStart = i
				}
				continue
			}
		}
		if !tg.end && rawText[tg.name] {
			// Raw text is never markup, and every raw-text element is
			// dropped (scripts, styles, a title, a form's text area).
			i = skipRaw(s, tg)
			textStart = i
			if tg.name == "script" || tg.name == "style" {
				r.scripts++
			}
			w.brk(0)
			continue
		}
		if !tg.end && dropped[tg.name] && !void[tg.name] && !tg.selfClose && !noSkip[at] && noSkip != nil {
			skip, depth, from = tg.name, 1, at
			continue
		}
		switch {
		case tg.name == "pre":
			if tg.end {
				pre = max(pre-1, 0)
			} else {
				pre++
			}
			w.brk(2)
		case tg.name == "ul" || tg.name == "ol" || tg.name == "menu":
			// A list inside a list item is no new paragraph.
			if tg.end {
				lists = max(lists-1, 0)
			}
			if lists > 0 {
				w.brk(1)
			} else {
				w.brk(2)
			}
			if !tg.end {
				lists++
			}
		case tg.name == "li" && !tg.end:
			w.brk(1)
			w.bullet = true
		case (tg.name == "td" || tg.name == "th") && !tg.end:
			w.sep = '\t'
		case paragraphs[tg.name]:
			w.brk(2)
		case lines[tg.name]:
			w.brk(1)
		case tg.name == "img" || tg.name == "wbr":
			// nothing: an image's alt text is not the article's
		}
	}
	r.text = w.String()
	return r
}

// hasBlockTags reports whether s has a tag that breaks lines: then the
// line breaks of the source are white space, as in a browser.
func hasBlockTags(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0; {
		if tg, ok := parseTag(s, i); ok && (paragraphs[tg.name] || lines[tg.name] || tg.name == "html") {
			return true
		}
		k := strings.IndexByte(s[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// skipRaw returns the index after the end tag of raw-text element tg, or
// the end of s when it has none.
func skipRaw(s string, tg tag) int {
	end := "</" + tg.name
	for i := tg.next; ; {
		k := indexFold(s[i:], end)
		if k < 0 {
			return len(s)
		}
		i += k
		j := i + len(end)
		if j >= len(s) || s[j] == '>' || s[j] == '/' || isSpace(s[j]) {
			if gt := strings.IndexByte(s[j:], '>'); gt >= 0 {
				return j + gt + 1
			}
			return len(s)
		}
		i = j
	}
}

// writer collapses white space and writes pending line breaks only
// before text, so that no line is blank but the paragraph breaks.
type writer struct {
	b      strings.Builder
	nl     int  // line breaks owed before the next text (at most 2)
	space  bool // a space is owed
	sep    rune // a separator owed instead of the space (a table cell's tab)
	bullet bool // a list item's bullet is owed
	// keepLines keeps the line breaks of the source: text with a few
	// tags but no block elements (plain text with a script pasted in).
	keepLines bool
}

func (w *writer) brk(n int) {
	if w.b.Len() > 0 {
		w.nl = max(w.nl, n)
	}
	w.space, w.sep = false, 0
}

func (w *writer) text(s string, pre bool) {
	for _, r := range s {
		switch r {
		case '\u00AD', '\u200B', '\uFEFF', '\u2060':
			continue // soft hyphen and invisible characters
		case '\u00A0', '\u202F', '\u2007':
			r = ' ' // no-break spaces
		}
		if (pre || w.keepLines) && (r == '\n' || r == '\r') {
			if r == '\n' {
				w.nl = min(w.nl+1, 2)
				if w.b.Len() == 0 {
					w.nl = 0
				}
				w.space = false
			}
			continue
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			w.space = true
			continue
		}
		if w.nl > 0 {
			w.b.WriteString("\n\n"[:w.nl])
			w.nl, w.space = 0, false
			if w.sep == '\t' {
				w.sep = 0
			}
		}
		if w.bullet {
			w.b.WriteString("• ")
			w.bullet, w.space, w.sep = false, false, 0
		}
		if w.b.Len() > 0 && !w.atLineStart() {
			if w.sep != 0 {
				w.b.WriteRune(w.sep)
			} else if w.space {
				w.b.WriteByte(' ')
			}
		}
		w.space, w.sep = false, 0
		w.b.WriteRune(r)
	}
}

func (w *writer) atLineStart() bool {
	s := w.b.String()
	return s == "" || s[len(s)-1] == '\n'
}

func (w *writer) String() string { return w.b.String() }

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// indexFold is strings.Index ignoring ASCII case; sub starts with '<'.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := strings.IndexByte(s[i:], sub[0])
		if k < 0 || i+k+len(sub) > len(s) {
			return -1
		}
		i += k
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
