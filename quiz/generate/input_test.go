package generate

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"factquiz/quiz/plaintext"
)

// toUTF16 encodes s as UTF-16 with a byte order mark.
func toUTF16(s string, big bool) []byte {
	units := append([]uint16{0xFEFF}, utf16.Encode([]rune(s))...)
	var b []byte
	for _, u := range units {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// toWindows1252 encodes s in Windows-1252; the table is read back from
// the decoder, byte by byte.
func toWindows1252(t *testing.T, s string) []byte {
	enc := map[rune]byte{}
	for b := 0x80; b <= 0xFF; b++ {
		d, err := plaintext.DecodeBytes(append([]byte("plain text "), byte(b)))
		if err == nil {
			r := []rune(d.Text)
			enc[r[len(r)-1]] = byte(b)
		}
	}
	var out []byte
	for _, r := range s {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case enc[r] != 0:
			out = append(out, enc[r])
		default:
			t.Fatalf("%q is not in Windows-1252", r)
		}
	}
	return out
}

// asHTML writes an article as a web page would: each paragraph in <p>,
// the headline in <h1>, its quotation marks as entities, with a head, a
// menu, scripts and styles holding names, offices and dates that are not
// the article's.
func asHTML(article string) string {
	paras := strings.Split(strings.TrimSpace(article), "\n\n")
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>President John Smith | News</title>
<style>.lead::after { content: "President John Smith, March 3, 2001" }</style>
<script>var meta = {"author": "President John Smith", "published": "January 5, 1999", "count": "12 ceasefire agreements"};
if (a < b && c > d) { document.write("<p>President John Smith visited on June 9</p>"); }</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">President John Smith on June 9</a></li></ul></nav><article>`)
	for i, p := range paras {
		p = strings.NewReplacer("&", "&amp;", "“", "&ldquo;", "”", "&#8221;", "’", "&rsquo;").Replace(p)
		if i == 0 {
			b.WriteString("<h1>" + p + "</h1>\n")
			continue
		}
		b.WriteString("<p class=\"para\">\n" + strings.ReplaceAll(p, " ", "\n  ") + "\n</p>\n")
	}
	b.WriteString(`</article><!-- President John Smith, 1999 --><script type="application/ld+json">{"headline": "President John Smith resigned on May 4, 2002"}</script>
<noscript>President John Smith asks you to enable JavaScript</noscript></body></html>`)
	return b.String()
}

// TestFromInput: each form an article comes in gives the questions of the
// plain article, with a note saying what was done.
func TestFromInput(t *testing.T) {
	article := mustRead(t, "testdata/karabakh.txt")
	plain, err := FromText("", article)
	if err != nil {
		t.Fatal(err)
	}
	page := asHTML(article)
	tests := []struct {
		name  string
		raw   []byte
		notes []string // parts of the notes, in order
	}{
		{"utf-8", []byte(article), nil},
		{"utf-8 with BOM", []byte("\uFEFF" + article), nil},
		{"utf-16le", toUTF16(article, false), []string{"UTF-16"}},
		{"utf-16be", toUTF16(article, true), []string{"UTF-16"}},
		{"windows-1252", toWindows1252(t, article), []string{"read as Windows-1252 (Western European)"}},
		{"html page", []byte(page), []string{"HTML"}},
		{"html page in windows-1252", toWindows1252(t, strings.ReplaceAll(page, "&rsquo;", "’")), []string{"Windows-1252", "HTML"}},
		{"html page in utf-16", toUTF16(page, false), []string{"UTF-16", "HTML"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FromInput("", tc.raw)
			if err != nil {
				t.Fatalf("FromInput: %v (notes %q)", err, res.Notes)
			}
			if len(res.Notes) != len(tc.notes) {
				t.Fatalf("notes %q, want %d with %q", res.Notes, len(tc.notes), tc.notes)
			}
			for i, n := range tc.notes {
				if !strings.Contains(res.Notes[i], n) {
					t.Errorf("note %d %q lacks %q", i, res.Notes[i], n)
				}
			}
			if !reflect.DeepEqual(res.Quiz, plain.Quiz) {
				t.Errorf("quiz differs from the plain article's: %d questions, want %d", len(res.Quiz.Questions), len(plain.Quiz.Questions))
				for i := range min(len(res.Quiz.Questions), len(plain.Quiz.Questions)) {
					if !reflect.DeepEqual(res.Quiz.Questions[i], plain.Quiz.Questions[i]) {
						t.Logf("first difference, question %d:\n got %+v\nwant %+v", i, res.Quiz.Questions[i], plain.Quiz.Questions[i])
						break
					}
				}
			}
			for _, f := range res.Facts {
				if res.Text[f.Start:f.End] != f.Text {
					t.Errorf("fact %q is not at its offsets in Result.Text", f.Text)
				}
			}
		})
	}
}

// TestHTMLNeverAsked: no question, answer, choice or evidence of a quiz
// from HTML holds markup, or anything from a script, a style, a comment,
// the head or the menu.
func TestHTMLNeverAsked(t *testing.T) {
	article := mustRead(t, "testdata/karabakh.txt")
	fragment := "<div class=\"story\">\n<script>var by = \"President John Smith\"; var when = \"May 4, 2002\";</script>\n" +
		strings.ReplaceAll(article, "\n\n", "\n<p>") + "\n<style>p { color: red }</style></div>"
	tests := []struct{ name, text string }{
		{"page", asHTML(article)},
		{"fragment", fragment},
		{"plain text with a script", article + "\n<script>document.title = \"President John Smith took office on May 4, 2002\";</script>\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FromText("", tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "HTML") {
				t.Errorf("notes %q, want the HTML note", res.Notes)
			}
			if len(res.Quiz.Questions) < 5 {
				t.Errorf("only %d questions", len(res.Quiz.Questions))
			}
			var all []string
			for _, q := range res.Quiz.Questions {
				all = append(all, res.Quiz.Title, q.Prompt, q.Evidence, q.Explanation)
				for _, c := range q.Choices {
					all = append(all, c.Text)
				}
			}
			for _, it := range res.Items {
				all = append(all, it.Answer)
				all = append(all, it.Wrong...)
			}
			for _, f := range res.Facts {
				all = append(all, f.Text, f.Sentence, f.Person, f.Event)
			}
			for _, s := range all {
				for _, bad := range []string{"<", ">", "John Smith", "2002", "1999", "June 9", "12 ceasefire", "&ldquo;", "&amp;", "Home", "script"} {
					if strings.Contains(s, bad) {
						t.Errorf("%q holds %q", s, bad)
					}
				}
			}
		})
	}
}

// TestInputRefused: text the rules cannot read is refused with the reason.
func TestInputRefused(t *testing.T) {
	article := mustRead(t, "testdata/karabakh.txt")
	french := "Poutine et Erdogan prêts à unir leurs efforts\n\nLe président russe Vladimir Poutine a informé le président turc Recep Tayyip Erdogan " +
		"des entretiens téléphoniques avec les dirigeants de l'Azerbaïdjan et de l'Arménie, a annoncé le Kremlin. Les affrontements ont repris le 27 septembre. " +
		"En 1994, trois accords de cessez-le-feu ont été signés et sept territoires sont passés sous le contrôle des forces arméniennes.\n"
	tests := []struct {
		name   string
		raw    []byte
		want   error
		detail string // a part of the message
		note   string // a part of a note kept with the refusal
	}{
		{"french", []byte(french), ErrNotEnglish, "it seems to be in French", ""},
		{"french in windows-1252", toWindows1252(t, french), ErrNotEnglish, "French", "Windows-1252"},
		{"french html", []byte("<html><body><p>" + strings.ReplaceAll(french, "\n\n", "</p><p>") + "</p></body></html>"), ErrNotEnglish, "French", "HTML"},
		{"german", []byte("Der russische Präsident hat am Montag mit dem türkischen Präsidenten telefoniert. Die Gespräche sind nicht einfach, sagte er, und auch die Nachbarn wurden informiert."), ErrNotEnglish, "German", ""},
		{"russian", []byte("Президент России Владимир Путин проинформировал президента Турции Реджепа Тайипа Эрдогана о телефонных переговорах с лидерами Азербайджана и Армении."), ErrNotEnglish, "Cyrillic", ""},
		{"all caps", []byte(strings.ToUpper(article)), ErrAllCaps, "words are in capitals; paste a version in normal case", ""},
		{"all caps html", []byte("<p>" + strings.ToUpper(strings.ReplaceAll(article, "\n\n", "</p><p>")) + "</p>"), ErrAllCaps, "capital letters", "HTML"},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), ErrNotText, "PNG image", ""},
		{"pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), ErrNotText, "PDF document", ""},
		{"script only", []byte("<html><head><script>render(\"President John Smith\")</script></head><body><div id=\"app\"></div></body></html>"), ErrEmpty, "no text outside its tags", "HTML"},
		{"empty", nil, ErrEmpty, "empty", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FromInput("", tc.raw)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			for _, other := range []error{ErrNotEnglish, ErrAllCaps, ErrNotText, ErrEmpty} {
				if other != tc.want && errors.Is(err, other) {
					t.Errorf("%v also matches %v", err, other)
				}
			}
			if !strings.Contains(err.Error(), tc.detail) {
				t.Errorf("message %q lacks %q", err, tc.detail)
			}
			if res.Quiz != nil || len(res.Facts) != 0 {
				t.Errorf("a refused input gave facts or a quiz: %+v", res)
			}
			if notes := strings.Join(res.Notes, " | "); tc.note != "" && !strings.Contains(notes, tc.note) || tc.note == "" && notes != "" {
				t.Errorf("notes %q, want %q", notes, tc.note)
			}
		})
	}
}

// TestEnglishKept: English with foreign words, datelines, acronyms and a
// headline in capitals is read, not refused.
func TestEnglishKept(t *testing.T) {
	article := mustRead(t, "testdata/karabakh.txt")
	head, body, _ := strings.Cut(article, "\n\n")
	tests := []struct{ name, text string }{
		{"headline in capitals", strings.ToUpper(head) + "\n\n" + body},
		{"dateline and acronyms", head + "\n\nMOSCOW (Reuters) - NATO, the U.S. and the OSCE said on Monday that talks would go on. " + body},
		{"french quotation", head + "\n\n" + "President Emmanuel Macron said « la France est là » on Tuesday. " + body},
		{"a < b", head + "\n\nTurnout was < 40% and the margin was <3 points. " + body},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FromText("", tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Notes) != 0 {
				t.Errorf("notes on plain English text: %q", res.Notes)
			}
			if len(res.Quiz.Questions) < 5 || res.Text != tc.text {
				t.Errorf("%d questions; text kept as given: %v", len(res.Quiz.Questions), res.Text == tc.text)
			}
		})
	}
}
