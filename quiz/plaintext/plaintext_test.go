package plaintext

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func utf16Bytes(s string, big, withBOM bool) []byte {
	units := utf16.Encode([]rune(s))
	if withBOM {
		units = append([]uint16{0xFEFF}, units...)
	}
	b := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

const article = "Talks resume in Vienna\n\nVIENNA (Reuters) - Negotiators from six countries met on Monday, the foreign minister said.\n"

// A page written for the tests in the manner of a news site's page.
const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Talks resume | The Daily Example</title>
<style>body { font-family: serif } p::before { content: "Hidden style text" }</style>
<script>window.dataLayer = [{"author": "John Smith", "role": "President of the United States"}];</script>
</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Council approves the budget</h1>
<p class="byline">By Mara Quinn&nbsp;&amp;&nbsp;Tom&nbsp;Ode</p>
<p>The council&rsquo;s members voted on Tuesday.<br>Mayor Ana Ruiz said it was &#8220;a fair plan&#8221;.</p>
<!-- <p>Commented out paragraph</p> -->
<ul><li>Three new schools</li><li>Two parks &amp; a pool</li></ul>
<figure><img src="x.jpg" alt="Image alt text"><figcaption>The council chamber, on Tuesday.</figcaption></figure>
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Schools</td><td>12</td></tr></table>
<svg viewBox="0 0 10 10"><text>Svg label</text></svg>
<noscript>Enable JavaScript to read comments</noscript>
<template><p>Template text</p></template>
</article>
<footer>Copyright notice</footer>
<script type="application/ld+json">{"headline": "Script headline"}</script>
</body></html>`

const wantPage = "Council approves the budget\n\nBy Mara Quinn & Tom Ode\n\n" +
	"The council’s members voted on Tuesday.\nMayor Ana Ruiz said it was “a fair plan”.\n\n" +
	"• Three new schools\n• Two parks & a pool\n\nThe council chamber, on Tuesday.\n\n" +
	"Item\tCost\nSchools\t12"

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		want     string // the text, exactly; "" with wantErr
		enc      string
		html     bool
		note     string // a part of the notes ("" means no note at all)
		wantErr  string // a part of the error's reason
		contains string // when set, checked instead of want
	}{
		{name: "empty", in: nil, want: "", enc: "UTF-8"},
		{name: "utf-8", in: []byte(article), want: article, enc: "UTF-8"},
		{name: "utf-8 with BOM", in: []byte("\uFEFF" + article), want: article, enc: "UTF-8"},
		{name: "utf-16le BOM", in: utf16Bytes("Café “talks” on Monday", false, true), want: "Café “talks” on Monday", enc: "UTF-16LE", note: "UTF-16"},
		{name: "utf-16be BOM", in: utf16Bytes("Café “talks” on Monday", true, true), want: "Café “talks” on Monday", enc: "UTF-16BE", note: "UTF-16"},
		{name: "utf-16le no BOM", in: utf16Bytes("Negotiators met on Monday in Vienna.", false, false), want: "Negotiators met on Monday in Vienna.", enc: "UTF-16LE", note: "without a byte order mark"},
		{name: "utf-16 odd length", in: append(utf16Bytes("Met on Monday.", false, true), 'x'), want: "Met on Monday.", enc: "UTF-16LE", note: "last byte was left out"},
		{name: "utf-16 broken surrogate", in: append(utf16Bytes("Met", false, true), 0x00, 0xD8, 'a', 0), want: "Met\uFFFDa", enc: "UTF-16LE", note: "1 broken character was replaced"},
		{name: "windows-1252", in: []byte("The minister\x92s \x93plan\x94 costs \x8020 \x96 caf\xe9 na\xefve."), want: "The minister’s “plan” costs €20 – café naïve.", enc: "Windows-1252", note: "read as Windows-1252 (Western European)"},
		{name: "mostly utf-8", in: []byte("Caf\xc3\xa9 opened; the mayor\x92s plan."), want: "Café opened; the mayor’s plan.", enc: "Windows-1252", note: "mostly UTF-8, but 1 byte is not"},
		{name: "undefined 1252 byte", in: []byte("Text with \x81 byte"), wantErr: "not a character in Windows-1252"},
		{name: "cyrillic 1251", in: []byte("\xcf\xf0\xe5\xe7\xe8\xe4\xe5\xed\xf2 \xf1\xea\xe0\xe7\xe0\xeb"), wantErr: "another encoding"},
		{name: "binary NUL", in: []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00"), wantErr: "NUL"},
		{name: "binary controls", in: []byte(strings.Repeat("\x01\x02ab", 50)), wantErr: "control characters"},
		{name: "pdf", in: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), wantErr: "PDF document"},
		{name: "docx", in: []byte("PK\x03\x04\x14\x00\x06\x00"), wantErr: "Word .docx"},
		{name: "png", in: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantErr: "PNG image"},
		{name: "rtf", in: []byte(`{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Hello}`), wantErr: "RTF document"},
		{name: "utf-32", in: []byte("\xff\xfe\x00\x00H\x00\x00\x00"), wantErr: "UTF-32"},
		{name: "html page", in: []byte(page), want: wantPage, enc: "UTF-8", html: true, note: "only its text was kept"},
		{name: "html page in utf-16", in: utf16Bytes(page, false, true), want: wantPage, enc: "UTF-16LE", html: true, note: "UTF-16"},
		{name: "html in windows-1252", in: []byte("<p>The mayor\x92s plan</p><p>passed.</p>"), want: "The mayor’s plan\n\npassed.", enc: "Windows-1252", html: true, note: "Windows-1252"},
		{name: "fragment", in: []byte(`<p>First <b>bold</b> point.</p><p>Second&nbsp;point &mdash; done.</p>`), want: "First bold point.\n\nSecond point — done.", enc: "UTF-8", html: true, note: "HTML"},
		{name: "fragment with script", in: []byte("Mayor Ana Ruiz spoke on Monday.\n<script>var who = \"President John Smith\";</script>\nShe left."), want: "Mayor Ana Ruiz spoke on Monday.\n\nShe left.", enc: "UTF-8", html: true, note: "HTML"},
		{name: "unclosed dropped element", in: []byte("<p>Kept text.</p><aside><p>Aside text never closed."), want: "Kept text.\n\nAside text never closed.", enc: "UTF-8", html: true, note: "HTML"},
		{name: "nested lists and pre", in: []byte("<ol><li>One<ul><li>Inner</li></ul></li><li>Two</li></ol><pre>a  b\nc</pre>"), want: "• One\n• Inner\n• Two\n\na b\nc", enc: "UTF-8", html: true, note: "HTML"},
		{name: "head without end", in: []byte("<html><head><title>T</title><p>Body text.</p>"), want: "Body text.", enc: "UTF-8", html: true, note: "HTML"},
		{name: "attribute with >", in: []byte(`<p title="a > b">Shown</p><p data-x='<p>'>Too</p>`), want: "Shown\n\nToo", enc: "UTF-8", html: true, note: "HTML"},
		{name: "less-than is not HTML", in: []byte("If a < b and b > c, then a < c. I <3 maths; x<y.\n"), want: "If a < b and b > c, then a < c. I <3 maths; x<y.\n", enc: "UTF-8"},
		{name: "one tag-like word is not HTML", in: []byte("Press <Enter> or type <b> to continue.\n"), want: "Press <Enter> or type <b> to continue.\n", enc: "UTF-8"},
		{name: "entities alone are left", in: []byte("AT&amp;T said so.\n"), want: "AT&amp;T said so.\n", enc: "UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Decode(tc.in)
			if tc.wantErr != "" {
				var pe *Error
				if !errors.As(err, &pe) || !strings.Contains(pe.Reason, tc.wantErr) {
					t.Fatalf("err = %v, want an *Error with %q", err, tc.wantErr)
				}
				if !strings.Contains(err.Error(), "not text") {
					t.Errorf("message %q does not say the input is not text", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if got.Text != tc.want {
				t.Errorf("text:\n%q\nwant:\n%q", got.Text, tc.want)
			}
			if got.Encoding != tc.enc || got.HTML != tc.html {
				t.Errorf("encoding %q html %v, want %q %v", got.Encoding, got.HTML, tc.enc, tc.html)
			}
			notes := strings.Join(got.Notes, " | ")
			if tc.note == "" && notes != "" || !strings.Contains(notes, tc.note) {
				t.Errorf("notes %q, want %q", notes, tc.note)
			}
			for _, bad := range []string{"<", "dataLayer", "John Smith", "Hidden", "Svg label", "Template", "Commented", "Enable JavaScript", "Copyright", "Home", "alt text", "Script headline", "Daily Example"} {
				if tc.html && strings.Contains(got.Text, bad) {
					t.Errorf("markup or dropped text %q left in %q", bad, got.Text)
				}
			}
		})
	}
}

func TestLooksHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!doctype html><title>x</title>", true},
		{"  \n<HTML><BODY>Text</BODY></HTML>", true},
		{"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"Text then <script>alert(1)</script>", true},
		{"Text <!-- a comment --> more", true},
		{"<p>One</p>", true},
		{`Read <a href="/x">more</a>`, true},
		{"Line one<br>Line two<br/>Line three", true},
		{"a < b and c > d", false},
		{"I <3 you, x<y", false},
		{"the <p> element", false},
		{"<Enter> and <Esc>", false},
		{"<b and <c>", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := LooksHTML(tc.in); got != tc.want {
			t.Errorf("LooksHTML(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		english  bool
		lang     string
		evidence string // one of the evidence words
	}{
		{"english", "The foreign minister said on Monday that the talks in Vienna would resume after a pause of three weeks, and that his country was ready.", true, "", ""},
		{"short english", "Clashes erupted on September 27.", true, "", ""},
		{"english with french quote", "President Emmanuel Macron told reporters in Paris on Tuesday that « la France est de retour » and that the summit had been a success.", true, "", ""},
		{"english with french names", "Le Monde and Marine Le Pen were cited by the minister, who said the vote of the Assemblée nationale was due in June.", true, "", ""},
		{"french", "Le président de la République a annoncé mardi que les négociations reprendront en 1995. Selon le ministre, les deux pays ont signé un accord sur la frontière et il est prêt à poursuivre.", false, "French", "la"},
		{"short french", "Le président est arrivé le 3 mars.", false, "French", "le"},
		{"spanish", "El presidente del Gobierno dijo que las conversaciones con los representantes de la oposición fueron positivas y que se reunirán para firmar el acuerdo.", false, "Spanish", "el"},
		{"german", "Der Bundeskanzler sagte am Montag, dass die Gespräche mit den Vertretern der Opposition nicht einfach sind und auch im Herbst fortgesetzt werden.", false, "German", "die"},
		{"italian", "Il presidente del Consiglio ha detto che la riunione con i rappresentanti dei sindacati è stata utile e che anche il governo non si fermerà.", false, "Italian", "che"},
		{"portuguese", "O presidente da República disse que as conversas com os representantes do governo foram positivas e que não há acordo para uma nova reunião.", false, "Portuguese", "que"},
		{"dutch", "De minister zei dat het overleg met de vakbonden niet eenvoudig is en dat er ook volgende week een gesprek op het ministerie wordt gepland.", false, "Dutch", "het"},
		{"russian", "Президент России заявил во вторник, что переговоры с представителями Украины будут продолжены в Минске на следующей неделе.", false, "Cyrillic", ""},
		{"greek", "Ο πρωθυπουργός δήλωσε την Τρίτη ότι οι συνομιλίες με την αντιπολίτευση θα συνεχιστούν την επόμενη εβδομάδα.", false, "Greek", ""},
		{"chinese", "国务院总理周二表示，与邻国的谈判将在下周继续进行，双方已经就边界问题达成初步共识。", false, "Chinese", ""},
		{"unknown latin language", strings.Repeat("Prezydent powiedział we wtorek, że rozmowy z przedstawicielami opozycji będą kontynuowane w przyszłym tygodniu. ", 3), false, "", ""},
		{"czech is not named portuguese", strings.Repeat("Vláda v pondělí schválila nový rozpočet pro příští rok. Ministr financí řekl, že schodek bude nižší než letos a úspory se dotknou hlavně provozních výdajů státních úřadů. ", 3), false, "", ""},
		{"english list of names", "Ana Ruiz, Tom Ode, Mara Quinn and the mayor met at the town hall of Leeds on Friday.", true, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Language(tc.text)
			if got.English != tc.english || !strings.Contains(got.Name, tc.lang) || tc.lang == "" && got.Name != "" {
				t.Fatalf("Language = %+v, want English %v, name with %q", got, tc.english, tc.lang)
			}
			if tc.evidence != "" && !strings.Contains(" "+strings.Join(got.Evidence, " ")+" ", " "+tc.evidence+" ") {
				t.Errorf("evidence %v lacks %q", got.Evidence, tc.evidence)
			}
		})
	}
}

func TestCapitals(t *testing.T) {
	body := "The leaders of Russia, Ukraine, Germany and France agreed on Thursday to a ceasefire after talks that lasted through the night, officials said."
	tests := []struct {
		name   string
		text   string
		mostly bool
	}{
		{"normal", body, false},
		{"dateline", "WASHINGTON (Reuters) - " + body, false},
		{"acronyms", "NATO and the U.S. told the UN and the EU that the WHO and NHS data on COVID-19 in the UAE were sound. " + body, false},
		{"headline in capitals", "VLADIMIR PUTIN INFORMED TURKISH PRESIDENT OF TALKS\n\n" + body + " " + body, false},
		{"all caps", strings.ToUpper(body), true},
		{"all caps with headline", "TALKS END\n\n" + strings.ToUpper(body+" "+body), true},
		{"mostly caps", strings.ToUpper(body) + " " + body[:60], true},
		{"short caps title", "PUTIN MEETS ERDOGAN", false},
		{"greek capitals", "Ο ΠΡΩΘΥΠΟΥΡΓΟΣ ΔΗΛΩΣΕ ΤΗΝ ΤΡΙΤΗ ΟΤΙ ΟΙ ΣΥΝΟΜΙΛΙΕΣ ΘΑ ΣΥΝΕΧΙΣΤΟΥΝ", true},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			caps, words, mostly := Capitals(tc.text)
			if mostly != tc.mostly {
				t.Errorf("Capitals = %d of %d words, mostly %v; want mostly %v", caps, words, mostly, tc.mostly)
			}
			if caps > words {
				t.Errorf("%d capital words of %d", caps, words)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", article, page, "<p>a &amp; b</p>", "caf\xe9", "\xff\xfeH\x00i\x00", "\xfe\xff\x00H\x00i", "<nav><aside><nav>x", "<pre>\n\n a</pre>", "<scr<script>ipt>", "<!--", "<![CDATA[x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, err := Decode(raw)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) || pe.Reason == "" {
				t.Fatalf("error without a reason: %v", err)
			}
			return
		}
		if !utf8.ValidString(got.Text) {
			t.Fatalf("invalid UTF-8 out: %q", got.Text)
		}
		if strings.HasPrefix(got.Text, bom) {
			t.Fatalf("byte order mark left: %q", got.Text)
		}
		if got.HTML && LooksHTML(string(raw)) == false && got.Encoding == "UTF-8" {
			t.Fatalf("HTML reduced, but the input does not look like HTML")
		}
		for _, n := range got.Notes {
			if n == "" {
				t.Fatal("empty note")
			}
		}
		Language(got.Text)
		Capitals(got.Text)
	})
}

// BenchmarkChecks is what the generator adds to every article: is it
// HTML, is it English, is it in capitals (a 1,000-word English text).
func BenchmarkChecks(b *testing.B) {
	text := strings.Repeat("The foreign minister said on Monday that the talks in Vienna would resume after a pause of three weeks, and that his country was ready. ", 40)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		LooksHTML(text)
		Language(text)
		Capitals(text)
	}
}

// BenchmarkReduceHTML reduces a news page of about 1,000 words.
func BenchmarkReduceHTML(b *testing.B) {
	p := strings.Replace(page, "<p>The council", strings.Repeat("<p>The foreign minister said on Monday that the talks in Vienna would resume after a pause of three weeks.</p>\n", 40)+"<p>The council", 1)
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		FromString(p)
	}
}
