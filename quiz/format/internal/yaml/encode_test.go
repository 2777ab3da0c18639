package yaml

import (
	"bytes"
	"strings"
	"testing"

	v3 "go.yaml.in/yaml/v3"
)

// same compares two trees by kind, tag, value, anchor and content.
func same(a, b *Node) bool {
	if a.Kind != b.Kind || a.Tag != b.Tag || a.Value != b.Value || a.Anchor != b.Anchor || len(a.Content) != len(b.Content) {
		return false
	}
	for i := range a.Content {
		if !same(a.Content[i], b.Content[i]) {
			return false
		}
	}
	return true
}

// sameV3 compares our tree with yaml/v3's reading of the same text.
func sameV3(a *Node, b *v3.Node) bool {
	if uint32(a.Kind) != uint32(b.Kind) || a.Tag != b.Tag || a.Value != b.Value || a.Anchor != b.Anchor || len(a.Content) != len(b.Content) {
		return false
	}
	for i := range a.Content {
		if !sameV3(a.Content[i], b.Content[i]) {
			return false
		}
	}
	return true
}

func encode(t testing.TB, n *Node, indent int) []byte {
	var b bytes.Buffer
	enc := NewEncoder(&b)
	enc.SetIndent(indent)
	if err := enc.Encode(n); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// roundTrip encodes doc and checks that both parsers read it back.
func roundTrip(t testing.TB, doc *Node, indent int) {
	t.Helper()
	out := encode(t, doc, indent)
	var back Node
	if err := Unmarshal(out, &back); err != nil {
		t.Fatalf("output does not parse: %v\n%s", err, out)
	}
	if doc.Kind != DocumentNode {
		doc = &Node{Kind: DocumentNode, Content: []*Node{doc}}
	}
	if !same(doc, &back) {
		t.Fatalf("round trip changed the tree:\n%s\n got:\n%s\nwant:\n%s", out, treeString(&back), treeString(doc))
	}
	var v Node
	if err := Unmarshal(out, &v); err == nil {
		var n3 v3.Node
		if err := v3.Unmarshal(out, &n3); err != nil {
			t.Fatalf("yaml/v3 does not parse the output: %v\n%s", err, out)
		}
		if !sameV3(doc, &n3) {
			var b strings.Builder
			dumpV3(&b, &n3, "")
			t.Fatalf("yaml/v3 reads the output differently:\n%s\n got:\n%s\nwant:\n%s", out, b.String(), treeString(doc))
		}
	}
}

func treeString(n *Node) string {
	var b strings.Builder
	dump(&b, n, "")
	return b.String()
}

func parse(t testing.TB, s string) *Node {
	var n Node
	if err := Unmarshal([]byte(s), &n); err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return &n
}

var roundTripCases = []string{
	"title: x\nquestions:\n  - type: single\n    prompt: p\n    wrong: [a, b]\n",
	"a: |\n  x\n  y\n", "a: |-\n  x\n  y", "a: |+\n  x\n\n\nb: 1", "a: |2\n   lead\n  x\n", "- |\n  a\n\n  b\n- >\n  c\n  d\n",
	"a: 'true'\nb: '1'\nc: ''\nd: ' x'\ne: 'x '\nf: 'a: b'\ng: 'a #b'\nh: '-x'\ni: '[x]'\nj: '{y}'\nk: '#h'\nl: '*a'\nm: '&a'\nn: '!x'\no: '|x'\np: '>x'\nq: '%x'\nr: '@x'\ns: '`x'\nt: 'x:'\nu: '...x'\nv: '---'\nw: 'null'\nx: '~'\ny: '0x1F'\nz: '1e3'",
	"a: \"tab\\there\"\nb: \"nl\\nhere\"\nc: \"\\x01\\x7f\\u0085\\u2028\\ufeff\"\nd: \"quote\\\" and \\\\\"\ne: \"\\0\"",
	"- [a, 'b, c', '[d]', 'e?', 'f:g', '', 'x y', 1, true, null, ~]\n- {a: 1, 'b c': [d], '': e}\n",
	"a: 1\nb: 1.5\nc: true\nd: null\ne: ~\nf: .inf\ng: 2020-11-09\nh: 0x1F\ni: -0b101\nj: <<\n",
	"a:\n  b:\n    c:\n      - d\n      - - e\n        - f\n      - g: h\n        i: j\n",
	"- a\n-\n- - \n- {}\n- []\n", "[]", "{}", "x", "'x y'", "|\n  top\n", "\"\"", "~", "", "a: &a x\nb: *a\n", "&m\na: 1\n",
	"- &s\n  - a\n- *s\n", "[a]: b\n{c: d}: e\n", "\"multi\\nline key\": v\n", "a: !!float 1\n", "a: !!str 1\n",
	"é: \"ü\\n\"\nxß: |\n  ä\n  ö\n",
}

func TestRoundTrip(t *testing.T) {
	for _, in := range roundTripCases {
		doc := parse(t, in)
		if doc.Kind == 0 {
			continue
		}
		for _, indent := range []int{2, 4} {
			roundTrip(t, doc, indent)
		}
	}
}

// TestEncodeLikeV3 checks the exact text for the shapes write.go makes.
func TestEncodeLikeV3(t *testing.T) {
	s := func(v string) *Node { return &Node{Kind: ScalarNode, Tag: "!!str", Value: v} }
	lit := func(v string) *Node { return &Node{Kind: ScalarNode, Tag: "!!str", Value: v, Style: LiteralStyle} }
	fl := &Node{Kind: SequenceNode, Tag: "!!seq", Style: FlowStyle, Content: []*Node{s("a b"), s("true"), s("x, y")}}
	inner := &Node{Kind: MappingNode, Tag: "!!map", Content: []*Node{s("k"), s("v"), s("l"), lit("x\ny\n")}}
	seq := &Node{Kind: SequenceNode, Tag: "!!seq", Content: []*Node{inner, s("plain"), lit("  lead\nx"), fl,
		{Kind: SequenceNode, Tag: "!!seq", Content: []*Node{s("n")}}}}
	m := &Node{Kind: MappingNode, Tag: "!!map", Content: []*Node{s("title"), s("true"), s("list"), seq,
		s("e"), {Kind: MappingNode, Tag: "!!map"}, s("lit"), lit("a\nb"), s("keep"), lit("a\n\n")}}
	var b bytes.Buffer
	enc := NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(m); err != nil {
		t.Fatal(err)
	}
	if err := enc.Encode(s("x")); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	want := `title: "true"
list:
  - k: v
    l: |
      x
      y
  - plain
  - |2-
      lead
    x
  - [a b, "true", "x, y"]
  - - n
e: {}
lit: |-
  a
  b
keep: |+
  a

---
x
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	roundTrip(t, m, 2)
}
