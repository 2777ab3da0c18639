package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words run together: a page's link labels copied without the spaces
// between them ("President BidenJoe BidenPelosi: …", "Leader Charles
// SchumerChuck SchumerWhy …"), or a dateline glued to the first sentence
// ("August 3, 2014Chinese officials …"). The glued span is page
// furniture: no question may name it, and no person's name may take a
// glued label in.

// gluedPrefixes open surnames and names that keep a capital inside:
// "McConnell", "MacArthur", "DeSantis", "LeBron", "DeVos", "LaPierre",
// "DuBois", "VanDyke", "DiCaprio".
var gluedPrefixes = setOf(`mc|mac|de|di|da|du|la|le|van|von|fitz|st`)

// gluedBrands are names of companies and products written with a capital
// inside, which a page may mention only once.
var gluedBrands = setOf(`youtube|whatsapp|paypal|fedex|exxonmobil|totalenergies|blackrock|softbank|linkedin|playstation|jetblue|huffpost|facebook|biontech|astrazeneca|glaxosmithkline|harpercollins|pricewaterhousecoopers|blackberry|mastercard|gofundme|tiktok|petrochina|dreamworks|officemax|moneyweek|easypost|wikimedia|sinopec|smackdown|bitcoin|openai|deepmind|chatgpt|powerpoint|photoshop|nasdaq|libdem|libdems|aljazeera|businessweek|marketwatch|newsweek|cnbc|airbnb|doordash|instagram|coinbase|snapchat|starlink|spacex|gamestop|walmart|costco|jupiterresearch|bikeexchange`)

// gluedWord reports a word with a lower-case letter followed inside it by
// a capitalised word ("BidenJoe", "SchumerWhy", "McConnellAddison",
// "epicentreLiugou"), which is not a surname with its prefix ("McDonald",
// "DeSantis"), nor a product with a one-letter prefix ("iPhone", "eBay"),
// nor a known company ("YouTube", "WhatsApp"), nor a word the page
// writes more than once so (a name it spells that way).
func gluedWord(text string, t token) bool {
	if t.punct || len(t.text) < 4 || !gluedJoinIn(t.text) {
		return false
	}
	// Each part of a compound on its own: "BikeExchange-Jayco".
	glued := false
	for _, part := range strings.FieldsFunc(t.text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if gluedJoinIn(part) && !gluedBrands[strings.ToLower(part)] {
			glued = true
		}
	}
	return glued && strings.Count(text, t.text) < 2
}

// gluedJoinIn reports a lower-case letter followed by an upper-case
// letter and a lower-case one, where the letters before the capital are
// two or more and not a surname's prefix.
func gluedJoinIn(w string) bool {
	// Most words are ASCII with no capital after a small letter: one
	// pass over the bytes settles them.
	maybe := false
	for k := 1; k < len(w) && !maybe; k++ {
		c := w[k]
		maybe = c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' && 'a' <= w[k-1] && w[k-1] <= 'z'
	}
	if !maybe {
		return false
	}
	runStart := 0 // start of the letters before the capital
	var prev rune = -1
	for i, r := range w {
		if !unicode.IsLetter(r) {
			runStart, prev = i+utf8.RuneLen(r), -1
			continue
		}
		if prev >= 0 && unicode.IsLower(prev) && unicode.IsUpper(r) {
			next, _ := utf8.DecodeRuneInString(w[i+utf8.RuneLen(r):])
			left := w[runStart:i]
			if unicode.IsLower(next) && utf8.RuneCountInString(left) >= 2 && !gluedPrefixes[strings.ToLower(left)] {
				return true
			}
		}
		prev = r
	}
	return false
}

// markGlued marks page furniture each sentence holding a glued word.
func markGlued(text string, sents []sentence) {
	for i := range sents {
		s := &sents[i]
		if s.furniture {
			continue
		}
		for _, t := range s.toks {
			if gluedWord(text, t) {
				s.furniture, s.headline = true, true
				break
			}
		}
	}
}

// gluedDateAt returns the number of tokens of a date opening a line whose
// year runs into the next word ("August 3, 2014Chinese officials …",
// "25 April 2005Ethiopia"): a dateline or date stamp, page furniture. The
// tokenizer ends a number before a capitalised word glued to it.
func gluedDateAt(toks []token, i int) int {
	for j := i; j < len(toks) && j < i+5; j++ {
		t := toks[j]
		if j > i && t.newlines > 0 {
			return 0
		}
		switch {
		case yearToken(t):
			if j > i && j+1 < len(toks) && toks[j+1].start == t.end && toks[j+1].newlines == 0 && toks[j+1].cap() {
				return j + 1 - i
			}
			return 0
		case t.punct && t.text == ",":
		case t.isWord() && dayNumber(t) > 0:
		case t.isWord():
			if _, ok := month(t); !ok {
				return 0
			}
		default:
			return 0
		}
	}
	return 0
}

// numberGluedToWord reports a run of two or more digits at text[start:i]
// followed by a capitalised word glued to it ("2014Chinese"): the number
// ends there.
func numberGluedToWord(text string, start, i int) bool {
	if i-start < 2 || i+1 >= len(text) {
		return false
	}
	c, next := text[i], text[i+1]
	return 'A' <= c && c <= 'Z' && 'a' <= next && next <= 'z'
}
