package yaml

import (
	"strings"
	"unicode/utf8"
)

// parser reads a stream of documents. Errors are raised with panic(*SyntaxError)
// and recovered in document.
type parser struct {
	s    []byte
	i    int // offset of the next byte
	line int // 1-based line of offset i
	ls   int // offset where that line starts
	cOff int // column cache: offset cOff on line `line` is at column cCol
	cCol int
	flow int // depth of flow collections
	// indEnd is the offset after the last "-" entry or "---" marker.
	indEnd int
	// flowInd is the indentation of the block around the outermost flow
	// collection: yaml/v3 refuses tabs before it in plain scalars.
	flowInd int
	depth   int
	nodes   int
	end     int // line where the last token ended
	docs    int // documents read
	done    bool
	err     error

	anchors map[string]*Node
	slab    []Node
}

const (
	ctxTop = iota // root of an implicit document
	ctxDoc        // after "---"
	ctxKey        // after "key:"
	ctxSeq        // after "- "
)

func newParser(data []byte) *parser {
	p := &parser{line: 1}
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		data = data[3:]
	}
	p.s = data
	p.check()
	if p.err == nil && strings.IndexByte(string(data), '\r') >= 0 {
		// Line breaks become "\n": CR LF and a lone CR are one break,
		// which keeps every line and column where it was.
		out := make([]byte, 0, len(data))
		for i := 0; i < len(data); i++ {
			if data[i] == '\r' {
				if i+1 < len(data) && data[i+1] == '\n' {
					continue
				}
				out = append(out, '\n')
				continue
			}
			out = append(out, data[i])
		}
		p.s = out
	}
	return p
}

// check refuses what yaml/v3's reader refuses (invalid UTF-8, control
// characters) and the line separators this package does not support.
func (p *parser) check() {
	line, ls := 1, 0
	s := p.s
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
				line++
				ls = i + 1
			} else if c < ' ' && c != '\t' && c != '\r' || c == 0x7f {
				p.err = &SyntaxError{line, 1 + utf8.RuneCount(s[ls:i]), "control characters are not allowed", line}
				return
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			p.err = &SyntaxError{line, 1 + utf8.RuneCount(s[ls:i]), "invalid UTF-8 byte", line}
			return
		case r == 0x85 || r == 0x2028 || r == 0x2029:
			p.err = &SyntaxError{line, 1 + utf8.RuneCount(s[ls:i]), "unsupported line break character (U+0085, U+2028 or U+2029): use a plain line break", line}
			return
		case r < 0xA0 || r == 0xFFFE || r == 0xFFFF:
			p.err = &SyntaxError{line, 1 + utf8.RuneCount(s[ls:i]), "control characters are not allowed", line}
			return
		}
		i += n
	}
}

type mark struct{ line, col int }

// col returns the 0-based column (in characters) of offset i on the current line.
func (p *parser) colAt(i int) int {
	if p.cOff < p.ls || p.cOff > i {
		p.cOff, p.cCol = p.ls, 0
	}
	p.cCol += utf8.RuneCount(p.s[p.cOff:i])
	p.cOff = i
	return p.cCol
}

func (p *parser) col() int { return p.colAt(p.i) }

func (p *parser) mark() mark { return mark{p.line, p.col() + 1} }

func (p *parser) failAt(m mark, msg string) {
	panic(&SyntaxError{m.line, m.col, msg, p.line})
}

func (p *parser) fail(msg string) { p.failAt(p.mark(), msg) }

func (p *parser) at(k int) byte {
	if p.i+k < len(p.s) {
		return p.s[p.i+k]
	}
	return 0
}

func isBlank(c byte) bool  { return c == ' ' || c == '\t' }
func isBlankz(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == 0 }

// newline consumes a "\n".
func (p *parser) newline() {
	p.i++
	p.line++
	p.ls = p.i
}

func (p *parser) eof() bool { return p.i >= len(p.s) }

// marker reports a "---" or "..." at the start of a line.
func (p *parser) marker() byte {
	if p.i == p.ls && p.i+3 <= len(p.s) && isBlankz(p.at(3)) {
		if c := p.s[p.i]; (c == '-' || c == '.') && p.s[p.i+1] == c && p.s[p.i+2] == c {
			return c
		}
	}
	return 0
}

// skip skips spaces, comments and line breaks up to the next token. A tab
// is whitespace only where yaml/v3 allows it: inside flow collections and
// after a token on the same line (tabs says whether it is allowed before
// the first line break).
func (p *parser) skip(tabs bool) {
	comments := false // a comment that starts a block of comments was skipped
	for {
		switch c := p.at(0); {
		case c == ' ' || c == '\t' && (tabs || p.flow > 0):
			p.i++
		case c == '#':
			if !comments {
				comments = p.commentStart()
			}
			for p.i < len(p.s) && p.s[p.i] != '\n' {
				p.i++
			}
		case c == '\n':
			p.newline()
			tabs = false
		case c == '\t' && comments && p.hashAfterBlanks():
			// yaml/v3 reads the comment lines after a comment line
			// together, tabs and all.
			tabs = true
		case c == '\t':
			p.fail("found character that cannot start any token")
		default:
			return
		}
	}
}

// commentStart reports whether a comment here starts a block of comment
// lines for yaml/v3: alone on its line, or after "- " entries or "---".
func (p *parser) commentStart() bool {
	from := p.ls
	if p.indEnd > from {
		from = p.indEnd
	}
	return strings.Trim(string(p.s[from:p.i]), " \t") == ""
}

// hashAfterBlanks reports whether blanks and empty lines lead to a '#'.
func (p *parser) hashAfterBlanks() bool {
	i := p.i
	for i < len(p.s) && (isBlank(p.s[i]) || p.s[i] == '\n') {
		i++
	}
	return i < len(p.s) && p.s[i] == '#'
}

// atEnd reports the end of the stream or of the document.
func (p *parser) atEnd() bool { return p.eof() || p.marker() != 0 }

func (p *parser) node(kind Kind, tag string, m mark) *Node {
	p.nodes++
	if p.nodes > MaxNodes {
		p.failAt(m, "document has too many values")
	}
	if len(p.slab) == 0 {
		p.slab = make([]Node, 128) // fewer, larger allocations
	}
	n := &p.slab[0]
	p.slab = p.slab[1:]
	n.Kind, n.Tag, n.Line, n.Column = kind, tag, m.line, m.col
	return n
}

func (p *parser) null(m mark) *Node { return p.node(ScalarNode, "!!null", m) }

func (p *parser) enter(m mark) {
	p.depth++
	if p.depth > MaxDepth {
		p.failAt(m, "values are nested too deeply")
	}
}

func (p *parser) leave() { p.depth-- }

// document reads the next document; nil at the end of the stream.
func (p *parser) document() (doc *Node, err error) {
	if p.err != nil {
		return nil, p.err
	}
	if p.done {
		return nil, nil
	}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			p.err = se
			doc, err = nil, se
		}
	}()
	p.anchors = map[string]*Node{}
	p.nodes = 0
	if p.docs > 0 {
		p.after()
	}
	explicit := false
	var first *mark
	for {
		p.skip(false)
		if p.eof() {
			if explicit {
				p.fail("did not find expected <document start>")
			}
			p.done = true
			return nil, nil
		}
		if p.marker() == '.' {
			if p.docs == 0 {
				p.fail("did not find expected node content")
			}
			p.i += 3
			p.end = p.line
			p.skip(true)
			if !p.eof() && p.line == p.end {
				p.fail("did not find expected <document start>")
			}
			continue
		}
		if p.at(0) == '%' && p.i == p.ls {
			if first == nil {
				m := p.mark()
				first = &m
			}
			p.directive()
			explicit = true
			continue
		}
		break
	}
	m := p.mark()
	if first != nil {
		m = *first
	}
	ctx := ctxTop
	if p.marker() == '-' {
		p.i += 3
		p.indEnd = p.i
		p.end = p.line
		ctx = ctxDoc
	} else if explicit || p.docs > 0 {
		p.fail("did not find expected <document start>")
	}
	p.docs++
	doc = p.node(DocumentNode, "", m)
	tabs := ctx == ctxDoc
	if ctx == ctxTop {
		p.end = 0
	}
	root := p.block(-1, ctx, mark{}, tabs)
	doc.Content = []*Node{root}
	p.probe()
	return doc, nil
}

// probe reads the token after a document and forgets it: yaml/v3 reads
// one token ahead, so a token that does not scan (an unclosed quote, a
// bad escape, a tab, ...) fails the document before it.
func (p *parser) probe() {
	saved := *p
	defer func() {
		anchors, nodes := p.anchors, p.nodes
		*p = saved
		p.anchors, p.nodes = anchors, nodes
	}()
	p.skip(true)
	if p.atEnd() {
		return
	}
	first, scalar := p.line, false
	switch c := p.at(0); {
	case c == '"' || c == '\'':
		p.quoted()
		for isBlank(p.at(0)) {
			p.i++
		}
		scalar = true
	case c == '&' || c == '*':
		p.anchorName()
	case c == '|' || c == '>':
		p.blockScalar(-1, p.mark())
	case c == '%' && p.i == p.ls:
	case c == '!', c == '-' && isBlankz(p.at(1)), c == '?' && isBlankz(p.at(1)), c == ':' && isBlankz(p.at(1)),
		c == '[', c == '{', c == ']', c == '}', c == ',':
	case p.plainStart():
		p.plain(-1)
		scalar = true
	default:
		p.fail("found character that cannot start any token")
	}
	// A scalar that may be a key makes yaml/v3 read on to its ':'.
	if scalar && p.at(0) == ':' && isBlankz(p.at(1)) && p.end != first {
		p.fail("mapping values are not allowed in this context")
	}
}

// after checks what follows a document: the end of the stream, "---" or
// "..." (yaml/v3 reports anything else when asked for the next document).
func (p *parser) after() {
	p.skip(true)
	if !p.eof() {
		if p.line == p.end && p.marker() == 0 {
			p.fail("did not find expected <document start>")
		}
		switch p.marker() {
		case '.':
			p.i += 3
			p.end = p.line
			p.skip(true)
			if !p.eof() && p.line == p.end {
				p.fail("did not find expected <document start>")
			}
		case '-':
		default:
			p.fail("did not find expected <document start>")
		}
	}
}

// directive reads a %YAML 1.1 or 1.2 line (the document is read the same)
// and refuses %TAG and others.
func (p *parser) directive() {
	start := p.i
	for p.i < len(p.s) && p.s[p.i] != '\n' && p.s[p.i] != '#' {
		p.i++
	}
	d := strings.Fields(string(p.s[start:p.i]))
	if len(d) != 2 || d[0] != "%YAML" || d[1] != "1.1" && d[1] != "1.2" {
		p.failAt(mark{p.line, 1}, "unsupported directive "+strings.Join(d, " ")+": only %YAML 1.x is read")
	}
}

// entry reports a block sequence entry "- " at the current position.
func (p *parser) entry() bool { return p.at(0) == '-' && isBlankz(p.at(1)) }

// block reads the node after an indicator (or the root of a document).
// ind is the indentation of the enclosing block collection (-1 for none);
// empty is where an empty value is; tabs says whether tabs may follow on
// the same line.
func (p *parser) block(ind, ctx int, empty mark, tabs bool) *Node {
	start := p.line
	p.skip(tabs)
	if ctx == ctxTop || ctx == ctxDoc {
		empty = p.mark()
		if p.eof() && empty.col > 1 {
			// yaml/v3 puts the end of the stream at the start of a line.
			empty = mark{p.line + 1, 1}
		}
	}
	same := p.line == start && ctx != ctxTop
	if p.atEnd() {
		return p.null(empty)
	}
	col := p.col()
	if !same && col <= ind {
		if ctx == ctxKey && col == ind && p.entry() {
			return p.seq(col, p.mark(), true)
		}
		if c := p.at(0); col == ind && (c == '|' || c == '>') {
			// yaml/v3 reads a block scalar at the indentation of its
			// key or dash as the value.
			return p.blockScalar(ind, p.mark())
		}
		return p.null(empty)
	}
	m := p.mark()
	p.enter(m)
	defer p.leave()
	anchor, tag := p.props()
	if anchor != "" || tag != "" {
		l := p.line
		p.skip(true)
		if p.line != l || p.eof() {
			// The properties are those of a collection (or an empty
			// value) on the following lines.
			var n *Node
			c := p.col()
			switch {
			case p.atEnd() || c < ind || c == ind && !(ctx == ctxKey && p.entry()) && p.at(0) != '|' && p.at(0) != '>':
				n = p.null(m)
			case p.entry():
				n = p.seq(c, m, c == ind)
			default:
				n = p.block(ind, ctxSeq, m, false)
			}
			p.setProps(n, anchor, tag, m)
			return n
		}
	}
	c := p.at(0)
	switch {
	case c == '-' && isBlankz(p.at(1)):
		if (same && ctx != ctxSeq) || anchor != "" || tag != "" {
			p.fail("block sequence entries are not allowed in this context")
		}
		return p.seq(col, m, false)
	case c == '?' && isBlankz(p.at(1)):
		p.fail("explicit keys ('? ') are not supported: write key: value")
	case c == '|' || c == '>':
		n := p.blockScalar(ind, m)
		p.setProps(n, anchor, tag, m)
		return n
	}
	kStart := p.i
	first := p.line
	var n *Node
	if (anchor != "" || tag != "") && c == ':' && isBlankz(p.at(1)) {
		n = p.null(m) // an empty key with properties: "&a : b"
		p.end = p.line
	} else {
		n = p.inline(ind)
	}
	if p.at(0) == ':' && isBlankz(p.at(1)) && p.line == p.end {
		// n is the first key of a block mapping.
		if same && ctx != ctxSeq {
			p.fail("mapping values are not allowed in this context")
		}
		if p.line != first || p.i-kStart > maxKey {
			p.fail("mapping values are not allowed in this context")
		}
		p.setProps(n, anchor, tag, m)
		return p.mapping(col, m, n)
	}
	p.setProps(n, anchor, tag, m)
	return n
}

// props reads an anchor and a tag, in either order.
func (p *parser) props() (anchor, tag string) {
	for i := 0; i < 2; i++ {
		switch p.at(0) {
		case '&':
			if anchor != "" {
				p.fail("found duplicate anchor property")
			}
			anchor = p.anchorName()
		case '!':
			if tag != "" {
				p.fail("found duplicate tag property")
			}
			tag = p.tagName()
		default:
			return
		}
		if p.flow > 0 || i == 0 {
			for isBlank(p.at(0)) {
				p.i++
			}
		}
	}
	return
}

func (p *parser) anchorName() string {
	p.i++
	start := p.i
	for {
		c := p.at(0)
		if c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '-' {
			p.i++
			continue
		}
		break
	}
	c := p.at(0)
	if p.i == start || !(isBlankz(c) || strings.IndexByte("?:,]}%@`", c) >= 0) {
		p.fail("did not find expected alphabetic or numeric character")
	}
	p.end = p.line
	return string(p.s[start:p.i])
}

func (p *parser) tagName() string {
	start := p.i
	for !isBlankz(p.at(0)) && !(p.flow > 0 && strings.IndexByte(",[]{}", p.at(0)) >= 0) {
		p.i++
	}
	p.end = p.line
	t := string(p.s[start:p.i])
	switch t {
	case "!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq":
		return t
	}
	p.failAt(mark{p.line, p.colAt(start) + 1}, "tag "+t+" is not supported: remove it (only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are read)")
	return ""
}

// setProps gives n its anchor and tag, and moves its position to m
// (where the properties start).
func (p *parser) setProps(n *Node, anchor, tag string, m mark) {
	if anchor == "" && tag == "" {
		return
	}
	n.Line, n.Column = m.line, m.col
	if anchor != "" && n.Anchor != "" || tag != "" && n.Style&TaggedStyle != 0 {
		p.failAt(m, "did not find expected key")
	}
	if anchor != "" {
		if n.Kind == AliasNode {
			p.failAt(m, "an alias cannot have an anchor")
		}
		n.Anchor = anchor
		p.anchors[anchor] = n
	}
	if tag == "" {
		return
	}
	ok := false
	switch n.Kind {
	case MappingNode:
		ok = tag == "!!map"
	case SequenceNode:
		ok = tag == "!!seq"
	case ScalarNode:
		switch tag {
		case "!!str":
			ok = true
		case "!!map", "!!seq":
		default:
			r := "!!str"
			if n.Style == 0 {
				r = resolve(n.Value)
			}
			ok = r == tag || tag == "!!float" && r == "!!int"
		}
	}
	if !ok {
		p.failAt(m, "tag "+tag+" does not fit the value: remove it")
	}
	n.Tag = tag
	n.Style |= TaggedStyle
}

// mapping reads a block mapping at column mcol whose first key is key.
func (p *parser) mapping(mcol int, m mark, key *Node) *Node {
	n := p.node(MappingNode, "!!map", m)
	for {
		p.i++ // ':'
		p.end = p.line
		v := p.block(mcol, ctxKey, p.mark(), true)
		n.Content = append(n.Content, key, v)
		p.skip(true)
		if p.atEnd() {
			return n
		}
		if p.line == p.end {
			if p.at(0) == ':' {
				p.fail("mapping values are not allowed in this context")
			}
			p.failAt(m, "did not find expected key")
		}
		c := p.col()
		if c < mcol {
			return n
		}
		if c > mcol || p.entry() {
			p.failAt(m, "did not find expected key")
		}
		key = p.key(mcol, m)
	}
}

// key reads a key of a block mapping, up to its ':'; mm is where the
// mapping starts.
func (p *parser) key(mcol int, mm mark) *Node {
	m := p.mark()
	kStart := p.i
	anchor, tag := p.props()
	if anchor != "" || tag != "" {
		if p.at(0) == '\n' || p.at(0) == '#' || p.eof() {
			p.failAt(mm, "did not find expected key")
		}
	}
	c := p.at(0)
	switch {
	case c == '?' && isBlankz(p.at(1)):
		p.fail("explicit keys ('? ') are not supported: write key: value")
	case c == ':' && isBlankz(p.at(1)) && anchor == "" && tag == "", c == '|', c == '>', c == '-' && isBlankz(p.at(1)):
		p.failAt(mm, "did not find expected key")
	}
	first := p.line
	var k *Node
	if (anchor != "" || tag != "") && c == ':' && isBlankz(p.at(1)) {
		k = p.null(m)
		p.end = p.line
	} else {
		k = p.inline(mcol)
	}
	if !(p.at(0) == ':' && isBlankz(p.at(1))) || p.line != first {
		p.failAt(m, "could not find expected ':'")
	}
	if p.i-kStart > maxKey {
		p.failAt(m, "key is too long: keys are at most 1024 characters")
	}
	p.setProps(k, anchor, tag, m)
	return k
}

// seq reads a block sequence whose first "-" is at column scol;
// indentless says it is the value of a key at the same column.
func (p *parser) seq(scol int, m mark, indentless bool) *Node {
	n := p.node(SequenceNode, "!!seq", m)
	for {
		p.i++ // '-'
		p.indEnd = p.i
		p.end = p.line
		item := p.block(scol, ctxSeq, p.mark(), false)
		n.Content = append(n.Content, item)
		p.skip(true)
		if p.atEnd() {
			return n
		}
		if p.line == p.end {
			if p.at(0) == ':' {
				p.fail("mapping values are not allowed in this context")
			}
			p.failAt(m, "did not find expected '-' indicator")
		}
		c := p.col()
		if c < scol || c == scol && indentless && !p.entry() {
			return n
		}
		if c > scol || !p.entry() {
			p.failAt(m, "did not find expected '-' indicator")
		}
	}
}

// inline reads a scalar, an alias or a flow collection, and then the
// blanks after it on its line (a plain scalar also reads the line breaks
// and indentation after it). ind is the enclosing block indentation.
func (p *parser) inline(ind int) *Node {
	var n *Node
	switch c := p.at(0); c {
	case '[', '{':
		p.flowInd = ind
		n = p.flowCollection()
	case '"', '\'':
		n = p.quoted()
	case '*':
		n = p.alias()
	default:
		if !p.plainStart() {
			p.fail("found character that cannot start any token")
		}
		return p.plain(ind)
	}
	for isBlank(p.at(0)) {
		p.i++
	}
	return n
}

func (p *parser) alias() *Node {
	m := p.mark()
	name := p.anchorName()
	n := p.node(AliasNode, "", m)
	n.Value = name
	n.Alias = p.anchors[name]
	if n.Alias == nil {
		p.failAt(m, "unknown anchor '"+name+"' referenced")
	}
	return n
}

// plainStart reports whether a plain scalar may start here.
func (p *parser) plainStart() bool {
	c := p.at(0)
	if isBlankz(c) {
		return false
	}
	if strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", c) < 0 {
		return true
	}
	next := p.at(1)
	if c == '-' {
		return !isBlank(next) && next != '\n' && next != 0
	}
	return p.flow == 0 && (c == '?' || c == ':') && !isBlankz(next)
}

// plain reads a plain scalar, folding its lines as yaml/v3 does.
func (p *parser) plain(ind int) *Node {
	m := p.mark()
	var b []byte
	var spaces []byte
	breaks := 0 // line breaks after the last text
	leading := false
	endLine := p.line
	startI := p.i
	last := p.i
	simple := true // the value is s[startI:p.i] so far (no folding)
	for {
		if p.marker() != 0 || p.at(0) == '#' {
			break
		}
		for !isBlankz(p.at(0)) {
			c := p.at(0)
			if c == ':' && isBlankz(p.at(1)) {
				break
			}
			if p.flow > 0 && (c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}') {
				break
			}
			if leading || len(spaces) > 0 {
				if simple {
					b = append(b[:0], p.s[startI:last]...)
					simple = false
				}
				if leading {
					if breaks == 1 {
						b = append(b, ' ')
					} else {
						for k := 1; k < breaks; k++ {
							b = append(b, '\n')
						}
					}
					breaks = 0
					leading = false
				} else {
					b = append(b, spaces...)
				}
				spaces = spaces[:0]
			}
			if simple {
				p.i++
			} else {
				b = append(b, c)
				p.i++
			}
			last = p.i
			endLine = p.line
		}
		c := p.at(0)
		if !(isBlank(c) || c == '\n') {
			break
		}
		for c := p.at(0); isBlank(c) || c == '\n'; c = p.at(0) {
			if isBlank(c) {
				if leading && p.col() < ind+1 && c == '\t' {
					p.fail("found a tab character that violates indentation")
				}
				if !leading {
					spaces = append(spaces, c)
				}
				p.i++
			} else {
				spaces = spaces[:0]
				leading = true
				breaks++
				p.newline()
			}
		}
		if p.flow == 0 && p.col() < ind+1 {
			break
		}
	}
	p.end = endLine
	n := p.node(ScalarNode, "", m)
	if simple {
		n.Value = string(p.s[startI:last])
	} else {
		n.Value = string(b)
	}
	if n.Value == "<<" {
		n.Tag = "!!merge"
	} else {
		n.Tag = resolve(n.Value)
	}
	return n
}
