package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// token is one word, number or punctuation mark of the article, with its
// byte offsets so that every fact can point back into the original text.
type token struct {
	start, end int
	text       string
	// low is text lower-cased once by tokenize, as the rules ask for it
	// many times a word; empty in tokens made or renamed later (lower
	// computes it then): change text only through rename.
	low   string
	punct bool
	// time marks a clock time and its parts ("11:43", "a.m.", "1500" in
	// "1500 GMT"): never a date, a count or a name. (Beside the other
	// flags: one word of padding less in every token.)
	time bool
	// poss is set when the word was followed by a possessive ’s or 's,
	// which is not part of text; possEnd is where the possessive ends.
	poss   bool
	suffix string // the possessive as written
	// newlines counts the line breaks between the previous token and this
	// one: two or more mean a new paragraph. (Beside possEnd in 32 bits:
	// a token is a word smaller, and an article holds thousands.)
	newlines int32
	possEnd  int32
}

func (t token) isWord() bool { return !t.punct }

// cap reports whether the word starts with an upper-case letter. (A
// pointer receiver, as is's: the rules ask it of most tokens.)
func (t *token) cap() bool {
	if t.punct || t.text == "" {
		return false
	}
	if c := t.text[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// rename gives the token another text ("were" for "was", a name for
// "He"), dropping the lower case tokenize kept for the old one.
func (t *token) rename(text string) { t.text, t.low = text, "" }

func (t token) lower() string {
	if t.low != "" {
		return t.low
	}
	return strings.ToLower(t.text)
}

// is reports whether the token is one of words, in any case. (A pointer
// receiver: a token is ten words, copied at every call otherwise, and the
// rules ask this of most tokens many times.)
func (t *token) is(words ...string) bool {
	if t.punct {
		return false
	}
	for _, w := range words {
		// Most words asked for differ in their first letter: when it is
		// ASCII, that settles it without EqualFold.
		if t.text != "" && w != "" && t.text[0]|w[0] < utf8.RuneSelf && t.text[0]|0x20 != w[0]|0x20 {
			continue
		}
		// British "whilst" is "while" wherever a rule looks for it.
		if strings.EqualFold(t.text, w) || w == "while" && strings.EqualFold(t.text, "whilst") {
			return true
		}
	}
	return false
}

// An acute accent or a backtick stands for the apostrophe on some sites
// ("Taylor´s", "Nixon`s").
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '´' || r == '`' }
func isDash(r rune) bool       { return r == '-' || r == '‑' || r == '–' }

// tokenize splits text into tokens. Words keep inner hyphens and
// apostrophes ("Nagorno-Karabakh", "O’Brien"), numbers keep thousands
// separators ("60,000") and ranges ("1992-1994"), and dotted acronyms stay
// whole ("U.S.") so that the sentence splitter does not cut them.
func tokenize(text string) []token {
	// About one token per five bytes of English prose (4.9 in the densest
	// articles of the corpus; room is made for one per 4.5): sized once
	// rather than grown (the generator's largest allocation after the
	// quotation pass's copy of the tokens).
	return tokenizeInto(make([]token, 0, len(text)*2/9+8), text)
}

// tokenizeInto is tokenize into buf's room (its tokens are replaced): a
// caller that reads many short texts in turn reuses one slice.
func tokenizeInto(buf []token, text string) []token {
	toks := buf[:0]
	// The text with its ASCII letters lowered, made once: a capitalised
	// word takes its lower case from it rather than from a copy of its own.
	low := asciiLower(text)
	var newlines int32
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			newlines++
			i += size
			continue
		case unicode.IsSpace(r) || r == '\uFEFF' || r == '■':
			// "■" closes a wire story: no word, no sentence of its own.
			i += size
			continue
		case meridiem(text, i) > 0:
			n := meridiem(text, i)
			toks = append(toks, token{start: i, end: i + n, text: text[i : i+n], low: lowerIn(text, low, i, i+n), newlines: newlines, time: true})
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r) || leadingPoint(text, i):
			start := i
			t := token{start: start, newlines: newlines}
			if r == '.' {
				i++ // ".349": the point opens the number (leadingpoint.go)
			}
			i = scanWord(text, i, &t)
			t.end = i
			if t.poss {
				i = int(t.possEnd)
				t.suffix = text[t.end:i]
			}
			t.text = text[t.start:t.end]
			t.low = lowerIn(text, low, t.start, t.end)
			toks = append(toks, t)
		default:
			toks = append(toks, token{start: i, end: i + size, text: text[i : i+size], low: lowerIn(text, low, i, i+size), punct: true, newlines: newlines})
			i += size
		}
		newlines = 0
	}
	markTimes(toks)
	return toks
}

// asciiLower is text with A to Z lowered and every other byte as it is.
func asciiLower(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// appendFields appends strings.Fields(s) to dst: with dst a buffer on the
// caller's stack, a short text is split into words without a copy on the
// heap (strings.Fields was an eighth of the generator's allocations).
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

// firstField is strings.Fields(s)[0] without splitting the rest.
func firstField(s string) string {
	for w := range strings.FieldsSeq(s) {
		return w
	}
	return strings.Fields(s)[0] // none: the same panic as before
}

// scratchString is b as a string without a copy, for a buffer on the
// caller's stack that is only searched while it lives and is not written
// to meanwhile (hasWords on a text normalized by appendNormal): string(b)
// copies anything over 32 bytes to the heap.
func scratchString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// normalizeEach returns pad+normalize(text(i))+pad for each i < n, cut
// from one string: one copy on the heap for the lot instead of one or
// two for each text (the writer's sentences, prompts and choices).
func normalizeEach(n int, text func(int) string, pad string) []string {
	var b strings.Builder
	size := 0
	for i := range n {
		size += len(text(i)) + 2*len(pad)
	}
	b.Grow(size)
	var buf [512]byte
	ends := make([]int, n)
	for i := range n {
		// Each text on its own scratch: appendNormal trims a space left at
		// the end of what it is given.
		b.WriteString(pad)
		b.Write(appendNormal(buf[:0], text(i)))
		b.WriteString(pad)
		ends[i] = b.Len()
	}
	all := b.String()
	out := make([]string, n)
	start := 0
	for i, end := range ends {
		out[i], start = all[start:end], end
	}
	return out
}

// appendLowerASCII appends strings.ToLower(s) to dst when s is ASCII
// (ok); a word looked up in a table is lowered on the caller's stack.
func appendLowerASCII(dst []byte, s string) (_ []byte, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// lowerIn is strings.ToLower(text[start:end]), taken from low (text's
// asciiLower) when the word is ASCII: no copy.
func lowerIn(text, low string, start, end int) string {
	s := text[start:end]
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	return low[start:end]
}

// meridiem returns the length of "a.m." or "p.m." (any case) at text[i],
// or 0. Kept as one word so that its dots neither end a sentence nor
// leave a stray "m".
func meridiem(text string, i int) int {
	if i+4 > len(text) || (i > 0 && followedByLetter(text, i-1) && text[i-1] != ' ') {
		return 0
	}
	c := text[i] | 0x20
	if (c != 'a' && c != 'p') || text[i+1] != '.' || text[i+2]|0x20 != 'm' || text[i+3] != '.' {
		return 0
	}
	return 4
}

// timeZones are the words that make a number before them a clock time.
var timeZones = map[string]bool{
	"GMT": true, "UTC": true, "EST": true, "EDT": true, "ET": true, "CET": true, "CEST": true,
	"BST": true, "PST": true, "PDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true,
	"IST": true, "JST": true, "AEST": true, "AEDT": true, "Zulu": true, "am": true, "pm": true,
	"AM": true, "PM": true, "hrs": true, "GST": true, "MSK": true, "EAT": true, "WAT": true,
}

// markTimes marks clock times: "11:43", "1500 GMT", "11.00 a.m. EDT",
// "7.30pm", "9 p.m. local time".
func markTimes(toks []token) {
	for i := range toks {
		t := &toks[i]
		if t.punct || t.time {
			continue
		}
		if c := t.text[0]; c < '0' || c > '9' {
			// The time before first: the look-up is for few words.
			if i > 0 && toks[i-1].time && timeZones[t.text] {
				t.time = true
			}
			continue
		}
		lower := t.lower()
		switch {
		case strings.Contains(t.text, ":"),
			strings.HasSuffix(lower, "am") || strings.HasSuffix(lower, "pm"):
			t.time = true
		case i+1 < len(toks) && (toks[i+1].time || timeZones[toks[i+1].text]):
			t.time = true
		case i+2 < len(toks) && toks[i+1].is("local") && toks[i+2].is("time"):
			t.time = true
		}
	}
	// A time zone after a time is part of it, also in words ("Eastern
	// Time", "British Summer Time"), so that "a.m." before it ends nothing.
	for i := 1; i < len(toks); i++ {
		if !toks[i-1].time {
			continue
		}
		if timeZones[toks[i].text] {
			toks[i].time = true
		}
		for k := i; k < len(toks) && k < i+3 && toks[k].cap() && toks[k].newlines == 0; k++ {
			if toks[k].text == "Time" {
				for ; i <= k; i++ {
					toks[i].time = true
				}
				break
			}
		}
	}
}

// scanWord reads one word starting at i and returns where it ends.
func scanWord(text string, i int, t *token) int {
	start := i
	digits := true
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if digits && numberGluedToWord(text, start, i) {
				return i // "2014Chinese": two words
			}
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
				t.possEnd = int32(after)
				return i
			}
			i += size
			continue
		case isApostrophe(r) && i > start && text[i-1] == 's' && !unicode.IsLetter(next) && !digits:
			// "the United States’ envoy": a plural possessive.
			t.poss = true
			t.possEnd = int32(i + size)
			return i
		case r == ',' && digits && threeDigits(text, i+1):
			i += 1
			continue
		case r == '.' && (digits || i > start && text[i-1] >= '0' && text[i-1] <= '9') && unicode.IsDigit(next):
			// "3.5", and money with its currency glued: "$US9.6 billion".
			i += 1
			continue
		case r == ':' && digits && i-start <= 2 && twoDigits(text, i+1):
			// A clock time, "11:43".
			i += 3
			continue
		case r == '.' && i-start == 1 && unicode.IsUpper(rune(text[start])) && next == ' ' && i+2 < len(text) && unicode.IsUpper(rune(text[i+2])) && i+3 < len(text) && unicode.IsLower(rune(text[i+3])) && afterFirstName(text, start) && !plainOpener(wordAt(text, i+2)):
			// A middle initial, "Harry S. Truman": the dot stays on the
			// initial, so it neither ends a sentence nor cuts the name.
			return i + 1
		case r == '.' && i-start >= 2 && !digits && unicode.IsLower(next) && next < utf8.RuneSelf:
			// A web address, "Bodog.com", "bbc.co.uk": one word, not a
			// sentence's end (a sentence's next word is never glued on
			// in lower case).
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

// afterFirstName reports whether the word ending just before text[i] (one
// space between) is a capitalised word of two letters or more, as a first
// name before a middle initial is.
func afterFirstName(text string, i int) bool {
	if i < 3 || text[i-1] != ' ' {
		return false
	}
	j := i - 1
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	w := text[j : i-1]
	r, _ := utf8.DecodeRuneInString(w)
	return utf8.RuneCountInString(w) >= 2 && unicode.IsUpper(r)
}

func followedByLetter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// twoDigits reports whether text[i:] is exactly two digits then no digit.
func twoDigits(text string, i int) bool {
	if i+2 > len(text) || text[i] < '0' || text[i] > '9' || text[i+1] < '0' || text[i+1] > '9' {
		return false
	}
	return i+2 == len(text) || text[i+2] < '0' || text[i+2] > '9'
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
	// capitalised for style, so it is not mined for facts. Furniture is
	// marked headline too.
	headline bool
	// furniture is page furniture: a dateline, byline, caption, credit or
	// list bullet, never the article's title and never mined.
	furniture bool
	// nav is furniture opening on a navOpener (navlines.go): its
	// capitalised words name nobody.
	nav bool
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true,
	"st": true, "jr": true, "sr": true, "mt": true, "no": true, "jan": true, "feb": true,
	"aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "inc": true,
	"corp": true, "co": true, "ltd": true, "vs": true, "pres": true, "gov't": true,
	// A case name ("Brown v. Board"), ranks and titles before a name, and
	// place words before theirs: none of them closes a sentence.
	"v": true, "adm": true, "maj": true, "brig": true, "cpl": true, "pvt": true, "rev": true, "hon": true,
	"fr": true, "msgr": true, "supt": true, "insp": true, "det": true, "atty": true, "gens": true, "sens": true,
	"reps": true, "ft": true, "nos": true, "cf": true, "approx": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "messrs": true, "del": true,
}

// questionTitle reports a headline asked as a question, alone on the
// text's first line: "Which of History's Kings Died in Battle?". Its
// words are capitalised, as a title's are; a story's question is not.
func questionTitle(toks []token, begin, end int) bool {
	if end >= len(toks) || toks[end].newlines < 1 || toks[end-1].text != "?" {
		return false
	}
	words, caps := 0, 0
	for _, t := range toks[begin:end] {
		if !t.isWord() || len(t.text) < 4 {
			continue // "of", "in", "the" stay lower case in a title
		}
		words++
		if t.cap() {
			caps++
		}
	}
	return words >= 3 && caps == words
}

func isOpener(t token) bool {
	return t.punct && strings.ContainsAny(t.text, "“\"‘([")
}

func isCloser(t token) bool {
	return t.punct && strings.ContainsAny(t.text, "”\"’)]")
}

// closesAt reports a closing mark at toks[j]; a straight single quote is
// one when it hugs the mark before it ("… supply.'" ends a quotation).
func closesAt(toks []token, j int) bool {
	return isCloser(toks[j]) || j > 0 && toks[j].text == "'" && toks[j].start == toks[j-1].end && toks[j-1].punct
}

// splitSentences groups tokens into sentences. Page furniture that a user
// copies along with an article (datelines, bylines, photo captions and
// credits, "1 Min Read") is kept as sentences of its own, marked so that
// no fact is taken from it; a bulleted or numbered list item starts a
// sentence of its own, without its bullet.
func splitSentences(text string, toks []token) []sentence {
	var out []sentence
	begin := 0
	bullet := false // the current sentence is a list item
	flushAs := func(end int, furniture bool) {
		if end <= begin {
			return
		}
		begin = leadingMarksEnd(toks, begin, end) // "[1] On April 10, …" (leadingmark.go)
		s := sentence{start: toks[begin].start, end: toks[end-1].end, toks: toks[begin:end], furniture: furniture}
		last := toks[end-1]
		for j := end - 1; j > begin && closesAt(toks, j); j-- {
			last = toks[j-1]
		}
		// "Biodiversity Minister Lorna Slater said:" opens a quotation on
		// the next line: a sentence, not a headline.
		if furniture || !bullet && !endsSentence(last) && !(last.text == ":" && end-begin > 3) || len(out) == 0 && questionTitle(toks, begin, end) ||
			titleCaseSentence(toks[begin:end]) { // gluedateline.go

			s.headline = true
		}
		// "- Revolution of 1848" opening a page copied as a list: the
		// first item, title-like and without a full stop, is its title.
		if bullet && len(out) == 1 && out[0].furniture && !endsSentence(last) && toks[begin].cap() && end-begin <= 8 {
			s.headline = true
		}
		out = append(out, s)
		begin = end
		bullet = false
	}
	flush := func(end int) { flushAs(end, false) }
	// lineStart handles what can open a line: a list bullet or a dateline.
	lineStart := func(i int) {
		if n := bulletAt(toks, i); n > 0 {
			begin = i
			flushAs(i+n, true)
			bullet = true
			return
		}
		// "(Reuters) -" opens a line of its own after a time stamp: the
		// agency in brackets marks it, no blank line needed.
		// After a single line break, only with its agency ("LOS ANGELES,
		// Aug. 1 (Xinhua) --"): a line of prose may open in capitals.
		if n := gluedDateAt(toks, i); n > 0 {
			begin = i
			flushAs(i+n, true)
			return
		}
		if n := datelineAt(toks, i); n > 0 && (toks[i].newlines >= 2 || i == 0 || toks[i].text == "(" || agencyIn(toks[i:i+n])) {
			begin = i
			flushAs(i+n, true)
		}
	}
	for i := 0; i < len(toks); i++ {
		// A line of nothing but separators ("|" left between a page's
		// blocks) opens no sentence: it is furniture of its own.
		if i > begin && toks[i].newlines >= 1 && separatorsOnly(toks[begin:i]) {
			flushAs(i, true)
		}
		if i > begin && (toks[i].newlines >= 2 || toks[i].newlines == 1 && begin == 0 && (titleLine(toks[begin:i]) || sentenceCaseHeadline(toks, i)) ||
			toks[i].newlines >= 1 && bulletAt(toks, i) > 0 || toks[i].newlines == 1 && shortLineEnds(toks, begin, i) ||
			// A line introducing a list or the next line: "… released on
			// 24 October:⏎As of 27 October there have been …".
			toks[i].newlines == 1 && toks[i-1].text == ":" && toks[i].cap()) {
			flush(i)
		}
		if i == begin {
			if n := gluedDatelineAt(toks, i); n > 0 { // gluedateline.go
				flushAs(i+n, true)
				i = begin - 1
				continue
			}
		}
		if i == begin && (i == 0 || toks[i].newlines >= 1) {
			lineStart(i)
			if begin > i {
				i = begin - 1
				continue
			}
		}
		t := toks[i]
		if t.time && strings.HasSuffix(t.text, ".") {
			// "… at 11:43 a.m. The rocket …": the dots of a.m. end the
			// sentence when a new one plainly starts after them.
			if i+1 < len(toks) && toks[i+1].newlines == 0 && startsSentence(toks[i+1]) && !toks[i+1].time && !isOpener(toks[i+1]) && !weekdayAfterTime(toks, i+1) {
				flush(i + 1)
			}
			continue
		}
		if !t.punct || !strings.ContainsAny(t.text, ".!?…") {
			continue
		}
		if t.text == "." && i > begin {
			prev := toks[i-1]
			// An initial is followed by a name, not by "It" or "The": "World
			// War I. It opened …" ends there.
			if prev.isWord() && (abbreviations[prev.lower()] || (utf8.RuneCountInString(prev.text) == 1 && prev.cap() && !(i+1 < len(toks) && plainOpener(toks[i+1].text)))) {
				continue
			}
			// "p. 7", "pp. 12-14", "Vol. 3": a reference's number follows.
			if prev.is("p", "pp", "vol", "fig", "ch") && i+1 < len(toks) && toks[i+1].newlines == 0 && allDigits(toks[i+1].text[:1]) {
				continue
			}
			if lifeSpanAbbrev(toks, begin, i) {
				continue
			}
		}
		j := i + 1
		for j < len(toks) && closesAt(toks, j) && toks[j].newlines == 0 && !opensQuote(toks, j) {
			j++
		}
		if j == len(toks) || toks[j].newlines >= 1 || startsSentence(toks[j]) {
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
	markFurniture(text, out)
	markSidebarEnd(text, out)
	markListingLines(out)     // listinglines.go
	markSecondPost(text, out) // secondpost.go
	markCreditLine(text, out)
	markGlued(text, out)
	markReferenceEnd(text, out) // referencelist.go
	return out
}

// separatorsOnly reports tokens that are all separator marks: "|", "/".
func separatorsOnly(ts []token) bool {
	for _, t := range ts {
		if !t.punct || strings.Trim(t.text, "|/¦") != "" {
			return false
		}
	}
	return len(ts) > 0
}

// lifeSpanAbbrev reports the dot at toks[i] of "b.", "d.", "c.", "ca.",
// "fl." or "r." (born, died, circa, flourished, reigned) in a life span
// or a date: "(b. Virginia, 1773–1841)", "d. 1885", "built c. 1500".
// Written in lower case, opening a bracket or an item after ";", or
// before a year; a sentence never ends on such a letter there.
func lifeSpanAbbrev(toks []token, begin, i int) bool {
	prev := toks[i-1]
	if !(prev.text == "b" || prev.text == "d" || prev.text == "c" || prev.text == "ca" || prev.text == "fl" || prev.text == "r") {
		return false
	}
	if i+1 >= len(toks) || toks[i+1].newlines > 0 {
		return false
	}
	// "items a, b, c, d. The next …" ends on its letter: after a comma
	// only a year follows the abbreviation.
	opensItem := i-2 >= begin && toks[i-2].punct && (toks[i-2].text == "(" || toks[i-2].text == "[" || toks[i-2].text == ";")
	return opensItem || allDigits(toks[i+1].text[:1])
}

// shortLineEnds reports whether a single line break before toks[i] ends
// a short line without final punctuation: a headline, a date line or a
// caption's title glued to the story ("Italy win World Cup … in
// penalties⏎July 10, 2006 …"). A hard-wrapped paragraph has long lines
// and goes on.
func shortLineEnds(toks []token, begin, i int) bool {
	start := i - 1
	for start > begin && toks[start].newlines == 0 {
		start--
	}
	line := toks[start:i]
	words := 0
	for _, t := range line {
		if t.isWord() {
			words++
		}
	}
	// A line inside a quotation it opened goes on: "They tell me he got
	// one⏎(league goal) last year."
	if q := line[0]; q.text == "“" || q.text == "\"" {
		for _, t := range line[1:] {
			if t.text == "”" || t.text == "\"" {
				q.text = ""
			}
		}
		if q.text != "" {
			return false
		}
	}
	last := toks[i-1]
	return words > 0 && words <= 10 && !endsSentence(last) && !(last.punct && strings.ContainsAny(last.text, ",;:-–—(")) &&
		!last.is("and", "or", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by") && !isTitleWord(last) &&
		startsSentence(toks[i])
}

// opensQuote reports a straight quote that opens the next quotation
// rather than closing the last: a space before it and a word glued after
// it ("… told MUTV. "It was …").
func opensQuote(toks []token, j int) bool {
	return (toks[j].text == "\"" || toks[j].text == "'") && j > 0 && toks[j].start > toks[j-1].end &&
		j+1 < len(toks) && toks[j+1].start == toks[j].end && toks[j+1].isWord()
}

// plainOpener reports a word that opens sentences and is no name: after
// a capital letter and a dot it shows that the letter ended a sentence.
// sentenceCaseHeadline reports a first line written as a sentence-case headline
// ("EAM S Jaishankar to visit Beijing this month to prepare for talks")
// before a line that plainly opens a sentence ("In April this year, …"):
// without a full stop of its own it would run into that sentence. A
// wrapped line of prose ends on a word that goes on ("… said the", "…,
// and"), or the next line goes on from it.
func sentenceCaseHeadline(toks []token, next int) bool {
	last := toks[next-1]
	return next >= 4 && last.isWord() && !prepositions[last.lower()] && !determiners[last.lower()] && !last.is("and", "or", "but", "said", "says") &&
		toks[next].cap() && plainOpener(toks[next].text) && next+1 < len(toks) && toks[next+1].isWord()
}

func plainOpener(w string) bool {
	return w != "" && strings.Contains(" It The He She They This That There In On But His Her Its Their We ", " "+w+" ")
}

// wordAt is the word of ASCII letters at text[i].
func wordAt(text string, i int) string {
	j := i
	for j < len(text) && text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z' {
		j++
	}
	return text[i:j]
}

// endsSentence: a full stop, also the dot of "a.m." and of a dotted
// word ("… moved to Washington, D.C.", "after World War I.").
func endsSentence(t token) bool {
	return t.punct && strings.ContainsAny(t.text, ".!?…") || !t.punct && strings.HasSuffix(t.text, ".")
}

// bulletAt returns the number of tokens of a list bullet opening a line at
// toks[i] ("•", "-", "*", "1.", "2)"), or 0.
func bulletAt(toks []token, i int) int {
	if i+1 >= len(toks) || toks[i+1].newlines > 0 {
		return 0
	}
	t := toks[i]
	// The item may open on a quotation: "• "Because …" said Ann Lee."
	if t.punct && strings.ContainsAny(t.text, "•·▪◦‣●*-–—") && (toks[i+1].isWord() || i+2 < len(toks) && strings.ContainsAny(toks[i+1].text, "“\"") && toks[i+2].isWord()) {
		return 1
	}
	if !t.punct && len(t.text) <= 2 && t.text[0] >= '0' && t.text[0] <= '9' && i+2 < len(toks) &&
		(toks[i+1].text == "." || toks[i+1].text == ")") && toks[i+2].isWord() && toks[i+2].newlines == 0 {
		return 2
	}
	return 0
}

// datelineAt returns the number of tokens of a dateline opening a
// paragraph at toks[i], up to and including its dash: "KIEV (Reuters) -",
// "WASHINGTON —", "CAPE CANAVERAL, Fla. (AP) —", "GENEVA, May 3 (Reuters) -",
// "BEIJING, June 24 (Xinhua) --". A place in capitals, or a place followed
// by a news agency in brackets, is needed; otherwise it returns 0.
func datelineAt(toks []token, i int) int {
	allCaps, agency := false, false
	for j := i; j < len(toks) && j < i+14; j++ {
		t := toks[j]
		if j > i && t.newlines > 0 {
			return 0
		}
		switch {
		case t.punct && (t.text == "-" || t.text == "—" || t.text == "–"):
			if j == i || !(allCaps || agency) {
				return 0
			}
			n := j + 1
			for n < len(toks) && toks[n].punct && (toks[n].text == "-" || toks[n].text == "—") {
				n++
			}
			return n - i
		case t.punct && t.text == ":" && allCaps && j > i && (newsDay(toks[j-1]) || agency):
			// "SINDHUPALCHOWK, May 12:", the dateline of South Asian papers;
			// "CAIRO, June 3 (AFP):" with its agency.
			return j + 1 - i
		case t.punct && (t.text == "," || t.text == "." || t.text == "/"):
		case t.text == "(":
			if n := datedAgencyBracket(toks, j); n > 0 && allCaps {
				// "ANKARA (Pakistan Point News / Sputnik - 17th May, 2022)":
				// the bracket closes the dateline, no dash follows.
				return j + n - i
			}
			k := j + 1
			for k < len(toks) && k < j+5 && toks[k].text != ")" {
				if !toks[k].cap() && !toks[k].punct {
					return 0
				}
				k++
			}
			if k >= len(toks) || toks[k].text != ")" || k == j+1 {
				return 0
			}
			agency = true
			j = k
		case t.isWord() && isUpperWord(t.text) && len(t.text) >= 2:
			allCaps = true
		case t.isWord() && (t.cap() || dayNumber(t) > 0):
			if _, ok := month(t); !ok && !t.cap() && dayNumber(t) == 0 {
				return 0
			}
		default:
			return 0
		}
	}
	return 0
}

// datedAgencyBracket returns the length of a bracket at toks[j] that
// holds an agency and a date, up to and including ")": "(Pakistan Point
// News / Sputnik - 17th May, 2022)", "(UrduPoint News / WAM - 12th Jan,
// 2021)". Capitalised words first, then a dash, then the date alone.
func datedAgencyBracket(toks []token, j int) int {
	words, dash, dated := 0, false, false
	for k := j + 1; k < len(toks) && k < j+16; k++ {
		t := toks[k]
		switch {
		case t.text == ")":
			if words == 0 || !dash || !dated {
				return 0
			}
			return k + 1 - j
		case t.punct && (t.text == "-" || t.text == "–" || t.text == "—"):
			dash = true
		case t.punct && (t.text == "/" || t.text == "," || t.text == "."):
		case dash && (newsDay(t) || ordinalDay(t) || yearToken(t)):
			dated = true
		case !dash && t.cap():
			words++
		default:
			return 0
		}
	}
	return 0
}

func yearToken(t token) bool {
	return len(t.text) == 4 && t.text >= "1800" && t.text <= "2199" && strings.Trim(t.text, "0123456789") == ""
}

// agencyIn reports a news agency in brackets among a dateline's tokens.
func agencyIn(ts []token) bool {
	for k := 1; k+1 < len(ts); k++ {
		if ts[k].text == "(" && ts[k+1].cap() {
			return true
		}
	}
	return false
}

// newsDay reports a day number or a month: the date part of a dateline.
func newsDay(t token) bool {
	_, isMonth := month(t)
	return isMonth || dayNumber(t) > 0
}

// datedByline reports a short line of capitalised words, numbers and
// punctuation only that holds a month: "- Associated Press - Wednesday,
// November 7, 2012", "Reuters | Updated: 2016-10-07". Story sentences
// have lower-case words.
func datedByline(ts []token) bool {
	if len(ts) > 14 {
		return false
	}
	dated := false
	for _, t := range ts {
		if t.punct {
			continue
		}
		if _, isMonth := month(t); isMonth {
			dated = true
		}
		if !t.cap() && !(t.text[0] >= '0' && t.text[0] <= '9') {
			return false
		}
	}
	return dated
}

// isUpperWord reports whether a word has letters and all are capitals.
func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// furnitureOpeners start the lines that belong to the page, not to the
// story: bylines, credits, reading times, sharing and copyright notices.
var furnitureOpeners = []string{
	"by ", "reporting by", "writing by", "editing by", "additional reporting", "compiled by",
	"photograph:", "photo:", "photos:", "image:", "picture:", "credit:", "source:", "our standards",
	"read more", "advertisement", "share this", "related:", "follow us", "sign up", "copyright",
	"©", "all rights reserved", "updated:", "published:", "last updated", "min read", "(ap photo",
	"file photo", "click here", "subscribe", "a version of this article", "this article was", "(photo",
	"photo by", "photograph by", "pictured:", "getty images", "press release issued", "the press release issued",
	"news story", "from:", "part of:", "first published", "last modified",
	"you may also want to watch", "you may also like", "you might also like",
}

// markFurniture marks the sentences that are page furniture: a line that
// opens like a byline or a credit, and every sentence of a paragraph that
// is a photo caption (it holds a credit such as "REUTERS/Name", "AP
// Photo/Name" or "Photograph: Name/Getty Images").
func markFurniture(text string, sents []sentence) {
	// A page copied with single line breaks has no blank line: each line
	// is a paragraph, so a credit spreads only over its own line.
	breaks := 1
	for _, s := range sents {
		if s.toks[0].newlines >= 2 {
			breaks = 2
			break
		}
	}
	para := 0               // index of the first sentence of the current paragraph
	low := asciiLower(text) // lowered once, not sentence by sentence (lowerIn)
	for i := range sents {
		s := &sents[i]
		if i == 0 || int(s.toks[0].newlines) >= breaks {
			para = i
		}
		line := lowerIn(text, low, s.start, s.end)
		for _, o := range furnitureOpeners {
			if strings.HasPrefix(line, o) && (o != "by " || len(s.toks) <= 16) {
				s.furniture, s.headline = true, true
			}
		}
		if navOpening(line) { // navlines.go
			s.furniture, s.headline, s.nav = true, true, true
		}
		if strings.HasSuffix(line, "min read") || strings.HasSuffix(line, "minute read") {
			s.furniture, s.headline = true, true
		}
		if datedByline(s.toks) {
			s.furniture, s.headline = true, true
		}
		if hasCredit(s.toks) || photoCredit(line) {
			for k := para; k <= i; k++ {
				sents[k].furniture, sents[k].headline = true, true
			}
			// Without blank lines, the caption's lines before the credit's
			// describe the picture in the present ("… sits on the pad").
			for k := para - 1; breaks == 1 && k >= 0 && captionVerb(sents[k].toks); k-- {
				sents[k].furniture, sents[k].headline = true, true
			}
		}
		// A caption without a credit: a paragraph of one sentence that
		// describes a picture in the present ("X holds talks with Y in
		// Beijing, May 24, 2023.", "X (L) greets Y").
		alone := i+1 == len(sents) || sents[i+1].toks[0].newlines >= 2
		for k := para; k < i && alone; k++ {
			alone = sents[k].headline // only a title line before it
		}
		if alone && !s.furniture && captionLike(s.toks) {
			s.furniture, s.headline = true, true
		}
	}
}

// captionVerbs are the present-tense verbs of photo captions.
var captionVerbs = map[string]bool{
	"speaks": true, "holds": true, "greets": true, "attends": true, "looks": true, "walks": true,
	"waves": true, "poses": true, "arrives": true, "talks": true, "shakes": true, "gestures": true,
	"listens": true, "meets": true, "delivers": true, "addresses": true, "celebrates": true,
	"leaves": true, "stands": true, "sits": true, "reacts": true, "smiles": true, "signs": true,
}

// pictureVerbs are what a plural subject does in a picture, in the
// present ("Flames engulf trees …", "Protesters gather outside …"). They
// mark a caption only before a full date with its year at the end.
var pictureVerbs = setOf(`engulf|burn|gather|march|protest|pray|mourn|search|wait|queue|cheer|wave|walk|stand|sit|pose|celebrate|carry|inspect|watch|ride|rush|clear|attend|hold|greet|shake|speak|talk|react|look|arrive|leave|listen|rest|sort|fill|line|block|clash|flee|wade|swim|play|dance|work|fight`)

// pluralCaption reports a caption whose subject is plural: "Flames
// engulf trees along the road near Redding, California, September 5,
// 2018." The verb follows a plural noun among the first words, not an
// article, and the sentence closes on a day and a year.
func pluralCaption(toks []token) bool {
	n := len(toks)
	for n > 0 && toks[n-1].punct {
		n--
	}
	// "…, California, September 5, 2018.": the date set off by a comma
	// after the place, as agencies write it; "since March 9, 2023" is
	// the story's.
	if n < 5 || !yearToken(toks[n-1]) || toks[n-2].text != "," || dayNumber(toks[n-3]) == 0 || toks[n-5].text != "," {
		return false
	}
	if _, ok := month(toks[n-4]); !ok {
		return false
	}
	for j := 1; j < len(toks) && j < 8; j++ {
		t, prev := toks[j], toks[j-1]
		if !prev.isWord() || pastVerbs[prev.lower()] != "" || speechVerbs[prev.lower()] || auxiliaries[prev.lower()] {
			return false // "Officials said farmers burn …": a clause after a verb
		}
		if pictureVerbs[t.lower()] && isPlural(prev.lower()) && !t.cap() {
			return true
		}
	}
	return false
}

// captionLike reports a sentence that reads as a photo caption: a
// position mark ("(L)", "(C)") or a caption verb in the present among its
// first words, with a date closing it.
func captionLike(toks []token) bool {
	if pluralCaption(toks) {
		return true
	}
	for j := 0; j+3 < len(toks); j++ {
		// The mark comes before the picture's verb or the next person;
		// "Gov. Bob McDonnell (R)." and "(R) said" give a party.
		next := toks[j+3]
		if toks[j].text == "(" && toks[j+2].text == ")" && toks[j+1].is("L", "R", "C", "left", "right", "centre", "center", "front", "back") &&
			(next.text == "," || next.isWord() && pastVerbs[next.lower()] == "" && !speechVerbs[next.lower()]) {
			return true
		}
	}
	if !captionVerb(toks) {
		return false
	}
	for j := len(toks) - 1; j >= 0 && j >= len(toks)-6; j-- {
		if _, ok := month(toks[j]); ok {
			return true
		}
	}
	return false
}

// captionVerb reports a caption verb in the present among the first words.
func captionVerb(toks []token) bool {
	// A quotation is said, never a picture's description.
	if len(toks) > 0 && (toks[0].text == "\"" || toks[0].text == "“") {
		return false
	}
	for j := 1; j < len(toks) && j < 14; j++ {
		// After "the", "at" or "their" the word is a noun: "At the
		// talks both sides agreed …", "their talks".
		if toks[j-1].is("the", "a", "an", "at", "of", "in", "and", "his", "her", "their", "its", "our") {
			continue
		}
		if captionVerbs[toks[j].lower()] || toks[j].is("is", "are") && j+1 < len(toks) && toks[j+1].is("seen", "pictured", "shown") {
			return true
		}
	}
	return false
}

// photoCredit reports a credit in words: "(Photo by Jane Doe for The
// Ledger)", "Photograph: Jane Doe/Getty Images".
func photoCredit(line string) bool {
	// Each credit below holds "photo", "/", "handout" or "courtesy": a
	// line with none is searched for none of them (markFurniture asks of
	// every sentence).
	marked := strings.Contains(line, "photo") || strings.IndexByte(line, '/') >= 0 ||
		strings.Contains(line, "handout") || strings.Contains(line, "courtesy")
	for _, c := range []string{"(photo by", "(photo:", "photograph:", "(ap photo", "(reuters photo", "(afp photo", "/getty images", "/ getty images", "/afp via getty", "/shutterstock", "/pa wire", "/pa media", "/epa",
		"/handout", "handout via ", "photo courtesy", "image courtesy", "courtesy photo"} {
		if marked && strings.Contains(line, c) {
			return true
		}
	}
	if marked && bracketCredit(line) { // bracketcredit.go
		return true
	}
	// A credit closing the caption's paragraph: "… on July 10, 2016. AFP
	// PHOTO", "(photo credit: AP)", "… Wednesday. (Lunar Works via AP)",
	// "Courtesy State Parks/Handout via REUTERS", "[Xinhua/Reuters Photo] |".
	line = strings.TrimSpace(line)
	// A sentence closes on a full stop; a credit does not ("… data sent
	// via AP." is the story's).
	sentence := strings.HasSuffix(line, ".")
	line = strings.TrimRight(line, ").]| ")
	for _, c := range []string{"afp photo", "ap photo", "reuters photo", "epa photo", "xinhua photo", "photo credit: ap", "photo credit: reuters", "photo credit: afp"} {
		if strings.HasSuffix(line, c) {
			return true
		}
	}
	return !sentence && creditedVia(line)
}

// creditAgencies are the picture agencies a caption's credit names last.
var creditAgencies = []string{"reuters", "afp", "ap", "getty images", "getty", "epa", "xinhua", "pa", "upi", "shutterstock", "alamy", "bloomberg", "anadolu", "efe", "ansa", "aap", "reuters photo", "ap photo"}

// creditedVia reports a line (lower case, closing marks trimmed) that
// ends on a picture agency after "via" or a slash: "… via REUTERS",
// "Name / AFP". A story sentence names an agency after a verb or "by"
// ("told Reuters", "reported by AFP"), never after these.
func creditedVia(line string) bool {
	for _, a := range creditAgencies {
		rest, ok := strings.CutSuffix(line, a)
		if !ok {
			continue
		}
		rest = strings.TrimRight(rest, " ")
		if strings.HasSuffix(rest, " via") || strings.HasSuffix(rest, "/") {
			return true
		}
	}
	return false
}

// hasCredit reports whether tokens hold a photo credit: an agency in
// capitals, a slash and a name ("REUTERS/Vasily Fedosenko", "AFP/Getty"),
// or "Photo/" ("AP Photo/Jane Doe").
func hasCredit(toks []token) bool {
	for j := 1; j+1 < len(toks); j++ {
		if toks[j].text != "/" || !toks[j+1].cap() {
			continue
		}
		// "(Xinhua/Zhang Ling)", "[Xinhua/Reuters Photo]": an agency and
		// a name in brackets.
		if j >= 2 && (toks[j-2].text == "(" || toks[j-2].text == "[") && toks[j-1].cap() {
			return true
		}
		prev := toks[j-1]
		if prev.isWord() && (isUpperWord(prev.text) && len(prev.text) >= 2 || prev.text == "Photo" || prev.text == "Images") {
			return true
		}
	}
	return false
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
// opening quotes and brackets; -1 when it has none.
func (s sentence) firstWord() int {
	if i := firstWordIn(s.toks); i < len(s.toks) {
		return i
	}
	return -1
}

// firstWordIn is the index of the first word of toks, len(toks) when
// there is none.
func firstWordIn(toks []token) int {
	for i := range toks { // by index: no copy of each token
		// "[7] A Test match …": a reference mark glued to the sentence
		// before is no word of this one (twodates.go).
		if !toks[i].punct && !referenceMarkAt(toks, i-1) {
			return i
		}
	}
	return len(toks)
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

// prepositions open a phrase (and a few are a verb's particle: "up").
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "to": true, "into": true, "over": true, "from": true, "by": true,
	"with": true, "for": true, "out": true, "up": true, "off": true, "down": true, "about": true, "under": true,
	"after": true, "before": true, "between": true, "against": true, "during": true, "since": true,
	"through": true, "across": true, "within": true, "without": true, "among": true, "near": true,
}
