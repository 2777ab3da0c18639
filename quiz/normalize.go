package quiz

import (
	"strings"
	"unicode"
)

// NormalizeText reduces a typed or accepted answer to the form compared
// when grading, so that what a learner types on any keyboard matches what
// the author wrote: letters are lower-cased and stripped of accents
// ("Erdoğan" → "erdogan", "Şuşa" → "susa"), curly quotes and apostrophes
// become straight ones, dashes become "-", runs of spaces become one, and
// punctuation around the whole answer ("Baku.", "«Shusha»") is dropped.
// Punctuation inside the answer is kept: "St. Petersburg" and
// "St Petersburg" stay different, which authors handle with two accepted
// answers.
//
// It uses a small fold table instead of golang.org/x/text to keep the
// WebAssembly binary small.
func NormalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending, written before the next non-space
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			space = b.Len() > 0
			continue
		}
		if r >= 0x300 && r <= 0x36f {
			// Combining accents of decomposed input (e + ◌́).
			continue
		}
		folded, ok := fold[r]
		if !ok {
			folded = string(unicode.ToLower(r))
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(folded)
	}
	return strings.TrimFunc(b.String(), isEdgePunct)
}

// isEdgePunct reports whether r is punctuation dropped around an answer.
// It is an explicit list rather than unicode.IsPunct so that answers such
// as "C#" or "50%" keep their meaningful last character.
func isEdgePunct(r rune) bool {
	switch r {
	case ' ', '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '{', '}',
		'«', '»', '¿', '¡', '…', '`':
		return true
	}
	return false
}

// fold maps the letters and marks a learner may type differently to the
// plain form compared. Upper-case letters whose lower case is listed need
// no entry of their own only when unicode.ToLower handles them, which is
// why the few irregular ones (İ, ẞ) are here.
var fold = func() map[rune]string {
	m := map[rune]string{
		// Quotes, apostrophes and dashes.
		'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", 'ʼ': "'", 'ʻ': "'", '´': "'",
		'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '″': `"`,
		'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-", '―': "-", '−': "-",
		// Letters that fold to more than one letter, or irregular cases.
		'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ß': "ss", 'ẞ': "ss",
		'İ': "i", 'ı': "i", 'Ə': "e", 'ə': "e", 'ø': "o", 'Ø': "o",
		'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
	}
	groups := map[string]string{
		"a": "àáâãäåāăąǎ", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęěẽ",
		"g": "ĝğġģǧ", "h": "ĥħ", "i": "ìíîïĩīĭįǐ", "j": "ĵ", "k": "ķǩ",
		"l": "ĺļľŀ", "n": "ñńņňŉ", "o": "òóôõöōŏőǒ", "r": "ŕŗř",
		"s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųǔ", "w": "ŵ",
		"y": "ýÿŷ", "z": "źżž",
	}
	for plain, letters := range groups {
		for _, r := range letters {
			m[r] = plain
			if u := unicode.ToUpper(r); u != r {
				m[u] = plain
			}
		}
	}
	return m
}()
