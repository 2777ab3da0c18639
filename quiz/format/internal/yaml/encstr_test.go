package yaml

import (
	"math/rand"
	"testing"
)

// TestEncodeStrings writes random strings as keys, values, flow items and
// literal blocks, and reads them back with both parsers.
func TestEncodeStrings(t *testing.T) {
	n := 30000
	if testing.Short() {
		n = 3000
	}
	r := rand.New(rand.NewSource(1))
	pieces := []string{"-", ":", " ", "  ", "\n", "\n\n", "\t", "#", "'", "\"", "\\", "[", "]", "{", "}", ",", "?", "&", "*", "!",
		"|", ">", "%", "@", "`", "a", "b c", "é", "😀", "0", "1.5", "true", "null", "~", "---", "...", "<<", "\r", "\x00",
		"\x7f", "\u0085", "\u2028", "\ufeff", "2020-11-09", "0x1F", ".inf", "\u00a0", "x: y", " #", "- ", "? ", "\\/"}
	str := func() string {
		s := ""
		for k := r.Intn(6); k >= 0; k-- {
			s += pieces[r.Intn(len(pieces))]
		}
		return s
	}
	scalar := func(style Style) *Node { return &Node{Kind: ScalarNode, Tag: "!!str", Value: str(), Style: style} }
	for i := 0; i < n && !t.Failed(); i++ {
		style := Style(0)
		if r.Intn(2) == 0 {
			style = LiteralStyle
		}
		flow := &Node{Kind: SequenceNode, Tag: "!!seq", Style: FlowStyle, Content: []*Node{scalar(0), scalar(style)}}
		fmap := &Node{Kind: MappingNode, Tag: "!!map", Style: FlowStyle, Content: []*Node{scalar(0), scalar(0)}}
		inner := &Node{Kind: MappingNode, Tag: "!!map", Content: []*Node{scalar(0), scalar(style), scalar(0), flow}}
		seq := &Node{Kind: SequenceNode, Tag: "!!seq", Content: []*Node{scalar(style), inner, fmap, scalar(style)}}
		root := &Node{Kind: MappingNode, Tag: "!!map", Content: []*Node{scalar(0), seq, scalar(0), scalar(style), scalar(0), inner}}
		roundTrip(t, root, 2+r.Intn(3))
		roundTrip(t, scalar(style), 2)
	}
}
