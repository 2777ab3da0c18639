package yaml

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An Encoder writes nodes as YAML documents in block style: a mapping
// or sequence with FlowStyle on one line ([a, b]), a string with
// LiteralStyle or FoldedStyle as a literal block (|) when it has more than
// one line, other scalars plain when they read back as the same value
// with the same tag, and double-quoted otherwise.
type Encoder struct {
	w      io.Writer
	indent int
	docs   int
	err    error
}

// NewEncoder returns an Encoder writing to w, indenting by 4 spaces.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w, indent: 4} }

// SetIndent sets the indentation, from 2 to 9 spaces (others mean 2, as
// in yaml/v3's emitter).
func (e *Encoder) SetIndent(spaces int) {
	if spaces < 0 {
		panic("yaml: cannot indent to a negative number of spaces")
	}
	if spaces < 2 || spaces > 9 {
		spaces = 2
	}
	e.indent = spaces
}

// Encode writes v, a *Node or Node, as the next document.
func (e *Encoder) Encode(v any) error {
	if e.err != nil {
		return e.err
	}
	var n *Node
	switch v := v.(type) {
	case *Node:
		n = v
	case Node:
		n = &v
	default:
		return errors.New("yaml: this package encodes only yaml.Node values")
	}
	if n.Kind == DocumentNode {
		if len(n.Content) != 1 {
			return errors.New("yaml: a document node must have one value")
		}
		n = n.Content[0]
	}
	em := &emitter{indent: e.indent}
	if e.docs > 0 {
		em.b = append(em.b, "---\n"...)
	}
	if err := em.top(n); err != nil {
		return err
	}
	e.docs++
	if _, err := e.w.Write(em.b); err != nil {
		e.err = err
		return err
	}
	return nil
}

// Close ends the stream. Nothing is buffered, so it only reports an
// earlier write error.
func (e *Encoder) Close() error { return e.err }

type emitter struct {
	b      []byte
	indent int
	depth  int
}

type encodeError struct{ msg string }

func (e *emitter) fail(msg string) { panic(&encodeError{"yaml: " + msg}) }

func (e *emitter) top(n *Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			ee, ok := r.(*encodeError)
			if !ok {
				panic(r)
			}
			err = errors.New(ee.msg)
		}
	}()
	switch {
	case isBlockMap(n) && !hasProps(n):
		e.pairs(n, 0, true)
	case isBlockSeq(n) && !hasProps(n):
		e.items(n, 0, true)
	case n.Kind == ScalarNode && n.Tag == "!!null" && n.Value == "" && !hasProps(n):
		e.b = append(e.b, "!!null"...)
	default:
		start := len(e.b)
		e.value(n, 0, false, true)
		if len(e.b) > start && e.b[start] == ' ' {
			e.b = append(e.b[:start], e.b[start+1:]...)
		}
	}
	e.b = append(e.b, '\n')
	return nil
}

func isBlockMap(n *Node) bool {
	return n.Kind == MappingNode && n.Style&FlowStyle == 0 && len(n.Content) > 0
}

func isBlockSeq(n *Node) bool {
	return n.Kind == SequenceNode && n.Style&FlowStyle == 0 && len(n.Content) > 0
}

func hasProps(n *Node) bool { return n.Anchor != "" }

func (e *emitter) enter() {
	e.depth++
	if e.depth > MaxDepth {
		e.fail("values are nested too deeply")
	}
}

func (e *emitter) nl(col int) {
	e.b = append(e.b, '\n')
	for i := 0; i < col; i++ {
		e.b = append(e.b, ' ')
	}
}

// pairs writes a block mapping whose keys are at column col; the first
// key continues the current line when compact.
func (e *emitter) pairs(n *Node, col int, compact bool) {
	e.enter()
	defer func() { e.depth-- }()
	if len(n.Content)%2 != 0 {
		e.fail("a mapping node must have a value for each key")
	}
	for i := 0; i < len(n.Content); i += 2 {
		if i > 0 || !compact {
			e.nl(col)
		}
		e.key(n.Content[i])
		e.b = append(e.b, ':')
		e.value(n.Content[i+1], col, false, false)
	}
}

// items writes a block sequence whose dashes are at column col.
func (e *emitter) items(n *Node, col int, compact bool) {
	e.enter()
	defer func() { e.depth-- }()
	for i, c := range n.Content {
		if i > 0 || !compact {
			e.nl(col)
		}
		e.b = append(e.b, '-')
		e.value(c, col, true, false)
	}
}

func (e *emitter) key(k *Node) {
	start := len(e.b)
	if k.Kind == ScalarNode && k.Value == "" && k.Tag == "!!null" {
		e.fail("cannot write an empty key in a block mapping")
	}
	e.inline(k, true)
	if len(e.b)-start > maxKey-2 {
		e.fail("key is too long: keys are at most 1024 characters")
	}
}

// value writes the value after "key:" (inSeq false) or "-" (inSeq true),
// where col is the column of the enclosing collection.
func (e *emitter) value(v *Node, col int, inSeq, top bool) {
	switch {
	case isBlockMap(v) || isBlockSeq(v):
		if inSeq && !hasProps(v) {
			e.b = append(e.b, ' ')
			if v.Kind == MappingNode {
				e.pairs(v, col+2, true)
			} else {
				e.items(v, col+2, true)
			}
			return
		}
		if hasProps(v) {
			e.b = append(e.b, ' ')
			e.props(v)
			e.b = e.b[:len(e.b)-1]
		}
		inner := col + e.indent
		if inSeq || top {
			inner = col + 2
			if top {
				inner = 0
			}
		}
		if v.Kind == MappingNode {
			e.pairs(v, inner, false)
		} else {
			e.items(v, inner, false)
		}
	case v.Kind == ScalarNode && v.Tag == "!!null" && v.Value == "" && !hasProps(v):
		// "key:" or "-" alone
	case v.Kind == ScalarNode && v.Style&(LiteralStyle|FoldedStyle) != 0 && literalOK(v):
		e.b = append(e.b, ' ')
		e.props(v)
		e.literal(v.Value, col+e.indent)
	default:
		e.b = append(e.b, ' ')
		e.inline(v, false)
	}
}

// props writes "&anchor " when the node has one.
func (e *emitter) props(n *Node) {
	if n.Anchor == "" {
		return
	}
	for i := 0; i < len(n.Anchor); i++ {
		c := n.Anchor[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '-') {
			e.fail("anchor " + strconv.Quote(n.Anchor) + " has characters other than letters, digits, _ and -")
		}
	}
	e.b = append(e.b, '&')
	e.b = append(e.b, n.Anchor...)
	e.b = append(e.b, ' ')
}

// inline writes a node on one line: a scalar, an alias, or a collection
// in flow style. flow says whether it is inside a flow collection or a key.
func (e *emitter) inline(n *Node, flow bool) {
	e.props(n)
	switch n.Kind {
	case AliasNode:
		if n.Anchor != "" {
			e.fail("an alias cannot have an anchor")
		}
		e.b = append(e.b, '*')
		e.b = append(e.b, n.Value...)
	case MappingNode, SequenceNode:
		e.enter()
		open, end := byte('['), byte(']')
		if n.Kind == MappingNode {
			open, end = '{', '}'
			if len(n.Content)%2 != 0 {
				e.fail("a mapping node must have a value for each key")
			}
		}
		e.b = append(e.b, open)
		for i, c := range n.Content {
			if i > 0 {
				if n.Kind == MappingNode && i%2 == 1 {
					e.b = append(e.b, ": "...)
				} else {
					e.b = append(e.b, ", "...)
				}
			}
			e.inline(c, true)
		}
		e.b = append(e.b, end)
		e.depth--
	case ScalarNode:
		e.scalar(n, flow)
	default:
		e.fail("cannot write a node of kind " + strconv.Itoa(int(n.Kind)))
	}
}

func (e *emitter) scalar(n *Node, flow bool) {
	v := n.Value
	tag := n.Tag
	quotedStyle := n.Style&(DoubleQuotedStyle|SingleQuotedStyle) != 0
	if tag == "" {
		if quotedStyle || n.Style&(LiteralStyle|FoldedStyle) != 0 {
			tag = "!!str"
		} else {
			tag = resolve(v)
		}
	}
	if !utf8.ValidString(v) {
		e.fail("cannot write text that is not UTF-8")
	}
	switch tag {
	case "!!str":
		if !quotedStyle && plainOK(v, flow) {
			e.b = append(e.b, v...)
		} else {
			e.b = appendQuoted(e.b, v)
		}
		return
	case "!!null":
		if v == "" {
			e.b = append(e.b, "!!null "...)
			return
		}
	}
	r := resolve(v)
	switch {
	case r == tag:
		e.b = append(e.b, v...)
	case tag == "!!float" && r == "!!int":
		e.b = append(e.b, "!!float "...)
		e.b = append(e.b, v...)
	default:
		e.fail("cannot write " + strconv.Quote(v) + " with tag " + tag)
	}
}

// plainOK reports whether s reads back as the same string when written
// plain (flow: inside a flow collection or as a key).
func plainOK(s string, flow bool) bool {
	if s == "" || resolve(s) != "!!str" {
		return false
	}
	if strings.IndexByte("-?:,[]{}#&*!|>'\"%@` \t", s[0]) >= 0 {
		return false
	}
	last := s[len(s)-1]
	if last == ' ' || last == '\t' || last == ':' {
		return false
	}
	if strings.HasPrefix(s, "...") || strings.Contains(s, ": ") || strings.Contains(s, " #") {
		return false
	}
	if flow && strings.ContainsAny(s, ",[]{}?:#") {
		return false
	}
	for _, r := range s {
		if r < ' ' || r == 0x7f || !printable(r) {
			return false
		}
	}
	return true
}

// printable reports characters written as they are (the others are
// escaped in double quotes).
func printable(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return true
	case r < ' ' || r >= 0x7f && r < 0xa0:
		return false
	case r == 0x2028 || r == 0x2029 || r == 0xfeff || r == 0xfffe || r == 0xffff:
		return false
	}
	return r != utf8.RuneError
}

// appendQuoted writes s double-quoted with YAML escapes.
func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range s {
		switch r {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, '\\', 't')
		case '\r':
			b = append(b, '\\', 'r')
		case 0:
			b = append(b, '\\', '0')
		default:
			if printable(r) {
				b = utf8.AppendRune(b, r)
				continue
			}
			const hex = "0123456789ABCDEF"
			if r <= 0xff {
				b = append(b, '\\', 'x', hex[r>>4], hex[r&15])
			} else {
				b = append(b, '\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
			}
		}
	}
	return append(b, '"')
}

// literalOK reports whether a string can be written as a literal block.
func literalOK(n *Node) bool {
	s := n.Value
	if n.Tag != "!!str" && n.Tag != "" || strings.Trim(s, "\n") == "" || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !printable(r) {
			return false
		}
	}
	return true
}

// literal writes a literal block scalar with its lines at column col.
func (e *emitter) literal(s string, col int) {
	e.b = append(e.b, '|')
	if c := s[0]; c == ' ' || c == '\t' || c == '\n' {
		e.b = append(e.b, byte('0'+e.indent))
	}
	body := strings.TrimRight(s, "\n")
	switch len(s) - len(body) {
	case 0:
		e.b = append(e.b, '-')
	case 1:
	default:
		e.b = append(e.b, '+')
	}
	for _, line := range strings.Split(body, "\n") {
		if line == "" {
			e.b = append(e.b, '\n')
			continue
		}
		e.nl(col)
		e.b = append(e.b, line...)
	}
	for k := 1; k < len(s)-len(body); k++ {
		e.b = append(e.b, '\n')
	}
}
