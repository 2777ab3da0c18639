package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mojibake is UTF-8 text that went once through a program reading it as
// Windows-1252 (or Latin-1) and was saved as UTF-8 again: "don’t" becomes
// "donâ€™t", "café" "cafÃ©". Pages copied from such sites are common; the
// generator would take "â€œWe" for a word and never see the quotation.
// Repaired with a note: each run of characters that, written back as
// Windows-1252 bytes, is exactly one UTF-8 character, is that character.
// A site that also dropped the invisible bytes leaves a lone "â" for a
// curly quote or apostrophe ("âWe are ready,â he said"); those are
// repaired too when the text has two or more at a quotation's edges.

// byteOf is the Windows-1252 byte that r was read from, when there is
// one: Latin-1 letters stand for themselves, C1 controls for the bytes a
// reader left undefined, and the printable extras (€, ’, “ …) for theirs.
func byteOf(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	for i, c := range cp1252 {
		if c == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// mojibakeAt reads the run starting at s[i] (a character from "Â" to "ô",
// a UTF-8 lead byte read as a letter) back into bytes: the character they
// spell and the length of the run in s, or ok false.
func mojibakeAt(s string, i int) (r rune, n int, ok bool) {
	lead, size := utf8.DecodeRuneInString(s[i:])
	if lead < 0xC2 || lead > 0xF4 {
		return 0, 0, false
	}
	want := 2
	switch {
	case lead >= 0xF0:
		want = 4
	case lead >= 0xE0:
		want = 3
	}
	var buf [4]byte
	buf[0] = byte(lead)
	j := i + size
	for k := 1; k < want; k++ {
		c, cs := utf8.DecodeRuneInString(s[j:])
		b, isByte := byteOf(c)
		if cs == 0 || !isByte || b < 0x80 || b > 0xBF {
			// "â€" and then a quotation's end: the right double quote
			// (E2 80 9D), whose last byte Windows-1252 leaves undefined,
			// lost on the way.
			if want == 3 && k == 2 && buf[1] == 0x80 {
				return '”', j - i, true
			}
			return 0, 0, false
		}
		buf[k] = b
		j += cs
	}
	r, rs := utf8.DecodeRune(buf[:want])
	if r == utf8.RuneError || rs != want {
		return 0, 0, false
	}
	return r, j - i, true
}

// contractionEnds follow an apostrophe in English: "don't", "it's", "I'm".
var contractionEnds = []string{"s", "t", "m", "d", "ll", "re", "ve"}

// loneQuote is what a lone "â" at s[i] stands for, when the bytes after
// it were dropped: an opening quote before a word, a closing quote after
// one, an apostrophe in a contraction; "" when it reads as a letter
// ("château").
func loneQuote(s string, i int) string {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+len("â"):])
	letter := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	edge := func(r rune) bool { return i == 0 || unicode.IsSpace(r) || strings.ContainsRune("([—–-", r) }
	switch {
	case edge(before) && letter(after):
		return "“"
	case letter(before):
		rest := s[i+len("â"):]
		for _, e := range contractionEnds {
			if strings.HasPrefix(rest, e) {
				next, _ := utf8.DecodeRuneInString(rest[len(e):])
				if len(rest) == len(e) || !letter(next) {
					return "’"
				}
			}
		}
		if letter(after) {
			return ""
		}
		return "”"
	case strings.ContainsRune(".,!?;:", before) && (i+len("â") == len(s) || !letter(after)):
		return "”"
	}
	return ""
}

// repairMojibake returns s with its mojibake repaired and how many
// characters were.
func repairMojibake(s string) (string, int) {
	// Fast path: every run starts with a character from U+00C2 to U+00F4,
	// two bytes in UTF-8 starting 0xC3.
	if strings.IndexByte(s, 0xC3) < 0 {
		return s, 0
	}
	var b strings.Builder
	fixed := 0
	last := 0
	for i := 0; i < len(s); {
		r, n, ok := mojibakeAt(s, i)
		if !ok {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		b.WriteString(s[last:i])
		b.WriteRune(r)
		fixed++
		i += n
		last = i
	}
	b.WriteString(s[last:])
	out := b.String()
	// Lone "â"s, only when several read as quotation marks: one alone may
	// be a loanword's letter.
	var at []int
	var as []string
	for i := 0; i < len(out); {
		j := strings.Index(out[i:], "â")
		if j < 0 {
			break
		}
		if q := loneQuote(out, i+j); q != "" {
			at, as = append(at, i+j), append(as, q)
		}
		i += j + len("â")
	}
	if len(at) < 2 {
		return out, fixed
	}
	b.Reset()
	last = 0
	for k, i := range at {
		b.WriteString(out[last:i])
		b.WriteString(as[k])
		last = i + len("â")
	}
	b.WriteString(out[last:])
	return b.String(), fixed + len(at)
}

// mojibakeNote says what repairMojibake did, n characters repaired.
func mojibakeNote(n int) string {
	verb := "were"
	if n == 1 {
		verb = "was"
	}
	return plural(n, "character", "characters") + " garbled by a wrong encoding on the way (such as “â€™” for ’ or “Ã©” for é) " + verb + " repaired."
}
