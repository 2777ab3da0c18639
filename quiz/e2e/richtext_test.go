package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factquiz/quiz"
	"factquiz/quiz/format"
)

// xssPayloads are attacks in the manner of OWASP's XSS Filter Evasion
// Cheat Sheet (written here, one per kind of trick), each setting
// window.__xss if it ever runs.
var xssPayloads = []string{
	`<SCRIPT SRC=data:text/javascript,window.__xss=1></SCRIPT>`,
	`<script>window.__xss=1</script>`,
	`'';!--"<XSS>=&{()}`,
	`<IMG SRC="javascript:window.__xss=1">`,
	`<IMG SRC=javascript:window.__xss=1>`,
	`<IMG SRC=JaVaScRiPt:window.__xss=1>`,
	"<IMG SRC=`javascript:window.__xss=1`>",
	`<a onmouseover="window.__xss=1">xxs link</a>`,
	`<IMG """><SCRIPT>window.__xss=1</SCRIPT>">`,
	`<IMG SRC=javascript:window.__xss=String.fromCharCode(88,83,83)>`,
	`<IMG SRC=# onmouseover="window.__xss=1">`,
	`<IMG SRC= onmouseover="window.__xss=1">`,
	`<IMG onmouseover="window.__xss=1">`,
	`<IMG SRC=/ onerror="window.__xss=1"></img>`,
	`<img src=x onerror="&#0000119&#0000105&#0000110&#0000100&#0000111&#0000119&#0000046&#0000095&#0000095&#0000120&#0000115&#0000115&#0000061&#0000049">`,
	`<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1>`,
	`<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;window.__xss=1>`,
	"<IMG SRC=\"jav\tascript:window.__xss=1;\">",
	`<IMG SRC="jav&#x09;ascript:window.__xss=1;">`,
	`<IMG SRC="jav&#x0A;ascript:window.__xss=1;">`,
	`<IMG SRC="jav&#x0D;ascript:window.__xss=1;">`,
	`<IMG SRC=" &#14;  javascript:window.__xss=1;">`,
	`<SCRIPT/XSS SRC="data:text/javascript,window.__xss=1"></SCRIPT>`,
	"<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=window.__xss=1>",
	`<<SCRIPT>window.__xss=1;//\<</SCRIPT>`,
	`<SCRIPT SRC=data:text/javascript,window.__xss=1?<B>`,
	`<IMG SRC="` + "`" + `javascript:window.__xss=1"`,
	`<iframe src=javascript:window.__xss=1 <`,
	`</TITLE><SCRIPT>window.__xss=1;</SCRIPT>`,
	`<INPUT TYPE="IMAGE" SRC="javascript:window.__xss=1;">`,
	`<BODY BACKGROUND="javascript:window.__xss=1">`,
	`<IMG DYNSRC="javascript:window.__xss=1">`,
	`<IMG LOWSRC="javascript:window.__xss=1">`,
	`<STYLE>li {list-style-image: url("javascript:window.__xss=1");}</STYLE><UL><LI>XSS</br>`,
	`<svg/onload=window.__xss=1>`,
	`<svg><script>window.__xss=1</script></svg>`,
	`<BODY ONLOAD=window.__xss=1>`,
	`<BGSOUND SRC="javascript:window.__xss=1;">`,
	`<BR SIZE="&{window.__xss=1}">`,
	`<LINK REL="stylesheet" HREF="javascript:window.__xss=1;">`,
	`<STYLE>@import'data:text/css,*{}';</STYLE>`,
	`<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:window.__xss=1;">`,
	`<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg">`,
	`<IFRAME SRC="javascript:window.__xss=1;"></IFRAME>`,
	`<IFRAME SRC=# onmouseover="window.__xss=1"></IFRAME>`,
	`<FRAMESET><FRAME SRC="javascript:window.__xss=1;"></FRAMESET>`,
	`<TABLE BACKGROUND="javascript:window.__xss=1"><TD BACKGROUND="javascript:window.__xss=1">cell</TD></TABLE>`,
	`<DIV STYLE="background-image: url(javascript:window.__xss=1)">div</DIV>`,
	`<DIV STYLE="width: expression(window.__xss=1);">div</DIV>`,
	`<IMG STYLE="xss:expr/*XSS*/ession(window.__xss=1)">`,
	`<STYLE TYPE="text/javascript">window.__xss=1;</STYLE>`,
	`<STYLE>.XSS{background-image:url("javascript:window.__xss=1");}</STYLE><A CLASS=XSS></A>`,
	`<!--[if gte IE 4]><SCRIPT>window.__xss=1;</SCRIPT><![endif]-->`,
	`<BASE HREF="javascript:window.__xss=1;//">`,
	`<OBJECT TYPE="text/x-scriptlet" DATA="data:text/html,<script>parent.__xss=1</script>"></OBJECT>`,
	`<EMBED SRC="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9InBhcmVudC5fX3hzcz0xIi8+" type="image/svg+xml"></EMBED>`,
	`<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:window.__xss=1"></B></I></XML>`,
	`<HTML><BODY><?xml:namespace prefix="t"><?import namespace="t"><t:set attributeName="innerHTML" to="XSS<SCRIPT DEFER>window.__xss=1</SCRIPT>"></BODY></HTML>`,
	`<SCRIPT a=">" SRC="data:text/javascript,window.__xss=1"></SCRIPT>`,
	`<SCRIPT =">" SRC="data:text/javascript,window.__xss=1"></SCRIPT>`,
	`<SCRIPT "a='>'" SRC="data:text/javascript,window.__xss=1"></SCRIPT>`,
	`<A HREF="javascript:document.location='javascript:window.__xss=1'">XSS</A>`,
	`<details open ontoggle=window.__xss=1>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1></style></mglyph></table></mtext></math>`,
	`<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">`,
	`<textarea></textarea><img src=x onerror=window.__xss=1>`,
	`<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcz0xIi8+">`,
	`<img src="x.png" onerror=window.__xss=1>`,
}

// markdownPayloads attack Markdown's own syntax.
var markdownPayloads = []string{
	`[click](javascript:window.__xss=1)`,
	`[click](JaVaScRiPt:window.__xss=1)`,
	`![x](javascript:window.__xss=1)`,
	`![x](x.png" onerror="window.__xss=1)`,
	`[a](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg)`,
	`<javascript:window.__xss=1>`,
	"`<script>window.__xss=1</script>`",
	"**<img src=x onerror=window.__xss=1>**",
	`[![x](javascript:window.__xss=1)](javascript:window.__xss=1)`,
}

// giftEsc escapes GIFT's special characters in a payload.
var giftEsc = strings.NewReplacer(`\`, `\\`, `~`, `\~`, `=`, `\=`, `#`, `\#`, `{`, `\{`, `}`, `\}`, `:`, `\:`, "\n", `\n`)

// groups cuts the payloads into questions of a few each, so that a
// question stays readable to the browser test and a failure names it.
func groups(payloads []string, n int) [][]string {
	var out [][]string
	for len(payloads) > 0 {
		k := min(n, len(payloads))
		out = append(out, payloads[:k])
		payloads = payloads[k:]
	}
	return out
}

// dataDot is a 1x1 PNG as a data URL.
const dataDot = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="

// richTextFiles writes a GIFT and a YAML quiz that carry every payload
// in HTML and Markdown texts, beside real formatting: each question's
// prompt has "<b>Bold N</b>", its right choice "<i>right N</i>", its
// explanation "<strong>why N</strong>".
func richTextFiles(t *testing.T, dir string) (questions int) {
	t.Helper()
	var gift, yaml strings.Builder
	yaml.WriteString("title: Formatted text\nquestions:\n")
	n := 0
	for _, fm := range []string{"html", "markdown"} {
		payloads := xssPayloads
		if fm == "markdown" {
			payloads = append(slicesClone(markdownPayloads), xssPayloads[:12]...)
		}
		for _, g := range groups(payloads, 12) {
			n++
			bold, right, why := fmt.Sprintf("<b>Bold %d</b>", n), fmt.Sprintf("<i>right %d</i>", n), fmt.Sprintf("<strong>why %d</strong>", n)
			if fm == "markdown" {
				bold, right, why = fmt.Sprintf("**Bold %d**", n), fmt.Sprintf("*right %d*", n), fmt.Sprintf("__why %d__", n)
			}
			body := strings.Join(g, "\n\n")
			htmlBold, htmlRight, htmlWhy := fmt.Sprintf("<b>Bold %d</b>", n), fmt.Sprintf("<i>right %d</i>", n), fmt.Sprintf("<strong>why %d</strong>", n)
			if n%2 == 0 {
				// Half the GIFT questions in Moodle's default format, which
				// reads HTML written without [html].
				fmt.Fprintf(&gift, "::g%d::%s %s\n{=%s ~wrong %d %s ####%s %s}\n\n", n, giftEsc.Replace(htmlBold), giftEsc.Replace(body),
					giftEsc.Replace(htmlRight), n, giftEsc.Replace(g[0]), giftEsc.Replace(htmlWhy), giftEsc.Replace(body))
			} else {
				fmt.Fprintf(&gift, "::g%d::[%s]%s <img src=\"%s\" alt=\"dot %d\"> %s\n{=%s ~wrong %d %s ####%s %s}\n\n", n, fm, giftEsc.Replace(bold),
					giftEsc.Replace(dataDot), n, giftEsc.Replace(body), giftEsc.Replace(right), n, giftEsc.Replace(g[0]), giftEsc.Replace(why), giftEsc.Replace(body))
			}
			block := func(s, indent string) string {
				return "|-\n" + indent + strings.ReplaceAll(s, "\n", "\n"+indent)
			}
			in := "      "
			fmt.Fprintf(&yaml, "  - id: y%d\n    type: single\n    format: %s\n    prompt: %s\n    answer: %s\n    wrong:\n      - %s\n    explanation: %s\n",
				n, fm, block(bold+" "+body, in), block(right, in), block(fmt.Sprintf("wrong %d ", n)+g[0], in+"  "), block(why+" "+body, in))
		}
	}
	for name, data := range map[string]string{"formatted-gift.gift": gift.String(), "formatted-yaml.yaml": yaml.String()} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		q, ps := format.Parse(name, []byte(data))
		if q == nil || ps.HasErrors() {
			t.Fatalf("%s does not parse: %v\n%s", name, ps, data)
		}
		if len(q.Questions) != n {
			t.Fatalf("%s has %d questions, want %d", name, len(q.Questions), n)
		}
		// check warns about what is left out.
		var warned string
		for _, pr := range ps {
			warned += pr.Msg + "\n"
		}
		for _, want := range []string{"formatting left out: <script> and what is inside it", "formatting left out: onerror= on <img>", "<iframe> and what is inside it"} {
			if !strings.Contains(warned, want) {
				t.Errorf("%s: no warning %q in %s", name, want, warned)
			}
		}
	}
	return n
}

func slicesClone(s []string) []string { return append([]string(nil), s...) }

// formattedShown fails unless the question shows its formatting as real
// elements and nothing of the payloads became live.
func (p *learnerTab) formattedShown(n int, where string) {
	p.t.Helper()
	bad := eval[[]string](p.t, p.ctx, fmt.Sprintf(`(() => {
		const bad = [];
		if (typeof window.__xss !== "undefined" || typeof parent.__xss !== "undefined") bad.push("window.__xss is " + window.__xss);
		for (const el of document.querySelectorAll("*")) {
			for (const a of el.attributes) {
				if (a.name.toLowerCase().startsWith("on")) bad.push("<" + el.localName + " " + a.name + ">");
				if (/^\s*(javascript|vbscript|data:text)/i.test(a.value) || /__xss/.test(a.value)) bad.push("<" + el.localName + " " + a.name + "=" + JSON.stringify(a.value) + ">");
			}
		}
		for (const s of document.querySelectorAll("script")) if (s.textContent.includes("__xss")) bad.push("<script>" + s.textContent.slice(0, 80));
		const main = document.querySelector("main");
		for (const el of main.querySelectorAll("svg, iframe, frame, math, details, style, script, object, embed, link, meta, base, textarea, .rich-text *:not(b, i, em, strong, u, sub, sup, br, p, ul, ol, li, code, pre, img)"))
			bad.push("in <main>: " + el.outerHTML.slice(0, 120));
		for (const img of main.querySelectorAll("img")) {
			const src = img.getAttribute("src");
			if (!src.startsWith("data:image/png;base64,") && !src.startsWith("/questions/")) bad.push("picture from " + src.slice(0, 60));
		}
		const b = document.querySelector("#question-prompt b, #question-prompt strong");
		if (%[1]d >= 0 && (!b || b.textContent !== "Bold %[1]d" || getComputedStyle(b).fontWeight < 600)) bad.push("the prompt's bold is " + (b ? b.outerHTML : "missing"));
		return bad;
	})()`, n))
	if len(bad) > 0 {
		p.t.Errorf("%s: %s", where, strings.Join(bad, "\n"))
	}
}

// TestRichTextXSS plays a GIFT and a YAML quiz whose HTML and Markdown
// texts carry the payloads: none runs, nothing of them becomes an element
// or attribute, and the formatting around them shows as real elements
// (bold prompt, italic choice, strong explanation, a data: picture).
func TestRichTextXSS(t *testing.T) {
	dir := questionsDir(t)
	n := richTextFiles(t, dir)
	srv := startServer(t, dir)
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")
	p.noRequeue(srv.URL)
	for _, name := range []string{"formatted-gift.gift", "formatted-yaml.yaml"} {
		id := format.QuizID(name)
		p.open(srv.URL + "/quiz/" + id)
		p.click("start")
		p.untilText("#progress-text", fmt.Sprintf("1 of %d", n))
		for range n {
			p.until(`!!document.querySelector("#question-prompt b, #question-prompt strong")`, "a formatted prompt")
			var k int
			if _, err := fmt.Sscanf(p.text("#question-prompt b, #question-prompt strong"), "Bold %d", &k); err != nil {
				t.Fatalf("%s: prompt %q", id, p.text("#question-prompt"))
			}
			where := fmt.Sprintf("%s question %d", id, k)
			p.formattedShown(k, where)
			if k%2 == 1 && strings.HasSuffix(name, ".gift") {
				if got := p.eval(`(document.querySelector("#question-prompt img") || {}).alt || ""`); got != fmt.Sprintf("dot %d", k) {
					t.Errorf("%s: picture alt %q", where, got)
				}
			}
			if got := p.eval(`(document.querySelector(".choice-text i, .choice-text em") || {}).localName || ""`); got != "i" && got != "em" {
				t.Errorf("%s: the right choice has no italic element", where)
			}
			p.answer(quiz.Question{Type: quiz.Single}, []string{fmt.Sprintf("right %d", k)})
			p.check()
			if got := p.text("#feedback .explanation strong"); got != fmt.Sprintf("why %d", k) {
				t.Errorf("%s: explanation's strong text %q", where, got)
			}
			p.formattedShown(k, where+" feedback")
			p.next()
		}
		p.untilText("#score", fmt.Sprintf("%d out of %d", n, n))
		p.formattedShown(-1, id+" results")
	}
}
