package format

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// TestEncodings reads the same quiz saved in each encoding a teacher's
// editor may use: every one plays the same questions, and a file that is
// not UTF-8 gets one warning naming its encoding.
func TestEncodings(t *testing.T) {
	files := []struct{ name, text string }{
		{"q.gift", "En quel mois l’été finit-il ? {=août ~mai ~décembre}\n"},
		{"q.yaml", "title: Été\nquestions:\n  - type: single\n    prompt: En quel mois l’été finit-il ?\n    choices:\n      - text: août\n        correct: true\n      - text: mai\n"},
		{"q.txt", "En quel mois l’été finit-il ?\nA. août\nB. mai\nANSWER: A\n"},
	}
	encodings := []struct {
		name    string
		encode  func(string) []byte
		warning string // "" for none
	}{
		{"UTF-8", func(s string) []byte { return []byte(s) }, ""},
		{"UTF-8 with a byte order mark", func(s string) []byte { return append([]byte("\xef\xbb\xbf"), s...) }, ""},
		{"UTF-16LE with a byte order mark", func(s string) []byte { return utf16Bytes(s, false) }, "read as UTF-16"},
		{"UTF-16BE with a byte order mark", func(s string) []byte { return utf16Bytes(s, true) }, "read as UTF-16"},
		{"Windows-1252", windows1252Bytes, "read as Windows-1252"},
	}
	for _, f := range files {
		want, wantPs := Parse(f.name, []byte(f.text))
		if want == nil || len(wantPs) != 0 {
			t.Fatalf("%s in UTF-8: %v", f.name, wantPs)
		}
		for _, e := range encodings {
			t.Run(f.name+" in "+e.name, func(t *testing.T) {
				got, ps := Parse(f.name, e.encode(f.text))
				if got == nil {
					t.Fatalf("not read: %v", ps)
				}
				if got.Questions[0].Prompt != want.Questions[0].Prompt || got.Questions[0].Choices[0].Text != want.Questions[0].Choices[0].Text {
					t.Errorf("read %q / %q, want %q / %q", got.Questions[0].Prompt, got.Questions[0].Choices[0].Text,
						want.Questions[0].Prompt, want.Questions[0].Choices[0].Text)
				}
				switch {
				case e.warning == "" && len(ps) != 0:
					t.Errorf("problems %v, want none", ps)
				case e.warning != "" && (len(ps) != 1 || !ps[0].Warning || !strings.Contains(ps[0].Msg, e.warning) || ps.HasErrors()):
					t.Errorf("problems %v, want one warning saying %q", ps, e.warning)
				}
			})
		}
	}
}

func utf16Bytes(s string, big bool) []byte {
	out := []byte{0xFF, 0xFE}
	if big {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// windows1252Bytes encodes the few letters the test uses beyond ASCII.
func windows1252Bytes(s string) []byte {
	var out []byte
	for _, r := range s {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r == '’':
			out = append(out, 0x92)
		case r >= 0xA0 && r <= 0xFF:
			out = append(out, byte(r))
		default:
			panic("windows1252Bytes: no byte for " + string(r))
		}
	}
	return out
}
