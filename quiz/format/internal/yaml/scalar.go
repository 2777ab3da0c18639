package yaml

import "unicode/utf8"

// quoted reads a single- or double-quoted scalar, folding its lines and
// (double-quoted) decoding its escapes as yaml/v3 does.
func (p *parser) quoted() *Node {
	m := p.mark()
	q := p.at(0)
	single := q == '\''
	p.i++
	var b []byte
	var spaces []byte
	for {
		if p.marker() != 0 {
			p.fail("found unexpected document indicator")
		}
		if p.eof() {
			p.failAt(m, "found unexpected end of stream")
		}
		leading := false
		var lead bool // the first break was a real line break
		breaks := 0
		for !isBlankz(p.at(0)) {
			c := p.at(0)
			switch {
			case single && c == '\'' && p.at(1) == '\'':
				b = append(b, '\'')
				p.i += 2
				continue
			case c == q:
			case !single && c == '\\' && p.at(1) == '\n':
				p.i++
				p.newline()
				leading = true
			case !single && c == '\\':
				b = p.escape(b)
				continue
			default:
				b = append(b, c)
				p.i++
				continue
			}
			break
		}
		if p.at(0) == q {
			break
		}
		spaces = spaces[:0]
		for c := p.at(0); isBlank(c) || c == '\n'; c = p.at(0) {
			if isBlank(c) {
				if !leading {
					spaces = append(spaces, c)
				}
				p.i++
				continue
			}
			if !leading {
				spaces = spaces[:0]
				leading, lead = true, true
			} else {
				breaks++
			}
			p.newline()
		}
		if leading {
			if lead && breaks == 0 {
				b = append(b, ' ')
			} else {
				for k := 0; k < breaks; k++ {
					b = append(b, '\n')
				}
			}
		} else {
			b = append(b, spaces...)
		}
	}
	p.i++
	p.end = p.line
	n := p.node(ScalarNode, "!!str", m)
	n.Value = string(b)
	n.Style = DoubleQuotedStyle
	if single {
		n.Style = SingleQuotedStyle
	}
	return n
}

// escape decodes one escape sequence of a double-quoted scalar.
func (p *parser) escape(b []byte) []byte {
	var r uint32
	size := 0
	switch c := p.at(1); c {
	case '0':
		r = 0
	case 'a':
		r = 7
	case 'b':
		r = 8
	case 't', '\t':
		r = 9
	case 'n':
		r = 10
	case 'v':
		r = 11
	case 'f':
		r = 12
	case 'r':
		r = 13
	case 'e':
		r = 0x1b
	case ' ', '"', '\'', '\\', '/':
		r = uint32(c)
	case 'N':
		r = 0x85
	case '_':
		r = 0xa0
	case 'L':
		r = 0x2028
	case 'P':
		r = 0x2029
	case 'x':
		size = 2
	case 'u':
		size = 4
	case 'U':
		size = 8
	default:
		p.fail("found unknown escape character")
	}
	p.i += 2
	if size > 0 {
		for k := 0; k < size; k++ {
			c := p.at(0)
			var d byte
			switch {
			case c >= '0' && c <= '9':
				d = c - '0'
			case c >= 'a' && c <= 'f':
				d = c - 'a' + 10
			case c >= 'A' && c <= 'F':
				d = c - 'A' + 10
			default:
				p.fail("did not find expected hexdecimal number")
			}
			r = r<<4 | uint32(d)
			p.i++
		}
		if r >= 0xD800 && r <= 0xDFFF || r > 0x10FFFF {
			p.fail("found invalid Unicode character escape code")
		}
	}
	return utf8.AppendRune(b, rune(r))
}

// blockScalar reads a literal (|) or folded (>) scalar; ind is the
// indentation of the enclosing block collection.
func (p *parser) blockScalar(ind int, m mark) *Node {
	literal := p.at(0) == '|'
	p.i++
	chomp, inc := 0, 0
	for k := 0; k < 2; k++ {
		c := p.at(0)
		switch {
		case (c == '+' || c == '-') && chomp == 0:
			chomp = 1
			if c == '-' {
				chomp = -1
			}
		case c == '0' && inc == 0:
			p.fail("found an indentation indicator equal to 0")
		case c >= '1' && c <= '9' && inc == 0:
			inc = int(c - '0')
		default:
			k = 2
			continue
		}
		p.i++
	}
	for isBlank(p.at(0)) {
		p.i++
	}
	if p.at(0) == '#' {
		for !p.eof() && p.at(0) != '\n' {
			p.i++
		}
	}
	if !p.eof() && p.at(0) != '\n' {
		p.fail("did not find expected comment or line break")
	}
	p.end = p.line
	if !p.eof() {
		p.newline()
	}
	indent := 0
	if inc > 0 {
		indent = inc
		if ind >= 0 {
			indent = ind + inc
		}
	}
	var b, leadBreak, trail []byte
	indent = p.blockBreaks(indent, ind, &trail)
	leadingBlank, trailingBlank := false, false
	for p.col() == indent && !p.eof() {
		trailingBlank = isBlank(p.at(0))
		if !literal && !leadingBlank && !trailingBlank && len(leadBreak) > 0 {
			if len(trail) == 0 {
				b = append(b, ' ')
			}
		} else {
			b = append(b, leadBreak...)
		}
		leadBreak = leadBreak[:0]
		b = append(b, trail...)
		trail = trail[:0]
		leadingBlank = isBlank(p.at(0))
		start := p.i
		for !p.eof() && p.at(0) != '\n' {
			p.i++
		}
		b = append(b, p.s[start:p.i]...)
		if p.eof() {
			break
		}
		leadBreak = append(leadBreak, '\n')
		p.newline()
		indent = p.blockBreaks(indent, ind, &trail)
	}
	if chomp != -1 {
		b = append(b, leadBreak...)
	}
	if chomp == 1 {
		b = append(b, trail...)
	}
	n := p.node(ScalarNode, "!!str", m)
	n.Value = string(b)
	n.Style = FoldedStyle
	if literal {
		n.Style = LiteralStyle
	}
	return n
}

// blockBreaks skips the indentation and empty lines of a block scalar,
// collecting the breaks, and finds the indentation when it is still 0.
func (p *parser) blockBreaks(indent, ind int, breaks *[]byte) int {
	max := 0
	for {
		for (indent == 0 || p.col() < indent) && p.at(0) == ' ' {
			p.i++
		}
		if c := p.col(); c > max {
			max = c
		}
		if (indent == 0 || p.col() < indent) && p.at(0) == '\t' {
			p.fail("found a tab character where an indentation space is expected")
		}
		if p.at(0) != '\n' {
			break
		}
		*breaks = append(*breaks, '\n')
		p.newline()
	}
	if indent == 0 {
		indent = max
		if indent < ind+1 {
			indent = ind + 1
		}
		if indent < 1 {
			indent = 1
		}
	}
	return indent
}
