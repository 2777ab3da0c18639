// Package yaml is a small, strict reader and writer for the part of YAML
// that question files use: block mappings and sequences, flow
// collections (so JSON reads too), plain, quoted and block scalars,
// comments and document markers.
//
// Its API is the subset of go.yaml.in/yaml/v3 that quiz/format uses
// (Node, Decoder, Encoder, Unmarshal), with the same node trees, the
// same tags and the same line and column numbers, so that switching is
// changing one import line. It exists because yaml/v3 adds about 180 KB
// (brotli) to app.wasm; this package adds a small fraction of that.
//
// Refused on purpose (an error, never a different tree): explicit keys
// ("? "), tags other than the core ones (!!str, !!int, !!float, !!bool,
// !!null, !!map, !!seq on fitting values), %TAG directives, keys longer
// than 1024 bytes or spanning lines in flow collections, the line
// separators U+0085, U+2028 and U+2029, nesting deeper than MaxDepth and
// documents of more than MaxNodes nodes, an alias inside the collection
// its anchor names. Aliases are read as AliasNode (with Alias set) but
// never expanded. Read beyond yaml/v3: the JSON escape \/ in
// double-quoted text, and %YAML 1.2. The whole input is checked for
// invalid UTF-8 and control characters before the first document.
package yaml

import "strconv"

// Kind is the kind of a Node.
type Kind uint32

// The kinds, with yaml/v3's values.
const (
	DocumentNode Kind = 1 << iota
	SequenceNode
	MappingNode
	ScalarNode
	AliasNode
)

// Style is how a node is written.
type Style uint32

// The styles, with yaml/v3's values.
const (
	TaggedStyle Style = 1 << iota
	DoubleQuotedStyle
	SingleQuotedStyle
	LiteralStyle
	FoldedStyle
	FlowStyle
)

// Node is one node of a YAML document, as in yaml/v3: a DocumentNode
// holds its root in Content[0]; a MappingNode holds keys and values
// alternately; Line and Column (1-based, counted in characters) point at
// the node's first character, or its anchor or tag when it has one.
type Node struct {
	Kind    Kind
	Style   Style
	Tag     string
	Value   string
	Anchor  string
	Alias   *Node
	Content []*Node
	Line    int
	Column  int
}

// ShortTag returns the node's tag ("!!str", "!!map", ...), resolving
// plain scalars that have none.
func (n *Node) ShortTag() string {
	if n.Tag != "" {
		return n.Tag
	}
	switch n.Kind {
	case MappingNode:
		return "!!map"
	case SequenceNode:
		return "!!seq"
	case ScalarNode:
		if n.Style&(DoubleQuotedStyle|SingleQuotedStyle|LiteralStyle|FoldedStyle) != 0 {
			return "!!str"
		}
		return resolve(n.Value)
	}
	return ""
}

// IsZero reports whether n is the zero Node.
func (n *Node) IsZero() bool {
	return n.Kind == 0 && n.Style == 0 && n.Tag == "" && n.Value == "" && n.Anchor == "" &&
		n.Alias == nil && n.Content == nil && n.Line == 0 && n.Column == 0
}

// SyntaxError is a problem in the YAML text, at a 1-based line and column.
// Its text is yaml/v3's: "yaml: line N: message". As in yaml/v3, an error
// in the structure (a missing key, "-", ',' or ']') is placed where the
// mapping, sequence or flow collection it breaks starts, and a character
// that cannot be read where that character is.
type SyntaxError struct {
	Line, Column int
	Msg          string
	// Stop is the line the parser had reached when it gave up: after
	// Line for an error in the structure, so that a reader looking for
	// the line at fault can try there first.
	Stop int
}

func (e *SyntaxError) Error() string {
	return "yaml: line " + strconv.Itoa(e.Line) + ": " + e.Msg
}

// Limits that keep any input from taking too much time, memory or stack.
const (
	MaxDepth = 1000      // nested collections
	MaxNodes = 4_000_000 // nodes in one document
	maxKey   = 1024      // bytes in an implicit key, as in yaml/v3
)
