package yaml

// tricky are inputs on which this package must agree with yaml/v3 exactly
// (same tree, same positions; or both refuse).
var tricky = []string{
	"", "\n", "# only a comment\n", "a", "a: b", "a: b\n", "a:\nb:", "a:\n  b:\n", "- a\n-\n", "- \n",
	"title: x\nquestions:\n  - type: single\n   prompt: bad indent\n",
	"title: x\nquestions:\n\t- type: single\n",
	"a: 1\n\t\nb: 2", "a:\tb", "- \ta", "a: b\tc", "-\ta", "a:\n\tb",
	"a: [1,\nb]", "a: {\"x\":1}", "{\"a\": [1, 2.5, true, null, \"x\\ny\"], \"b\": {}}",
	"--- a", "---", "--- # x", "a: 1\n--- ", "--- !!str", "--- &a", "a: b\n---\nc", "---\n---\n", "a\n...\nb", "a\n...\n---\nb\n...\n", "...\na", "--- |\n  x",
	"a: |\n  x\n", "a: |\n  x", "a: |-\n  x\n\n", "a: |+\n  x\n\n", "a: >\n  x\n  y\n\n  z\n", "x: >-\n  a\n  b\n\n  c\n",
	"a: |2\n   x\n", "a: >\n  x\n   y\n  z\n", "a: |\n\n  x\n", "a: |\n  x\n y: 1", "|\nx", "a: |\n  x\n\tb: c",
	"- |\n  x\n- >\n  y\n", "a: |1\n  x\n", "a: |0\n  x", "a: |x\n", "a: | # c\n  x\n",
	"{a, b: }", "titl\n: x\nq: 1", "\"title: x\nquestions:\n  - type:\"single\n    prompt: p\n", "a\n---\nb\nc: d", "'a'\n'b\nc': d", "a: \"\\Ub001F600\"", "a: \"\\UFFFFFFFF\"", "a:\n - # c\n\t# d\n  b: 2", "a: # c\n\t# d\nb: 1", "--- # c\n\t# d\na: 1", "- # c\n\t# d\n- 1", "a: [1] # c\n\t# d\nb: 1", "a: &x # c\n\t# d\n  b: 1", "x: &a\n  !!str b", "x: &a\n  &b\n", "# c\n\t\n#: 1", "# c\n\t\n\n# d\na: 1", "x: &a\n  &b c: d", "a: [1\n\t]", "a: [1,\n\t2]", "a: [x\n\ty]", "- [x\n\ty]", "[x\n\ty]", "a: b\n\t# c\n", "a: \"b\"\n\t# c\nc: d", "a:\n\t# c\n  b: 1", "# c\n\t# d\na: 1", "# c\n\t\na: 1", "a: 1\n# c\n\t# d\nb: 2", "a:\n  # c\n\t# d\n  b: 2", "# c\n\n\t# d\na: 1", "a: \"b\" # c\n\t# d\nc: d", "---\n# c\n\t# d\na: 1", "[\n\"\": ]", "a: &x\n>", "- &x\n>\n", "%YAML 1.1", "%YAML 1.1\n", "[a: ]b", "[\"\":]", ": a", "a:\n>", "- \n>", "a:\n|\n  x", "&a:", "- &a : b", "&x : *x", "a: 1\n&b : 2", "%YAML 1.0\n---\na", "%YAML 1..a\n---\na", "[a: b, c]", "[a\n, b]", "{a\n: b}", "[a, [b, [c]], {d: [e]}]", "{a: 1, a: 2}", "[,]", "[a,,b]", "[a", "{a: 1",
	"[\"a\":b]", "{a:1}", "{a:}", "[a:, b]", "[: a]", "{: a}", "[a?b]", "[a #c\n, b]", "[\n---\n]",
	"&x a: *x", "a: &x\n  b: c", "a: &x\n", "a: !!str\n", "a: *y", "- &a x\n- *a\n",
	"a: b: c", "a:\n  - b\n  c: d", "\"a\n  b\": c", "a:\n  [b,\nc]", "a: \"x\n\n  y\"", "a:  \n",
	"- - a\n  - b", "!!str 1", "a: !!int 1", "a: !!float 1", "- 'a''b'", "'a\n\n b  \n c'",
	"key: \"x\" y", "a: b #c\n# d\n", "\"a\"#c", "# c\na: b", "a: 1\n  b: 2", "a: 'b'\n  c: d",
	"- a\n- b\nc: d", "a: 1\nfoo\nbar: 2", "a:\n- b\n- c\nd: e", "a:\n  - b\n  - c\n  d: e",
	"a: b\n  c\n  d\n\n  e\nf: g", "- a\n  b\n- c", "a\nb\n\nc", "a: \"\\t\\n\\\\\\\"\\x41\\u00e9\\U0001F600\\0\\ \"",
	"a: \"x\\\n  y\"", "a: \"x  \\\n  y\"", "a: \"\\q\"", "a: \"\\uD800\"", "a: \"\\xZZ\"", "a: 'unterminated",
	"a: \"x\n---\ny\"", "a: @b", "a: `b", "a: %b", "a: -1", "a: - b", "a: -b", "a: :b", "a: ?b", "a: ? b",
	"a: 1_000", "a: 0x1F", "a: 0o17", "a: 017", "a: 0b101", "a: -0b101", "a: +1", "a: 1e3", "a: 1.5e-3", "a: .5", "a: 1.",
	"a: .inf", "a: -.INF", "a: .NaN", "a: ~", "a: Null", "a: TRUE", "a: yes", "a: no", "a: on", "a: 2020-11-09",
	"a: 2001-12-14t21:59:43.10-05:00", "a: 2001-12-14 21:59:43.10", "a: 2020-13-45", "a: 12:30", "a: 1,822", "a: <<", "<<: {a: 1}",
	"a: 9223372036854775808", "a: 18446744073709551616", "a: 1__0", "a: _1", "a: 0x_1",
	"a:\n  b: 1\n  - c", "a: 1\n- b", "- a: 1\n  b: 2\n- c: 3", "- - - a", "-   a: 1\n    b: 2",
	"a:\n    b: 1\n  c: 2", "a:\n  b:\n    c:\n      d: 1\n  e: 2", "a: b\n\n\n", "a: b\n# c\n  # d\nc: d",
	"%YAML 1.1\n---\na", "%YAML 1.1\na", "--- !!str\n", "--- &a\n", "!!map {a: 1}", "!!seq [a]", "- !!str\n- x",
	"a: [b] c", "a: {b: c} d", "[a]: b", "{a: b}: c", "a: [b]\nc: d", "a: [\n  b,\n  c,\n]\n", "[a, b,]", "{a: b,}",
	"a: 'x' # c\nb: \"y\"   \nc: z   ", "a : b", "a  :  b", "'a' : b", "\"a\":b", "a:b", "a: b:c",
	"é: ü\nßß: [ä, ö]", "- é: 1\n  ü: 2", "a: \"é\n  ü\"", "a: |\n  é\n  ü\n",
	"a: 1\n...\n", "a: 1\n... # c\n", "a: 1\n... x\n", "---\na: 1\n--- \nb: 2\n", "--- # c\na: 1", "---a",
	"a:\n  - b\n  -\n  - c", "a:\n- b\n  - c", "-\n  a: 1\n-\n  - b", "- a: 1\n   b: 2", "- a: 1\n - b",
	"a: 'x\n  y'\nb: c", "a: x\n\n  # c\n  y", "a: x # c\n  y", "a: x\n  # c\nb: y",
	"[1, 2]\n", "{a: [1, {b: 2}], c: 'd'}\n", "- [a, b]\n- {c: d}\n", "a:\n  - [b]\n  - {c: d}",
	"\ufeffa: b", "a: b\r\nc: d\r\n", "a: |\r\n  x\r\n  y\r\n", "a: \"x\r\n  y\"",
	"a: b\n \n\t\nc: d", " a: 1\n b: 2", "  - a\n  - b", "a:\n  b: 1\n c: 2",
	"- &a b\n- *a\n- &a c\n- *a", "&a a: &b b\n*a : *b", "a: &a !!str x", "a: !!str &a x",
	"a: \"x\"\"", "a: 'x''", "a: |\n  x\n...\n", "a: >\n\n  x\n\n", "a: >+\n  x\n\n\n", "a: >-\n\n\n",
	"x: |\n  a\n   b\n  c\n", "x: >\n  a\n   b\n  c\n", "x: >\n   a\n  b\n", "x: |-\n", "x: >\n  \ty\n",
	"- |\n   a\n  b", "a: |\n    x\n  y", "a: 'x' 'y'", "a:\n  'x'\n", "a:\n  \"x\": y\n", "a:\n  [x]: y\n",
	"{a: 1}\n", "{a: 1}\nb: 2", "[a]\n[b]", "a: 1\n[b]", "a #c: b", "a# c: b", "a: b#c", "a: \\",
}

// refused are inputs yaml/v3 reads and this package refuses on purpose.
var refused = []string{
	"[?:]", "[? a]",
	"&a [1, *a]",
	"? a\n: b", "a: !foo x", "a: !!binary eA==", "%TAG ! tag:x,2000:\n---\na", "a: \"\u2028\"",
}
