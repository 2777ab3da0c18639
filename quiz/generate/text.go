package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark of the article, with its
// byte offsets so that every fact can point back into the original text.
type token struct {
	start, end int
	text       string
	punct      bool
	// poss is set when the word was followed by a possessive ’s or 's,
	// which is not part of text; possEnd is where the possessive ends.
	poss    bool
	possEnd int
	suffix  string // the possessive as written
	// newlines counts the line breaks between the previous token and this
	// one: two or more mean a new paragraph.
	newlines int
}

func (t token) isWord() bool { return !t.punct }

// cap reports whether the word starts with an upper-case letter.
func (t token) cap() bool {
	if t.punct {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func (t token) lower() string { return strings.ToLower(t.text) }

func (t token) is(words ...string) bool {
	if t.punct {
		return false
	}
	for _, w := range words {
		if strings.EqualFold(t.text, w) {
			return true
		}
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }
func isDash(r rune) bool       { return r == '-' || r == '‑' || r == '–' }

// tokenize splits text into tokens. Words keep inner hyphens and
// apostrophes ("Nagorno-Karabakh", "O’Brien"), numbers keep thousands
// separators ("60,000") and ranges ("1992-1994"), and dotted acronyms stay
// whole ("U.S.") so that the sentence splitter does not cut them.
func tokenize(text string) []token {
	var toks []token
	newlines := 0
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			newlines++
			i += size
			continue
		case unicode.IsSpace(r) || r == '\uFEFF':
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			start := i
			t := token{start: start, newlines: newlines}
			i = scanWord(text, i, &t)
			t.end = i
			if t.poss {
				i = t.possEnd
				t.suffix = text[t.end:t.possEnd]
			}
			t.text = text[t.start:t.end]
			toks = append(toks, t)
		default:
			toks = append(toks, token{start: i, end: i + size, text: text[i : i+size], punct: true, newlines: newlines})
			i += size
		}
		newlines = 0
	}
	return toks
}

// scanWord reads one word starting at i and returns where it ends.
func scanWord(text string, i int, t *token) int {
	start := i
	digits := true
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if !unicode.IsDigit(r) {
				digits = false
			}
			i += size
			continue
		}
		next, nsize := utf8.DecodeRuneInString(text[i+size:])
		if i+size >= len(text) {
			next, nsize = utf8.RuneError, 0
		}
		switch {
		case isDash(r) && (unicode.IsLetter(next) || unicode.IsDigit(next)):
			i += size
			continue
		case isApostrophe(r) && unicode.IsLetter(next):
			// A possessive ’s ends the word; other apostrophes join it.
			after := i + size + nsize
			if (next == 's' || next == 'S') && !followedByLetter(text, after) {
				t.poss = true
				t.possEnd = after
				return i
			}
			i += size
			continue
		case isApostrophe(r) && i > start && text[i-1] == 's' && !unicode.IsLetter(next) && !digits:
			// "the United States’ envoy": a plural possessive.
			t.poss = true
			t.possEnd = i + size
			return i
		case r == ',' && digits && threeDigits(text, i+1):
			i += 1
			continue
		case r == '.' && digits && unicode.IsDigit(next):
			i += 1
			continue
		case r == '.' && i-start == 1 && unicode.IsUpper(rune(text[start])) && unicode.IsUpper(next) && i+2 < len(text) && text[i+2] == '.':
			// U.S., U.N., U.K.: keep the dots, including the last one.
			i += 3
			for i+1 < len(text) && unicode.IsUpper(rune(text[i])) && text[i+1] == '.' {
				i += 2
			}
			return i
		}
		return i
	}
	return i
}

func followedByLetter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func threeDigits(text string, i int) bool {
	if i+3 > len(text) {
		return false
	}
	for j := i; j < i+3; j++ {
		if text[j] < '0' || text[j] > '9' {
			return false
		}
	}
	return i+3 == len(text) || text[i+3] < '0' || text[i+3] > '9'
}

// sentence is a span of tokens ending with terminal punctuation, a
// paragraph break or the end of the text.
type sentence struct {
	start, end int // byte offsets
	toks       []token
	// headline is a title-like line (no final punctuation): its words are
	// capitalised for style, so it is not mined for facts.
	headline bool
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true,
	"st": true, "jr": true, "sr": true, "mt": true, "no": true, "jan": true, "feb": true,
	"aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "inc": true,
	"corp": true, "co": true, "ltd": true, "vs": true, "pres": true, "gov't": true,
}

func isOpener(t token) bool {
	return t.punct && strings.ContainsAny(t.text, "“\"‘([")
}

func isCloser(t token) bool {
	return t.punct && strings.ContainsAny(t.text, "”\"’)]")
}

// splitSentences groups tokens into sentences.
func splitSentences(text string, toks []token) []sentence {
	var out []sentence
	begin := 0
	flush := func(end int) {
		if end <= begin {
			return
		}
		s := sentence{start: toks[begin].start, end: toks[end-1].end, toks: toks[begin:end]}
		last := toks[end-1]
		for j := end - 1; j > begin && isCloser(toks[j]); j-- {
			last = toks[j-1]
		}
		if !last.punct || !strings.ContainsAny(last.text, ".!?…") {
			s.headline = true
		}
		out = append(out, s)
		begin = end
	}
	for i := 0; i < len(toks); i++ {
		if i > begin && (toks[i].newlines >= 2 || toks[i].newlines == 1 && begin == 0 && titleLine(toks[begin:i])) {
			flush(i)
		}
		t := toks[i]
		if !t.punct || !strings.ContainsAny(t.text, ".!?…") {
			continue
		}
		if t.text == "." && i > begin {
			prev := toks[i-1]
			if prev.isWord() && (abbreviations[prev.lower()] || (utf8.RuneCountInString(prev.text) == 1 && prev.cap())) {
				continue
			}
		}
		j := i + 1
		for j < len(toks) && isCloser(toks[j]) && toks[j].newlines == 0 {
			j++
		}
		if j == len(toks) || toks[j].newlines >= 1 || startsSentence(toks[j]) {
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
	return out
}

// titleLine reports whether the first line, without final punctuation,
// reads as a headline (mostly capitalised words), so that a single line
// break after it ends it. Only the first line: a wrapped line of prose can
// be all names ("Russian President Vladimir Putin and Turkish President").
func titleLine(ts []token) bool {
	words, caps := 0, 0
	for _, t := range ts {
		if t.isWord() {
			words++
			if t.cap() {
				caps++
			}
		}
	}
	last := ts[len(ts)-1]
	return words > 0 && words <= 20 && caps*10 >= words*6 && !(last.punct && strings.ContainsAny(last.text, ".!?,;:"))
}

func startsSentence(t token) bool {
	if isOpener(t) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// firstWord is the index in s.toks of the sentence's first word, skipping
// opening quotes and brackets.
func (s sentence) firstWord() int {
	for i, t := range s.toks {
		if t.isWord() {
			return i
		}
	}
	return -1
}

// properNouns collects the words that appear capitalised somewhere other
// than at the start of a sentence: those stay capitalised when a sentence
// start is moved into the middle of a question.
func properNouns(sents []sentence) map[string]bool {
	m := map[string]bool{}
	for _, s := range sents {
		if s.headline {
			continue
		}
		first := s.firstWord()
		for i, t := range s.toks {
			if i == first || !t.cap() {
				continue
			}
			if i > 0 && isOpener(s.toks[i-1]) {
				continue
			}
			m[t.text] = true
		}
	}
	return m
}
