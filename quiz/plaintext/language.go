package plaintext

import (
	"sort"
	"strings"
	"unicode"
)

// Lang is what Language makes of a text.
type Lang struct {
	// English is false only when the text clearly is not in English.
	English bool
	// Name is the language (or script) the text seems to be in when it
	// is not English: "French", "Greek", "Russian or another language
	// written in Cyrillic". Empty when English, or when it cannot tell.
	Name string
	// Evidence are the words (or letters) that tell, most frequent first:
	// "le, la, les, est".
	Evidence []string
}

// profiles hold the most frequent short words of each language. A text
// in a language uses its own many times per sentence and the others'
// seldom; names and quotations in another language do not change that.
var profiles = []struct{ name, words string }{
	{"English", "the of and to in is was that for on with as by at it he his she her said from were are have has had been " +
		"which will this their but not an be they who would its after"},
	{"French", "le la les des du de et est une un dans pour que qui sur au aux par pas avec ont été sont cette il elle " +
		"mais ses son à en ne se plus selon leur"},
	{"Spanish", "el la los las de del y en que es por con una un se para su al lo fue como más pero sus ha"},
	{"German", "der die das und ist nicht mit den dem des ein eine einer zu von auf für im sich auch wurde sind wird dass bei nach hat"},
	{"Italian", "il di che è la le del della per non un una con sono dei da nel alla gli ha anche si ma come delle"},
	{"Portuguese", "o os a as de do da dos das e em que é um uma para com não no na por foi se mais ao"},
	{"Dutch", "de het een en van is in op dat die niet met voor zijn te aan er ook als bij werd maar door naar wordt"},
}

// functionWords maps each word of the profiles to the set of languages
// (bit i for profiles[i]) it belongs to; maxFunctionWord is the length
// in bytes of the longest, so longer words need no lookup.
var functionWords, maxFunctionWord = func() (map[string]uint8, int) {
	m, longest := map[string]uint8{}, 0
	for i, p := range profiles {
		for _, w := range strings.Fields(p.words) {
			m[w] |= 1 << i
			longest = max(longest, len(w))
		}
	}
	return m, longest
}()

// scripts name the writing systems other than Latin that a pasted
// article may be in.
var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Russian or another language written in Cyrillic", unicode.Cyrillic},
	{"Greek", unicode.Greek},
	{"Arabic or another language written in Arabic script", unicode.Arabic},
	{"Hebrew", unicode.Hebrew},
	{"Chinese", unicode.Han},
	{"Japanese", unicode.Hiragana},
	{"Japanese", unicode.Katakana},
	{"Korean", unicode.Hangul},
	{"Hindi or another language written in Devanagari", unicode.Devanagari},
	{"Thai", unicode.Thai},
}

// Language tells English from other languages by the short words a text
// uses most (the, of, and, was, said… against le, la, est, der, und…),
// and by its letters when they are not Latin. A text too short to tell
// counts as English; a short English text with a French name or
// quotation in it stays English.
func Language(text string) Lang {
	var latin, other int
	byScript := make([]int, len(scripts))
	hits := make([]int, len(profiles))
	found := map[string]int{} // the function words met, and how often
	words := 0
	var buf [16]byte
	forEachWord(text, func(w string) {
		words++
		if len(w) <= maxFunctionWord {
			// Looked up in buf without a copy; a function word found is
			// kept as the text writes it when that is its lower case
			// ("the", most of them), copied only when it is not ("The").
			b := lowerInto(buf[:], w)
			if set := functionWords[string(b)]; set != 0 {
				lw := w
				if string(b) != w {
					lw = string(b)
				}
				found[lw]++
				for i := range profiles {
					if set&(1<<i) != 0 {
						hits[i]++
					}
				}
			}
		}
		for _, r := range w {
			if r < 0x80 || unicode.Is(unicode.Latin, r) {
				latin++
				continue
			}
			other++
			for i, s := range scripts {
				if unicode.Is(s.table, r) {
					byScript[i]++
					break
				}
			}
		}
	})
	if other > latin && other >= 20 {
		best := 0
		for i := range scripts {
			if byScript[i] > byScript[best] {
				best = i
			}
		}
		if byScript[best] == 0 {
			return Lang{Name: "a language not written in Latin letters"}
		}
		name := scripts[best].name
		if scripts[best].table == unicode.Han && (byScript[5]+byScript[6])*10 > byScript[best] {
			name = "Japanese"
		}
		return Lang{Name: name}
	}
	en := hits[0]
	best := 1
	for i := 2; i < len(profiles); i++ {
		if hits[i] > hits[best] {
			best = i
		}
	}
	switch {
	case hits[best] >= 3 && hits[best] >= 2*en+2 && hits[best]*8 >= words:
		// A language's own short words make a fifth to a third of its
		// running text; a few of them in other text (Czech has "a",
		// "se", "na", "do", "o", as Portuguese does) do not name it.
		return Lang{Name: profiles[best].name, Evidence: topWords(found, uint8(1)<<best, 5)}
	case hits[best] >= 3 && hits[best] >= 2*en+2, words >= 40 && en*25 < words:
		// Long enough to show its short words, and it has few English
		// ones: another language the profiles do not list (or a table
		// of names and numbers, which gives no question either).
		return Lang{}
	}
	return Lang{English: true}
}

// lowerInto is w in lower case, written in buf's room: byte by byte when
// w is ASCII, by strings.ToLower when it is not.
func lowerInto(buf []byte, w string) []byte {
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return append(buf[:0], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// Capitals counts the words of two letters or more (caps of them in
// capitals only) and says whether the text is written mostly in
// capitals, so that names cannot be told from other words. A dateline
// ("WASHINGTON (Reuters) -"), acronyms (NATO, U.S.) and a headline in
// capitals over a normal article are not "mostly".
func Capitals(text string) (caps, words int, mostly bool) {
	forEachWord(text, func(w string) {
		upper, lower := 0, 0
		for _, r := range w {
			switch {
			case 'A' <= r && r <= 'Z':
				upper++
			case 'a' <= r && r <= 'z':
				lower++
			case r < 0x80:
			case unicode.IsUpper(r):
				upper++
			case unicode.IsLower(r):
				lower++
			}
		}
		if upper+lower < 2 {
			return
		}
		words++
		if lower == 0 {
			caps++
		}
	})
	return caps, words, caps >= 5 && caps*2 > words
}

// forEachWord calls f with each run of letters of text.
func forEachWord(text string, f func(string)) {
	start := -1
	for i, r := range text {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' ||
			r >= 0x80 && (unicode.IsLetter(r) || start >= 0 && unicode.Is(unicode.Mn, r))
		if letter {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		f(text[start:])
	}
}

// topWords are the n most frequent words of found that belong to the
// languages of set, most frequent first.
func topWords(found map[string]int, set uint8, n int) []string {
	var ws []string
	for w := range found {
		if functionWords[w]&set != 0 {
			ws = append(ws, w)
		}
	}
	sort.Slice(ws, func(i, j int) bool {
		if found[ws[i]] != found[ws[j]] {
			return found[ws[i]] > found[ws[j]]
		}
		return ws[i] < ws[j]
	})
	return ws[:min(n, len(ws))]
}
