package richtext

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name    string
		f       Format
		in      string
		html    string // HTMLOf the nodes
		plain   string
		dropped []string
	}{
		{"italics in Moodle's format", Moodle, "Who wrote <i>Hamlet</i>?", "Who wrote <i>Hamlet</i>?", "Who wrote Hamlet?", nil},
		{"one paragraph is its text", Moodle, "<p>respuesta 1</p>", "respuesta 1", "respuesta 1", nil},
		{"a translator's div", Moodle, `Capital of France?<div id="gtx-trans" style="position: absolute; left: 10px"><div class="gtx-trans-icon"></div></div>`,
			"Capital of France?", "Capital of France?", []string{"<div> (its text is kept) ×2"}},
		{"a comment with tags", Moodle, "Rome <!-- <b>old</b> <script>x</script> --> is the capital", "Rome is the capital", "Rome is the capital", nil},
		{"Moodle's new line is a break", Moodle, "line one\nline <b>two</b>", "line one<br>line <b>two</b>", "line one\nline two", nil},
		{"plain Moodle text stays", Moodle, "Is 2 < 3?\nYes", "Is 2 &lt; 3?<br>Yes", "Is 2 < 3?\nYes", nil},
		{"Moodle text without markup stays as it is", Moodle, "Is 2 greater\nthan  1?", "Is 2 greater\nthan  1?", "Is 2 greater\nthan  1?", nil},
		{"entities", HTML, "Fish &amp; chips &lt;b&gt;", "Fish &amp; chips &lt;b&gt;", "Fish & chips <b>", nil},
		{"HTML's new line is a space", HTML, "<b>a</b>\n  b", "<b>a</b> b", "a b", nil},
		{"paragraphs and lists", HTML, "<p>One</p><p>Two <strong>x</strong><br>next</p><ul><li>a<li>b</ul><ol><li>c</ol>",
			"<p>One</p><p>Two <strong>x</strong><br>next</p><ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>", "One\nTwo x\nnext\na\nb\nc", nil},
		{"script and style go with their content", HTML, "a<script>alert(1)</script><style>b{}</style> b", "a b", "a b",
			[]string{"<script> and what is inside it", "<style> and what is inside it"}},
		{"event attributes", HTML, `<b onclick="alert(1)" style="color:red">x</b>`, "<b>x</b>", "x", []string{"onclick= on <b> (scripts never run)"}},
		{"a link is its text", HTML, `<a href="javascript:alert(1)">click</a> me`, "click me", "click me", []string{"<a> (its text is kept)"}},
		{"picture of the folder", HTML, `<img src="pics/cell.png" alt="a cell" onerror="x()">`, `<img src="pics/cell.png" alt="a cell">`, "a cell",
			[]string{"onerror= on <img> (scripts never run)"}},
		{"picture from elsewhere", HTML, `See <img src="http://evil.example/x.png" alt="x">`, "See x", "See x",
			[]string{`<img src="http://evil.example/x.png">: only pictures in the quiz's folder or data:image URLs are shown`}},
		{"entity-hidden javascript URL", HTML, `<img src="jav&#x09;ascript:alert(1)">`, "", "",
			[]string{`<img src="jav ascript:alert(1)">: only pictures in the quiz's folder or data:image URLs are shown`}},
		{"data image", HTML, `<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">`, `<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">`, "dot", nil},
		{"svg data image", HTML, `<img src="data:image/svg+xml;base64,PHN2Zz4=">`, "", "",
			[]string{`<img src="data:image/svg+xml;base64,PHN2Zz4=">: only pictures in the quiz's folder or data:image URLs are shown`}},
		{"unclosed script takes the rest", HTML, "a <script>alert(1) <b>b</b>", "a", "a", []string{"<script> and what is inside it"}},
		{"self-closed iframe still holds its content", HTML, "a<iframe/>b</iframe>c", "ac", "ac", []string{"<iframe> and what is inside it"}},
		{"svg", HTML, `<svg onload=alert(1)><g><svg></svg></g><text>t</text></svg>ok`, "ok", "ok",
			[]string{"onload= on <svg> (scripts never run)", "<svg> and what is inside it"}},
		{"empty element leaves no space", HTML, "a <b></b> c <i> </i>d", "a c d", "a c d", nil},
		{"space before an element", HTML, "a <b>b</b>", "a <b>b</b>", "a b", nil},
		{"pre keeps lines", HTML, "<pre>x  = 1\ny = 2</pre>", "<pre>x  = 1\ny = 2</pre>", "x  = 1\ny = 2", nil},
		{"markdown", Markdown, "Hello **bold**, *em*, `<b>` and [a link](javascript:alert(1))\n\n- one\n- two\n\n1. first\n\n![a cat](cat.png)",
			`<p>Hello <strong>bold</strong>, <em>em</em>, <code>&lt;b&gt;</code> and a link</p><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><p><img src="cat.png" alt="a cat"></p>`,
			"Hello bold, em, <b> and a link\none\ntwo\nfirst\na cat", nil},
		{"markdown blank and snake_case", Markdown, "Two plus _____ equals snake_case_name", "Two plus _____ equals snake_case_name", "Two plus _____ equals snake_case_name", nil},
		{"markdown unmatched marks", Markdown, "2 * 3 * 4 and **x", "2 * 3 * 4 and **x", "2 * 3 * 4 and **x", nil},
		{"markdown with HTML", Markdown, "<script>alert(1)</script> hi <b>x</b>", "hi <b>x</b>", "hi x", []string{"<script> and what is inside it"}},
		{"markdown code block", Markdown, "Run:\n\n    <b>x</b>\n    y", "<p>Run:</p><pre><code>&lt;b&gt;x&lt;/b&gt;\ny</code></pre>", "Run:\n<b>x</b>\ny", nil},
		{"markdown image elsewhere", Markdown, "![x](javascript:alert(1))", "x", "x",
			[]string{`<img src="javascript:alert(1)">: only pictures in the quiz's folder or data:image URLs are shown`}},
		{"plain is text", Plain, "  <b>x</b> ", "&lt;b&gt;x&lt;/b&gt;", "<b>x</b>", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Parse(tc.f, tc.in)
			if got := HTMLOf(d.Nodes); got != tc.html {
				t.Errorf("HTML %q, want %q", got, tc.html)
			}
			if got := PlainText(d.Nodes); got != tc.plain {
				t.Errorf("plain %q, want %q", got, tc.plain)
			}
			var dropped []string
			for _, x := range d.Dropped {
				s := x.What
				if x.Count > 1 {
					s += " ×" + string(rune('0'+x.Count))
				}
				dropped = append(dropped, s)
			}
			if !reflect.DeepEqual(dropped, tc.dropped) {
				t.Errorf("dropped %q, want %q", dropped, tc.dropped)
			}
		})
	}
}

func TestImageSource(t *testing.T) {
	for _, tc := range []struct {
		src string
		ok  bool
	}{
		{"cell.png", true},
		{"pictures/cell one.png", true},
		{"data:image/jpeg;base64,/9j/4AAQ", true},
		{"DATA:IMAGE/PNG;base64,iVBO", true},
		{"", false},
		{"/etc/passwd", false},
		{"../other/x.png", false},
		{"a/../../x.png", false},
		{"//evil.example/x.png", false},
		{"http://evil.example/x.png", false},
		{"javascript:alert(1)", false},
		{"JaVaScRiPt:alert(1)", false},
		{"a\\..\\x.png", false},
		{"%2e%2e/x.png", false},
		{"x.png?y", false},
		{"data:image/svg+xml;base64,PHN2Zz4=", false},
		{"data:text/html;base64,PHNjcmlwdD4=", false},
		{"data:image/png,<svg>", false},
		{"data:image/png;base64,<script>", false},
		{"a\tb.png", false},
		{`onmouseover="x()"`, false},
		{`x.png"`, false},
	} {
		if got := ImageSource(tc.src); got != tc.ok {
			t.Errorf("ImageSource(%q) = %v, want %v", tc.src, got, tc.ok)
		}
	}
}

// checkTree fails when nodes hold anything the app must not build.
func checkTree(t *testing.T, nodes []Node) {
	t.Helper()
	for _, n := range nodes {
		switch {
		case n.Tag == "":
			if n.Children != nil || n.Src != "" {
				t.Fatalf("text node with more: %+v", n)
			}
		case !Allowed(n.Tag):
			t.Fatalf("element %q kept", n.Tag)
		case n.Tag == "img" && !ImageSource(n.Src):
			t.Fatalf("image source %q kept", n.Src)
		}
		checkTree(t, n.Children)
	}
}

// FuzzParse: no input panics; the tree holds only allowed elements and
// image sources; the HTML written for it holds, read by a browser's
// parser (x/net/html's), only allowed elements and attributes; reading
// that HTML back gives the same tree.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Who wrote <i>Hamlet</i>?", "<p>a<p>b", `<img src=x onerror=alert(1)>`, "<script>alert(1)</script>",
		"**a *b* c**", "- a\n- b\n\n1. c", "`<b>`", "![a](b.png)", "[a](javascript:x)", "<pre>a\n b</pre>",
		"<svg><script>x</script></svg>", "<b><i><u>x</b></i></u>", "a &amp; b &lt; c", "<!-- <b> -->", "x<br/>y",
		`<IMG SRC="jav&#x09;ascript:alert('XSS');">`, "<<script>script>alert(1)<</script>/script>",
	} {
		for fm := range Format(4) {
			f.Add(uint8(fm), s)
		}
	}
	f.Fuzz(func(t *testing.T, fm uint8, s string) {
		d := Parse(Format(fm%4), s)
		checkTree(t, d.Nodes)
		out := HTMLOf(d.Nodes)
		doc, err := html.Parse(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode || n.Data == "html" || n.Data == "head" || n.Data == "body" {
				continue
			}
			if !Allowed(n.Data) {
				t.Fatalf("%q written as %q has <%s>", s, out, n.Data)
			}
			for _, a := range n.Attr {
				if n.Data != "img" || a.Key != "src" && a.Key != "alt" || a.Key == "src" && !ImageSource(a.Val) {
					t.Fatalf("%q written as %q has <%s %s=%q>", s, out, n.Data, a.Key, a.Val)
				}
			}
		}
		if !d.Formatted() {
			return // the app keeps it as plain text
		}
		back := Parse(HTML, out)
		if !reflect.DeepEqual(back.Nodes, d.Nodes) || len(back.Dropped) > 0 {
			t.Fatalf("%q written as %q reads back as %q (dropped %v)", s, out, HTMLOf(back.Nodes), back.Dropped)
		}
		_ = PlainText(d.Nodes)
	})
}

// BenchmarkParseLong reads a long text of unmatched Markdown marks and
// nested tags: the readers must stay linear.
func BenchmarkParseLong(b *testing.B) {
	md := strings.Repeat("*a _b `c [d ", 20000)
	tags := strings.Repeat("<b><i>x", 20000)
	for b.Loop() {
		Parse(Markdown, md)
		Parse(HTML, tags)
	}
}
