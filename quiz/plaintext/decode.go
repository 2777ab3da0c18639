package plaintext

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// signatures name the binary files a teacher is most likely to pick by
// mistake, by their first bytes, with what to do instead.
var signatures = []struct{ magic, what string }{
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive (a Word .docx, an OpenDocument .odt or an e-book .epub is one)"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Microsoft Office document (.doc)"},
	{"{\\rtf", "an RTF document"},
	{"\x89PNG", "a PNG image"},
	{"\xFF\xD8\xFF", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"\x00\x00\xFE\xFF", "text in UTF-32, which Factquiz does not read"},
	{"\xFF\xFE\x00\x00", "text in UTF-32, which Factquiz does not read"},
}

const saveAsText = "save or copy the article as plain text (UTF-8) and try again"

// decodeBytes turns raw bytes into a UTF-8 string, saying how it read
// them, or refuses them as binary.
func decodeBytes(raw []byte) (s, enc string, notes []string, err error) {
	for _, sig := range signatures {
		if bytes.HasPrefix(raw, []byte(sig.magic)) {
			return "", "", nil, &Error{Reason: "it is " + sig.what + "; " + saveAsText}
		}
	}
	switch {
	case bytes.HasPrefix(raw, []byte(bom)):
		raw = raw[len(bom):]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		s, notes := decodeUTF16(raw[2:], false)
		return checked(s, "UTF-16LE", append([]string{"The file was read as UTF-16 (its byte order mark says so)."}, notes...))
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		s, notes := decodeUTF16(raw[2:], true)
		return checked(s, "UTF-16BE", append([]string{"The file was read as UTF-16 (its byte order mark says so)."}, notes...))
	default:
		if big, ok := looksUTF16(raw); ok {
			s, notes := decodeUTF16(raw, big)
			return checked(s, utf16Name(big), append([]string{"The file was read as UTF-16 without a byte order mark (every other byte is zero)."}, notes...))
		}
	}
	if utf8.Valid(raw) {
		return checked(string(raw), "UTF-8", nil)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return "", "", nil, binaryError("it contains a NUL byte (at byte offset " + strconv.Itoa(i) + "), as programs, images and office documents do")
	}
	// Not UTF-8: Windows-1252 ("ANSI" in Windows Notepad) when the bytes
	// are text in it. A byte it leaves undefined, or a large share of
	// bytes that are not UTF-8 (Cyrillic, Greek, Chinese in a legacy encoding, or
	// binary data), says it is not.
	invalid, multi := 0, 0
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			invalid++
			switch raw[i] {
			case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
				return "", "", nil, &Error{Reason: "it is not UTF-8, and byte " + strconv.Itoa(int(raw[i])) + " at offset " + strconv.Itoa(i) +
					" is not a character in Windows-1252 either (a binary file, or text in another encoding); " + saveAsText}
			}
		case n > 1:
			multi++
		}
		i += n
	}
	if invalid*4 > len(raw) {
		return "", "", nil, &Error{Reason: "it is not UTF-8, and too many of its bytes are not plain letters to be Windows-1252 text (a binary file, or text in another encoding such as Cyrillic, Greek or Chinese); " + saveAsText}
	}
	var b strings.Builder
	b.Grow(len(raw) + invalid)
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			r = windows1252(raw[i])
		}
		b.WriteRune(r)
		i += n
	}
	note := "The file is not UTF-8: it was read as Windows-1252 (Western European), the “ANSI” of Windows. If letters look wrong, save the file as UTF-8."
	if multi > 0 {
		note = "The file is mostly UTF-8, but " + plural(invalid, "byte is", "bytes are") + " not: " +
			"they were read as Windows-1252 (Western European). If letters look wrong, save the file as UTF-8."
	}
	return checked(b.String(), "Windows-1252", []string{note})
}

func utf16Name(big bool) string {
	if big {
		return "UTF-16BE"
	}
	return "UTF-16LE"
}

// looksUTF16 recognises UTF-16 without a byte order mark: mostly Latin
// text then has a zero in every other byte, on one side only.
func looksUTF16(raw []byte) (big, ok bool) {
	n := min(len(raw), 2000) &^ 1
	if n < 8 {
		return false, false
	}
	var zeros [2]int
	for i := 0; i < n; i++ {
		if raw[i] == 0 {
			zeros[i&1]++
		}
	}
	half := n / 2
	switch {
	case zeros[1]*10 >= half*9 && zeros[0]*20 < half:
		return false, true
	case zeros[0]*10 >= half*9 && zeros[1]*20 < half:
		return true, true
	}
	return false, false
}

// decodeUTF16 decodes UTF-16 code units; an odd last byte and unpaired
// surrogates are reported.
func decodeUTF16(raw []byte, big bool) (string, []string) {
	var notes []string
	if len(raw)%2 == 1 {
		raw = raw[:len(raw)-1]
		notes = append(notes, "The file ended in the middle of a character; the last byte was left out.")
	}
	units := make([]uint16, len(raw)/2)
	for i := range units {
		a, b := uint16(raw[2*i]), uint16(raw[2*i+1])
		if big {
			units[i] = a<<8 | b
		} else {
			units[i] = b<<8 | a
		}
	}
	runes := utf16.Decode(units)
	bad := 0
	for i, r := range runes {
		if r == utf8.RuneError && units[i] != 0xFFFD {
			bad++
		}
	}
	if bad > 0 {
		notes = append(notes, plural(bad, "broken character was", "broken characters were")+" replaced with �.")
	}
	s := string(runes)
	return strings.TrimPrefix(s, bom), notes
}

// checked refuses a decoded string that holds what text never does: a
// NUL, or many control characters.
func checked(s, enc string, notes []string) (string, string, []string, error) {
	control := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0 {
			return "", "", nil, binaryError("it contains a NUL character (at byte offset " + strconv.Itoa(i) + " of the text), as programs, images and office documents do")
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			control++
		}
	}
	if control*20 > len(s) {
		return "", "", nil, binaryError("too many control characters (" + strconv.Itoa(control) + ") for text")
	}
	return s, enc, notes, nil
}

func binaryError(why string) *Error {
	return &Error{Reason: "it looks like a binary file: " + why + "; " + saveAsText}
}

// cp1252 holds the characters of Windows-1252's bytes 0x80-0x9F; the
// bytes from 0xA0 up are the same code points in Unicode (Latin-1).
// The five bytes Windows-1252 leaves undefined are refused before.
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func windows1252(b byte) rune {
	if b >= 0x80 && b < 0xA0 {
		return cp1252[b-0x80]
	}
	return rune(b)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
