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
var profiles = []struct {
	name  string
	words map[string]bool
}{
	{"English", setOf("the of and to in is was that for on with as by at it he his she her said from were are have has had been " +
		"which will this their but not an be they who would its after")},
	{"French", setOf("le la les des du de et est une un dans pour que qui sur au aux par pas avec ont été sont cette il elle " +
		"mais ses son à en ne se plus selon leur")},
	{"Spanish", setOf("el la los las de del y en que es por con una un se para su al lo fue como más pero sus ha")},
	{"German", setOf("der die das und ist nicht mit den dem des ein eine einer zu von auf für im sich auch wurde sind wird dass bei nach hat")},
	{"Italian", setOf("il di che è la le del della per non un una con sono dei da nel alla gli ha anche si ma come delle")},
	{"Portuguese", setOf("o os a as de do da dos das e em que é um uma para com não no na por foi se mais ao")},
	{"Dutch", setOf("de het een en van is in op dat die niet met voor zijn te aan er ook als bij werd maar door naar wordt")},
}

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
	counts := make([]map[string]int, len(profiles))
	for i := range counts {
		counts[i] = map[string]int{}
	}
	hits := make([]int, len(profiles))
	words := 0
	for w := range wordsOf(text) {
		words++
		lw := strings.ToLower(w)
		for i, p := range profiles {
			if p.words[lw] {
				hits[i]++
				counts[i][lw]++
			}
		}
		for _, r := range w {
			if unicode.Is(unicode.Latin, r) {
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
	}
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
	case hits[best] >= 3 && hits[best] >= 2*en+2:
		return Lang{Name: profiles[best].name, Evidence: topWords(counts[best], 5)}
	case words >= 40 && en*25 < words:
		// Long enough to show its short words, and it has few English
		// ones: another language the profiles do not list (or a table
		// of names and numbers, which gives no question either).
		return Lang{}
	}
	return Lang{English: true}
}

// Capitals counts the words of two letters or more (caps of them in
// capitals only) and says whether the text is written mostly in
// capitals, so that names cannot be told from other words. A dateline
// ("WASHINGTON (Reuters) -"), acronyms (NATO, U.S.) and a headline in
// capitals over a normal article are not "mostly".
func Capitals(text string) (caps, words int, mostly bool) {
	for w := range wordsOf(text) {
		upper, lower := 0, 0
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				upper++
			case unicode.IsLower(r):
				lower++
			}
		}
		if upper+lower < 2 {
			continue
		}
		words++
		if lower == 0 {
			caps++
		}
	}
	return caps, words, caps >= 5 && caps*2 > words
}

// wordsOf yields the runs of letters of text.
func wordsOf(text string) func(func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range text {
			if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) && start >= 0 {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(text[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(text[start:])
		}
	}
}

// topWords are the n most frequent words of counts, most frequent first.
func topWords(counts map[string]int, n int) []string {
	ws := make([]string, 0, len(counts))
	for w := range counts {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool {
		if counts[ws[i]] != counts[ws[j]] {
			return counts[ws[i]] > counts[ws[j]]
		}
		return ws[i] < ws[j]
	})
	return ws[:min(n, len(ws))]
}
