package plaintext

import (
	"strings"
	"unicode/utf8"
)

// repairMojibake mends UTF-8 that was once read as Windows-1252 (or
// Latin-1) and saved again: "BellÃªme" for "Bellême", "itâ€™s" for
// "it’s". Only characters whose Windows-1252 bytes make one valid UTF-8
// character of the Latin letters or of the punctuation are replaced, so a
// text mixing good and garbled letters is mended where it is garbled, and
// "Strauß’s" stays as it is. It returns the text and how many characters
// it mended.
func repairMojibake(s string) (string, int) {
	// Every lead letter (Â to ô) is written C3 xx in UTF-8: a text
	// without that byte has nothing to mend.
	from := strings.IndexByte(s, 0xC3)
	if from < 0 {
		return s, 0
	}
	var b strings.Builder
	n := 0
	for i := from; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		// A lead byte of two to four UTF-8 bytes, read as one letter.
		if r >= 0xC2 && r <= 0xF4 {
			buf := [4]byte{byte(r)}
			need := 1 + int(b2u(r >= 0xE0)) + int(b2u(r >= 0xF0))
			k, j := 0, i+size
			for ; k < need && j < len(s); k++ {
				c, cs := utf8.DecodeRuneInString(s[j:])
				cb, ok := cp1252Byte(c)
				if !ok || cb < 0x80 || cb > 0xBF {
					break
				}
				buf[k+1] = cb
				j += cs
			}
			if d, ds := utf8.DecodeRune(buf[:k+1]); k == need && ds == k+1 && mendable(d) {
				if n == 0 {
					b.Grow(len(s))
					b.WriteString(s[:i])
				}
				b.WriteRune(d)
				n++
				i = j
				continue
			}
		}
		if n > 0 {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	if n == 0 {
		return s, 0
	}
	return b.String(), n
}

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// mendable: the characters of Western text that garbling turns into two
// or three (accented Latin letters, dashes, quotation marks, € and ™).
func mendable(r rune) bool {
	return r >= 0xA0 && r <= 0x24F || r >= 0x2010 && r <= 0x2044 || r >= 0x20A0 && r <= 0x20BF || r == 0x2122
}

// cp1252Byte is the Windows-1252 byte of a character, or false.
func cp1252Byte(r rune) (byte, bool) {
	if r >= 0xA0 && r <= 0xFF {
		return byte(r), true
	}
	for k, c := range cp1252 {
		if c == r {
			return byte(0x80 + k), true
		}
	}
	return 0, false
}
