package format

import (
	"bytes"
	"fmt"
	"iter"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"factquiz/quiz"
)

// Blank replaces the answer block of a GIFT missing-word question in the
// prompt ("Two plus {=two} equals four." becomes "Two plus _____ equals four.").
const Blank = "_____"

// span is a piece of a file's text that knows where each of its bytes
// is in the file, so that problems found in it point at the right place
// even after comment lines have been taken out of a question.
type span struct {
	s    string
	base int   // index of s[0] in the chunk the span was cut from
	segs []seg // the chunk's pieces, each contiguous in the file
}

// seg says that the chunk's bytes from index at on come from the file
// at offset off on.
type seg struct{ at, off int }

func (sp span) sub(i, j int) span { return span{sp.s[i:j], sp.base + i, sp.segs} }

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f'
}

func (sp span) trim() span {
	i, j := 0, len(sp.s)
	for i < j && isSpace(sp.s[i]) {
		i++
	}
	for j > i && isSpace(sp.s[j-1]) {
		j--
	}
	return sp.sub(i, j)
}

// off returns the file offset of byte i of the span (i may be len(s),
// just after the span).
func (sp span) off(i int) int {
	i = sp.base + min(max(i, 0), len(sp.s))
	k := sort.Search(len(sp.segs), func(k int) bool { return sp.segs[k].at > i }) - 1
	if k < 0 {
		return 0
	}
	return sp.segs[k].off + i - sp.segs[k].at
}

// index returns the index of the first unescaped occurrence of sub at or
// after from, or -1.
func (sp span) index(sub string, from int) int {
	s := sp.s
	for i := from; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], sub) {
			return i
		}
	}
	return -1
}

// indexAny returns the index of the first unescaped byte of chars.
func (sp span) indexAny(chars string, from int) int {
	s := sp.s
	for i := from; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.IndexByte(chars, s[i]) >= 0 {
			return i
		}
	}
	return -1
}

// lastIndex returns the index of the last unescaped occurrence of sub.
func (sp span) lastIndex(sub string) int {
	last := -1
	for i := sp.index(sub, 0); i >= 0; i = sp.index(sub, i+1) {
		last = i
	}
	return last
}

// unescape turns GIFT's escapes (\~ \= \# \{ \} \: \\ and \n, the
// ones Moodle's importer knows) into the characters they stand for; any
// other backslash is kept, as Moodle shows it. The one exception is -\>,
// read as -> : WriteGIFT writes it where GIFT has no other way to keep an
// arrow from making a matching question.
func unescape(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch c := s[i+1]; c {
			case '~', '=', '#', '{', '}', ':', '\\':
				b.WriteByte(c)
				i++
				continue
			case '>':
				if i > 0 && s[i-1] == '-' {
					b.WriteByte(c)
					i++
					continue
				}
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

type textFormat int

const (
	formatMoodle textFormat = iota
	formatHTML
	formatPlain
	formatMarkdown
)

var formatMarkers = map[string]textFormat{"[moodle]": formatMoodle, "[html]": formatHTML, "[plain]": formatPlain, "[markdown]": formatMarkdown}

// takeFormat strips a leading text-format marker ([html], [plain],
// [markdown], [moodle]) and returns the format, or def when there is none.
// Only the start of the text is trimmed.
func takeFormat(sp span, def textFormat) (span, textFormat) {
	i := 0
	for i < len(sp.s) && isSpace(sp.s[i]) {
		i++
	}
	sp = sp.sub(i, len(sp.s))
	if strings.HasPrefix(sp.s, "[") {
		if end := strings.IndexByte(sp.s, ']'); end > 0 {
			if f, ok := formatMarkers[strings.ToLower(sp.s[:end+1])]; ok {
				return sp.sub(end+1, len(sp.s)), f
			}
		}
	}
	return sp, def
}

// plainText reads a piece of GIFT text in format f: its plain words for
// the question, its formatting (HTML tags Moodle shows, Markdown) kept in
// p.markup for the app to show, and a warning for what is left out.
func (p *giftParser) plainText(sp span, f textFormat) string {
	return p.markGIFT(unescape(sp.s), f, sp.off(0))
}

type giftParser struct {
	name string
	li   *lineIndex
	ps   problemList
	// taken and seen hold question ids: ids derived from titles, and
	// those given so far.
	taken map[string]bool
	seen  map[string]int
	nerr  int // errors (not warnings) so far
	// markup is the formatting of the texts of the question being read
	// (quiz.Question.Markup).
	markup map[string]string
}

func (p *giftParser) add(off int, warning bool, format string, args ...any) {
	line, col := p.li.pos(off)
	p.ps.addf(Problem{File: p.name, Line: line, Col: col, Warning: warning}, format, args...)
	if !warning {
		p.nerr++
	}
}

func (p *giftParser) errorf(off int, format string, args ...any) { p.add(off, false, format, args...) }
func (p *giftParser) warnf(off int, format string, args ...any)  { p.add(off, true, format, args...) }

// skippedPrefix starts the message of every warning about a whole
// question that the app leaves out (an essay, a description, an Aiken
// question), so that SkipsQuestion tells them from other warnings.
const skippedPrefix = "question skipped: "

// skipf warns that the question at off is left out.
func (p *giftParser) skipf(off int, format string, args ...any) {
	p.add(off, true, skippedPrefix+format, args...)
}

// SkipsQuestion reports whether p is a warning that a whole question of
// the file is not played (Moodle imports it, the app cannot play it):
// factquiz check counts those as failures unless told to allow them.
func SkipsQuestion(p Problem) bool { return p.Warning && strings.HasPrefix(p.Msg, skippedPrefix) }

// giftChunk is one question's lines (without comments) and the id a
// comment line before or inside it gives ([id:...]).
type giftChunk struct {
	text  span
	id    string
	hasID bool // a comment gave the id (maybe empty): later ones are not read
}

// giftChunks splits a GIFT file into questions: runs of lines separated
// by blank lines, without the comment lines (those starting with //). It
// calls each with one question at a time, so that a file of millions of
// blocks is never held as a list of them; a question's text is one
// piece of the file (one seg) unless comment lines cut it. The chunk's
// segs are reused for the next one: each must not keep them. The header
// comments (those before the first question) that give the quiz's
// details are set on header, when it is not nil.
func giftChunks(data []byte, header *quiz.Quiz, each func(giftChunk)) {
	var buf []byte // the question's text, once comment lines cut it
	var segs []seg
	var cur giftChunk
	inQuestion, any := false, false
	first, contentEnd := 0, 0 // where the question's first line starts and its last ends
	flush := func() {
		if inQuestion {
			// A copy of the question's own bytes: what the quiz keeps
			// of it must not hold the whole file in memory.
			if len(segs) == 1 {
				cur.text.s = string(data[first:contentEnd])
			} else {
				cur.text.s = string(buf)
			}
			cur.text.segs = segs
			each(cur)
			any = true
			cur = giftChunk{}
			segs = segs[:0]
		}
		inQuestion = false
	}
	start := 0
	for start < len(data) {
		end := len(data)
		if i := bytes.IndexByte(data[start:], '\n'); i >= 0 {
			end = start + i
		}
		next := end
		if next < len(data) {
			next++ // include the newline
		}
		line := data[start:next]
		trimmed := bytes.TrimSpace(line)
		switch {
		case len(trimmed) == 0:
			flush()
		case bytes.HasPrefix(trimmed, []byte("//")):
			comment := strings.TrimSpace(string(trimmed[2:]))
			if header != nil && !any && !inQuestion {
				setHeaderField(header, comment)
			}
			if !cur.hasID {
				cur.id, cur.hasID = commentID(comment)
			}
		case !inQuestion:
			inQuestion, first, contentEnd = true, start, next
			segs = append(segs, seg{at: 0, off: start})
		case start == contentEnd:
			contentEnd = next
			if len(segs) > 1 {
				buf = append(buf, line...)
			}
		default: // after a comment line inside the question
			if len(segs) == 1 {
				buf = append(buf[:0], data[first:contentEnd]...)
			}
			segs = append(segs, seg{at: len(buf), off: start})
			contentEnd = next
			buf = append(buf, line...)
		}
		start = next
	}
	flush()
}

var idCommentRE = regexp.MustCompile(`\[id:((?:\\\]|[^\]])+)\]`)

// commentID returns the question id given in a comment as [id:...],
// Moodle's way of keeping a question's ID number in GIFT.
func commentID(comment string) (id string, ok bool) {
	if m := idCommentRE.FindStringSubmatch(comment); m != nil {
		return strings.TrimSpace(strings.ReplaceAll(m[1], `\]`, "]")), true
	}
	return "", false
}

// giftItem is a question block as parseGIFT first reads it: its title
// and the rest, the id a comment gives, and the title of a $CATEGORY
// line at its start.
type giftItem struct {
	chunk, title  span
	hasTitle      bool
	titleUnclosed bool // "::" opens a title that no "::" ends
	at            int  // file offset of the block's text after $CATEGORY
	id            string
	category      string // the title a $CATEGORY line gives, if any
	categoryOnly  bool   // the block is only a $CATEGORY line
}

// readGIFTItem takes a question block's $CATEGORY line and ::title::
// off its text.
func readGIFTItem(ch giftChunk) giftItem {
	c := ch.text.trim()
	it := giftItem{id: Slug(ch.id)}
	if strings.HasPrefix(c.s, "$CATEGORY:") {
		end := strings.IndexByte(c.s, '\n')
		if end < 0 {
			end = len(c.s)
		}
		cat := strings.TrimSpace(c.s[len("$CATEGORY:"):end])
		parts := strings.Split(strings.ReplaceAll(cat, "//", "\x00"), "/")
		it.category = strings.TrimSpace(strings.ReplaceAll(parts[len(parts)-1], "\x00", "/"))
		if it.category == "top" || strings.HasPrefix(it.category, "$") {
			it.category = ""
		}
		c = c.sub(end, len(c.s)).trim()
		if c.s == "" {
			it.categoryOnly = true
			return it
		}
	}
	it.chunk, it.at = c, c.off(0)
	if strings.HasPrefix(c.s, "::") {
		if end := c.index("::", 2); end >= 0 {
			it.title, it.hasTitle = c.sub(2, end), true
			it.chunk = c.sub(end+2, len(c.s))
		} else {
			it.titleUnclosed = true
			it.chunk = c.sub(2, len(c.s))
		}
	}
	return it
}

// parseGIFT reads a GIFT file in two passes over its blocks, neither of
// which keeps them: the first notes the ids that titles and comments
// give, so that default ids avoid them; the second reads the questions.
func parseGIFT(name string, data []byte) (*quiz.Quiz, Problems) {
	p := &giftParser{name: name, li: newLineIndex(data), ps: problemList{file: name}, taken: map[string]bool{}, seen: map[string]int{}}
	// Header comments "// title: ..." (as WriteGIFT writes them) give
	// the quiz's details.
	q := &quiz.Quiz{}
	blocks, category := 0, ""
	giftChunks(data, q, func(ch giftChunk) {
		blocks++
		it := readGIFTItem(ch)
		if category == "" {
			category = it.category
		}
		switch {
		case it.categoryOnly:
		case it.id != "":
			p.taken[it.id] = true
		case it.hasTitle:
			if s := Slug(unescape(it.title.s)); s != "" {
				p.taken[s] = true
			}
		}
	})
	if q.Title == "" {
		q.Title = category
	}
	// A question has a '{' and at least a few bytes: "Q}" 4 million times
	// needs no room, nor "{}" 3 million times much.
	q.Questions = make([]quiz.Question, 0, min(blocks, bytes.Count(data, []byte("{")), len(data)/64))
	pos := 0
	giftChunks(data, nil, func(ch giftChunk) {
		it := readGIFTItem(ch)
		if it.categoryOnly {
			return
		}
		pos++
		if it.titleUnclosed {
			p.errorf(it.at, "question title is not closed: end it with :: (or write \\: for a colon)")
		}
		if question, ok := p.question(it.chunk, it.title, it.hasTitle, it.id, pos); ok {
			q.Questions = append(q.Questions, question)
		}
	})
	if blocks == 0 {
		p.errorf(0, "file has no questions: write each question with its answers in braces, like: Capital of France? {=Paris ~Rome}")
	}
	if len(q.Questions) == 0 {
		return nil, p.ps.list()
	}
	return q, p.ps.list()
}

func (p *giftParser) questionID(title span, hasTitle bool, id string, pos int, at int) string {
	if id == "" && hasTitle {
		id = Slug(unescape(title.s))
	}
	id, base, first, dup := p.uniqueID(id, pos, at)
	if dup {
		line, col := p.li.pos(first)
		what := fmt.Sprintf("title %q", strings.TrimSpace(unescape(title.s)))
		if !hasTitle {
			what = fmt.Sprintf("id %q", base)
		}
		p.warnf(at, "duplicate question %s (first at %d:%d): this question's id becomes %q; give each question its own title", what, line, col, id)
	}
	return id
}

// uniqueID makes id, the id a question at offset at asks for ("" for
// none: then "q" and its position), unique in the file: an id given
// before gets -2, -3, .... dup says it was given before, as base, by the
// question at offset first.
func (p *giftParser) uniqueID(id string, pos, at int) (unique, base string, first int, dup bool) {
	if id == "" {
		id = "q" + strconv.Itoa(pos)
		for k := 2; p.taken[id]; k++ {
			id = "q" + strconv.Itoa(pos) + "-" + strconv.Itoa(k)
		}
		p.taken[id] = true
	}
	base = id
	if first, dup = p.seen[id]; dup {
		for k := 2; ; k++ {
			id = base + "-" + strconv.Itoa(k)
			if _, used := p.seen[id]; !used && !p.taken[id] {
				break
			}
		}
	}
	p.seen[id] = at
	return id, base, first, dup
}

// question parses one question (without its title).
func (p *giftParser) question(c span, title span, hasTitle bool, id string, pos int) (quiz.Question, bool) {
	start := c.off(0)
	if hasTitle {
		start = title.off(0) - 2
	}
	var q quiz.Question
	if hasTitle {
		q.Title = strings.TrimSpace(unescape(title.s))
	}
	c = c.trim()
	var m []int
	if strings.Contains(c.s, ":") { // a Cloze answer has one; the search costs more
		m = clozeRE.FindStringIndex(c.s)
	}
	if m != nil {
		// Moodle's GIFT import reads only the first {...} and keeps its code
		// ("1:SA:") as one of the answers: nonsense a learner would see.
		code := strings.TrimSpace(strings.TrimPrefix(c.s[m[0]:m[1]], "{"))
		p.errorf(c.off(m[0]), "this is a Cloze (embedded answers) question, which GIFT cannot hold: Moodle's GIFT import would grade only the first gap, with %q as one of its answers, and show any other gap to learners as typed; write one question per gap, like: Paris is the capital of {=France ~Spain}, or import the Cloze question as Moodle XML", code)
		return q, false
	}
	open := c.index("{", 0)
	if stray := c.index("}", 0); stray >= 0 && (open < 0 || stray < open) {
		p.errorf(c.off(stray), "'}' without '{': write \\} for a literal brace")
		return q, false
	}
	if open < 0 {
		switch {
		case strings.TrimSpace(c.s) == "":
			// Moodle makes an empty description of a title on its own.
			p.skipf(start, "title %q has no question after it, and Moodle makes an empty description of it: if the question follows, remove the blank line after the title", q.Title)
		case looksAiken(c.s):
			p.skipf(start, "this looks like an Aiken question; put it in a .txt file of its own or write it in GIFT as: %s", aikenAsGIFT(c.s))
		default:
			p.skipf(start, "text without an answer block {...} is a description in Moodle, which the app does not show")
		}
		return q, false
	}
	close := -1
	for i := open + 1; i < len(c.s); i++ {
		if c.s[i] == '\\' {
			i++
			continue
		}
		if c.s[i] == '{' {
			ol, oc := p.li.pos(c.off(open))
			p.errorf(c.off(i), "unclosed '{' opened at %d:%d: close the answers with '}' before another '{' (or write \\{ for a literal brace)", ol, oc)
			return q, false
		}
		if c.s[i] == '}' {
			close = i
			break
		}
	}
	if close < 0 {
		ol, oc := p.li.pos(c.off(open))
		p.errorf(c.off(len(c.s)), "unclosed '{' opened at %d:%d: close the answers with '}'", ol, oc)
		return q, false
	}
	after := c.sub(close+1, len(c.s)).trim()
	if second := after.index("{", 0); second >= 0 {
		if strings.TrimSpace(c.s[open+1:close]) == "" {
			p.errorf(c.off(open), "braces in text must be written \\{ \\}: this {} and the answers in braces after it make no question")
		} else {
			// Moodle grades the first block and shows this one as typed,
			// its right answer marked with = in front of the learner.
			p.errorf(after.off(second), "second answer block in one question: Moodle would grade only the first one and show this one to learners as typed, right answer included; make one question per gap (separate them with a blank line), or write \\{ \\} for braces in text")
		}
		return q, false
	}
	if stray := after.index("}", 0); stray >= 0 {
		p.errorf(after.off(stray), "'}' without '{': write \\} for a literal brace")
		return q, false
	}
	before, f := takeFormat(c.sub(0, open), formatMoodle)
	prompt := unescape(before.s)
	if after.s != "" {
		// Missing word: the answer block is a blank in the sentence.
		prompt += Blank + unescape(c.s[close+1:])
	}
	p.markup = nil
	q.Prompt = p.markGIFT(prompt, f, before.off(0))
	q.ID = p.questionID(title, hasTitle, id, pos, start)
	if q.Prompt == "" || q.Prompt == Blank {
		p.errorf(start, "question has an empty prompt: write the question before the answers in braces")
		return q, false
	}
	if bareBlank(q.Prompt) {
		p.errorf(start, bareBlankMsg)
		return q, false
	}
	block := c.sub(open+1, close)
	before2 := p.nerr
	ok := p.answers(&q, block, f, c.off(open))
	q.Markup = p.markup
	if t := settleFormatted(&q); t != "" && ok {
		p.errorf(start, "%s", repeatedMsg(t))
		return q, false
	}
	return q, ok && p.nerr == before2
}

// clozeRE finds the start of a Cloze answer such as {1:SHORTANSWER:=Paris}
// or {:MC:~a~=b}.
var clozeRE = regexp.MustCompile(`\{\s*\d*\s*:\s*(?i:SHORTANSWER|SA|MW|SHORTANSWER_C|SAC|MWC|NUMERICAL|NM|MULTICHOICE|MC|MULTICHOICE_[VHS]+|MC[VHS]+|MULTIRESPONSE|MR|MULTIRESPONSE_[HS]+|MR[HS]+)\s*:`)

var (
	pastedAikenOptionRE = regexp.MustCompile(`^([A-Z])[.)][ \t]+(\S.*)$`)
	pastedAikenAnswerRE = regexp.MustCompile(`(?i)^ANSWER[ \t]*:[ \t]*([A-Z])?`)
)

// looksAiken reports whether text without braces has the lines of an
// Aiken question: options "A. ..." or "B) ..." or an ANSWER: line.
func looksAiken(s string) bool {
	options, lines, answer := 0, 0, false
	for line := range splitLines(s) {
		lines++
		line = strings.TrimSpace(line)
		switch {
		case pastedAikenOptionRE.MatchString(line):
			options++
		case pastedAikenAnswerRE.MatchString(line):
			answer = true
		}
	}
	// A lone option line is an Aiken option gone astray too.
	return answer || options >= 2 || options == lines
}

// splitLines yields the lines of s as strings.Split(s, "\n") returns
// them, without making a list of them.
func splitLines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for {
			line, rest, more := strings.Cut(s, "\n")
			if !yield(line) || !more {
				return
			}
			s = rest
		}
	}
}

// maxOptionsShown is how many options a message that rewrites an Aiken
// question shows (Aiken letters them A to Z).
const maxOptionsShown = 26

// aikenAsGIFT writes an Aiken question the way GIFT says it, shortened,
// for a message: "What is 2+2? {~3 =4}".
func aikenAsGIFT(s string) string {
	var prompt []string // its first words: enough for firstWords
	promptRunes := 0
	var options []string
	var letters []byte
	right := byte(0)
	more := false // options left out
	for line := range splitLines(s) {
		line = strings.TrimSpace(line)
		if m := pastedAikenOptionRE.FindStringSubmatch(line); m != nil {
			if len(options) == maxOptionsShown {
				more = true
				continue
			}
			letters = append(letters, m[1][0])
			options = append(options, firstWords(m[2]))
		} else if m := pastedAikenAnswerRE.FindStringSubmatch(line); m != nil {
			if m[1] != "" {
				right = m[1][0]
			}
		} else if len(options) == 0 {
			for _, w := range strings.Fields(line) {
				if promptRunes > firstWordsRunes+1 { // joined, more than firstWords keeps
					break
				}
				prompt = append(prompt, w)
				promptRunes += 1 + utf8.RuneCountInString(w)
			}
		}
	}
	var b strings.Builder
	if p := firstWords(strings.Join(prompt, " ")); p != "" {
		b.WriteString(p)
	} else {
		b.WriteString("Question?")
	}
	b.WriteString(" {")
	for i, o := range options {
		if i > 0 {
			b.WriteByte(' ')
		}
		if letters[i] == right {
			b.WriteByte('=')
		} else {
			b.WriteByte('~')
		}
		b.WriteString(o)
	}
	if more {
		b.WriteString(" …")
	}
	b.WriteString("}")
	return b.String()
}

// giftAnswer is one answer of a block: marked with =, with ~, or (the
// first one only) with nothing.
type giftAnswer struct {
	mark     byte // '=', '~' or 0 for a first answer without a mark
	at       int  // offset of the mark (or of the answer when unmarked)
	weight   float64
	weighted bool
	// weightText is the weight as written ("%50%").
	weightText string
	text       span
	feedback   string
	// then is the mark right after this one when the answer between is
	// empty ("~=some"), or 0.
	then byte
}

var (
	weightRE = regexp.MustCompile(`^%([^%\n]*)%`)
	// unclosedWeightRE is a weight that lacks its closing %; any other
	// text after a lone % is answer text, as in Moodle.
	unclosedWeightRE = regexp.MustCompile(`^%-?[0-9]`)
)

// equalsHint ends the messages about an answer that an '=' may have cut
// in two, as in Moodle an '=' inside an answer starts a new right one.
const equalsHint = " (an '=' inside an answer starts a new answer: write \\= for a literal '=')"

// answers parses the inside of an answer block, deciding the question
// type as Moodle's importer does.
func (p *giftParser) answers(q *quiz.Question, block span, f textFormat, openAt int) bool {
	// General feedback: after the last ####.
	if g := block.lastIndex("####"); g >= 0 {
		q.Explanation = p.plainText(takeFormat(block.sub(g+4, len(block.s)), f))
		block = block.sub(0, g)
	}
	block = block.trim()
	switch {
	case block.s == "":
		p.skipf(openAt, "an essay (empty {}) cannot be played in the app")
		return false
	case block.s[0] == '#':
		return p.numerical(q, block.sub(1, len(block.s)).trim(), f)
	case block.index("~", 0) >= 0:
		return p.choices(q, block, f, openAt)
	case block.index("=", 0) >= 0 && block.index("->", 0) >= 0:
		return p.matching(q, block, f, openAt)
	}
	tfText := block
	if h := block.index("#", 0); h >= 0 {
		tfText = block.sub(0, h)
	}
	word := strings.TrimSpace(tfText.s)
	switch upper := strings.ToUpper(word); upper {
	case "T", "TRUE", "F", "FALSE":
		if word != upper {
			p.warnf(tfText.off(0), "Moodle reads {%s} as a short answer, not true/false: write {%s} in capitals", word, upper)
		}
		q.Type = quiz.TrueFalse
		q.Truth = strings.HasPrefix(upper, "T")
		if h := block.index("#", 0); h >= 0 {
			rest := block.sub(h+1, len(block.s))
			wrong, right := rest, span{}
			if h2 := rest.index("#", 0); h2 >= 0 {
				wrong, right = rest.sub(0, h2), rest.sub(h2+1, len(rest.s))
				if h3 := right.index("#", 0); h3 >= 0 {
					p.errorf(right.off(h3), "true/false answer has more than two feedbacks: write {T#feedback if wrong#feedback if right}")
					return false
				}
			}
			q.FeedbackWrong = p.plainText(takeFormat(wrong, f))
			if right.segs != nil {
				q.FeedbackRight = p.plainText(takeFormat(right, f))
			}
		}
		return true
	}
	return p.shortAnswers(q, block, f)
}

// splitAnswers splits a block at its unescaped = and ~ marks, reading
// each answer's %weight% and #feedback, and calls each with one answer
// at a time (a block of millions of answers is never held as a list).
// Text before the first mark is an answer without a mark, as in Moodle
// ({Paris} accepts "Paris"). It returns whether every answer read well.
func (p *giftParser) splitAnswers(block span, f textFormat, each func(giftAnswer)) bool {
	ok := true
	first := block.indexAny("=~", 0)
	if first != 0 {
		end := first
		if end < 0 {
			end = len(block.s)
		}
		a, good := p.answerBody(0, block.off(0), block.sub(0, end), f)
		ok = good
		each(a)
	}
	for i := first; i >= 0 && i < len(block.s); {
		next := block.indexAny("=~", i+1)
		end := next
		if end < 0 {
			end = len(block.s)
		}
		a, good := p.answerBody(block.s[i], block.off(i), block.sub(i+1, end), f)
		if next == i+1 {
			a.then = block.s[next]
		}
		ok = ok && good
		each(a)
		i = next
	}
	return ok
}

// countMarks returns how many answers of a block are marked with mark.
func countMarks(block span, mark byte) int {
	n := 0
	for i := block.indexAny(string(mark), 0); i >= 0; i = block.indexAny(string(mark), i+1) {
		n++
	}
	return n
}

// answerBody reads one answer after its mark: %weight%, text, #feedback.
func (p *giftParser) answerBody(mark byte, at int, body span, f textFormat) (giftAnswer, bool) {
	a := giftAnswer{mark: mark, at: at}
	ok := true
	trimmed := body.trim()
	if strings.HasPrefix(trimmed.s, "%") { // else there is no weight to look for
		if m := weightRE.FindStringSubmatch(trimmed.s); m != nil {
			v, err := parseNumber(m[1])
			if err != nil {
				p.errorf(trimmed.off(0), "weight %s is not a number: write a percentage like %%50%%", m[0])
				ok = false
			} else if v < -100 || v > 100 {
				p.errorf(trimmed.off(0), "weight %s is out of range: use a percentage from -100 to 100", m[0])
				ok = false
			}
			a.weight, a.weighted, a.weightText = v, true, m[0]
			trimmed = trimmed.sub(len(m[0]), len(trimmed.s))
		} else if unclosedWeightRE.MatchString(trimmed.s) {
			markText := "the = or ~"
			if mark != 0 {
				markText = string(mark)
			}
			p.errorf(trimmed.off(0), "weight is not closed: write a percentage like %%50%% right after %s", markText)
			ok = false
		}
	}
	if h := trimmed.index("#", 0); h >= 0 {
		a.feedback = p.plainText(takeFormat(trimmed.sub(h+1, len(trimmed.s)), f))
		trimmed = trimmed.sub(0, h)
	}
	a.text = trimmed.trim()
	return a, ok
}

// firstWordsRunes is how many characters of a text firstWords keeps.
const firstWordsRunes = 30

// firstWords shortens a text for a message: its first 30 characters,
// spaces collapsed.
func firstWords(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > firstWordsRunes {
		return string(r[:firstWordsRunes]) + "…"
	}
	return s
}

func (p *giftParser) choices(q *quiz.Question, block span, f textFormat, openAt int) bool {
	// As in Moodle: one answer or more marked = make a question with one
	// pick, in which every = answer is fully right; without =, the
	// weights make a "select all that apply" question.
	q.Type = quiz.Multiple
	if countMarks(block, '=') > 0 {
		q.Type = quiz.Single
	}
	ok := true
	index := map[string]int{}
	read := p.splitAnswers(block, f, func(a giftAnswer) {
		text := p.plainText(takeFormat(a.text, f))
		weight, weighted := a.weight, a.weighted
		if a.mark == '=' && weighted {
			// Moodle reads no weight after = in a choice question: the
			// answer is fully right and the weight is part of its text.
			p.warnf(a.at, "Moodle gives full credit to an answer marked = and shows %s as part of its text: for partial credit write ~%s%s", a.weightText, a.weightText, text)
			text = strings.TrimSpace(unescape(a.weightText) + text)
			weight, weighted = 0, false
		}
		if text == "" {
			// "~=some" marks the right answer: Moodle reads an empty
			// answer there, and leaves empty answers out.
			if tildeEquals := a.mark == '~' && a.then == '='; !tildeEquals {
				p.warnf(a.at, "answer after %c is empty, and Moodle leaves it out: remove the %c or write the answer%s", a.mark, a.mark, equalsHint)
			}
			return
		}
		if a.mark == 0 && !weighted {
			p.warnf(a.at, "answer %q has no = or ~ before it, and Moodle counts it as a wrong answer: mark right answers with = and wrong ones with ~", firstWords(text))
		}
		c := quiz.Choice{Text: text, Feedback: a.feedback}
		if weighted {
			c.Weight = weight
		}
		if q.Type == quiz.Single {
			c.Correct = a.mark == '='
		} else {
			c.Correct = weight > 0
		}
		if !p.addChoice(q, index, c, a.at) {
			ok = false
		}
	})
	right := 0
	for _, c := range q.Choices {
		if c.Correct {
			right++
		}
	}
	switch {
	case right == 0 && ok:
		p.errorf(openAt, "choice question has no right answer: mark one with =")
		return false
	case len(q.Choices) < 2 && ok:
		p.errorf(openAt, "choice question needs at least 2 answers: add wrong answers with ~")
		return false
	}
	return ok && read
}

func (p *giftParser) shortAnswers(q *quiz.Question, block span, f textFormat) bool {
	q.Type = quiz.Text
	seen := map[string]bool{}
	firstAt := -1
	ok := p.splitAnswers(block, f, func(a giftAnswer) {
		if firstAt < 0 {
			firstAt = a.at
		}
		t := quiz.TextAnswer{Text: p.plainText(takeFormat(a.text, f)), Feedback: a.feedback}
		if t.Text == "" {
			p.warnf(a.at, "answer after = is empty, and Moodle leaves it out: remove the = or write the answer%s", equalsHint)
			return
		}
		if a.weighted {
			if a.weight <= 0 {
				p.warnf(a.at, "answer %q with weight %s%% gives no credit and is skipped: the app accepts only answers with credit", t.Text, fmtNum(a.weight))
				return
			}
			t.Weight = a.weight
		}
		if seen[t.Text] {
			// Moodle grades by the first answer that matches.
			p.warnf(a.at, "answer %q is listed twice: the first one counts, remove the other", t.Text)
			return
		}
		seen[t.Text] = true
		q.Accepted = append(q.Accepted, t)
	})
	if len(q.Accepted) == 0 {
		p.errorf(firstAt, "short-answer question has no accepted answer: give one with =")
		return false
	}
	return ok
}

func (p *giftParser) matching(q *quiz.Question, block span, f textFormat, openAt int) bool {
	q.Type = quiz.Matching
	ok := true
	seen := map[string]bool{}
	var distractors distractorList[int]
	read := p.splitAnswers(block, f, func(a giftAnswer) {
		arrow := a.text.index("->", 0)
		if arrow < 0 {
			p.errorf(a.at, "matching answer %q has no '->': write =item -> match%s", firstWords(unescape(a.text.s)), equalsHint)
			ok = false
			return
		}
		if a.feedback != "" || a.weighted {
			p.warnf(a.at, "feedback and weights of matching answers are not used: they are ignored")
		}
		item := p.plainText(takeFormat(a.text.sub(0, arrow), f))
		match := p.plainText(takeFormat(a.text.sub(arrow+2, len(a.text.s)), f))
		switch {
		case match == "" && item == "":
			p.errorf(a.at, "matching answer has neither item nor match: write =item -> match, or = -> match for a wrong partner")
			ok = false
		case match == "":
			p.errorf(a.at, "item %q has no match after '->': write its partner", item)
			ok = false
		case item == "":
			distractors.add(a.at, match)
		case seen[item]:
			p.errorf(a.at, "item %q is listed twice: each item needs one match", item)
			ok = false
		default:
			seen[item] = true
			q.Pairs = append(q.Pairs, quiz.Pair{Item: item, Match: match})
		}
	})
	distractors.appendTo(q, func(at int, msg string) { p.warnf(at, "%s", msg) })
	if ok && len(q.Items()) < 2 {
		p.errorf(openAt, "%s: add more =item -> match", tooFewItems(q))
		return false
	}
	return ok && read
}

// numerical parses the answers of a {#...} block.
func (p *giftParser) numerical(q *quiz.Question, block span, f textFormat) bool {
	q.Type = quiz.Number
	// As in Moodle (and its own export, "~#Completely wrong"), what
	// follows the first ~ is the feedback for any other answer.
	if t := block.index("~", 0); t >= 0 {
		rest := block.sub(t+1, len(block.s))
		unused := rest
		if h := rest.index("#", 0); h >= 0 {
			q.FeedbackWrong = p.plainText(takeFormat(rest.sub(h+1, len(rest.s)), f))
			unused = rest.sub(0, h)
		}
		if u := strings.TrimSpace(unused.s); u != "" {
			p.warnf(block.off(t), "Moodle reads ~ in a numerical question as \"any other answer\" and uses only its #feedback, so %q is not used: write =%%50%%1822:2 for partial credit", firstWords(unescape(u)))
		}
		block = block.sub(0, t).trim()
	}
	if block.s == "" {
		p.errorf(block.off(0), "numerical question has no answer: write the number after #, like {#1822} or {#1822:5}")
		return false
	}
	ok := true
	read := p.splitAnswers(block, f, func(a giftAnswer) {
		if a.weighted && a.weight <= 0 {
			p.warnf(a.at, "answer with weight %s%% gives no credit and is skipped: the app accepts only answers with credit", fmtNum(a.weight))
			return
		}
		n, good := p.number(a)
		if !good {
			ok = false
			return
		}
		q.Numbers = append(q.Numbers, n)
	})
	ok = ok && read
	if ok && len(q.Numbers) == 0 {
		p.errorf(block.off(0), "numerical question has no answer: write the number after #, like {#1822} or {#1822:5}")
		return false
	}
	return ok
}

// number parses "1822", "1822:5" or "1820..1824".
func (p *giftParser) number(a giftAnswer) (quiz.NumberAnswer, bool) {
	n := quiz.NumberAnswer{Feedback: a.feedback}
	if a.weighted {
		n.Weight = a.weight
	}
	s := strings.TrimSpace(a.text.s)
	at := a.text.off(0)
	bad := func(v string) (quiz.NumberAnswer, bool) {
		p.errorf(at, "number %q does not parse: write a number like 1822 or 3.14, 1822:5 for a tolerance, or 1820..1824 for a range", strings.TrimSpace(v))
		return n, false
	}
	if lo, hi, isRange := strings.Cut(s, ".."); isRange {
		l, err1 := parseNumber(lo)
		h, err2 := parseNumber(hi)
		if err1 != nil {
			return bad(lo)
		}
		if err2 != nil {
			return bad(hi)
		}
		if l >= h {
			p.errorf(at, "range %s is empty or backwards: write the smaller number first, like 1820..1824", s)
			return n, false
		}
		n.Value, n.Min, n.Max = (l+h)/2, l, h
		return n, true
	}
	v, tol, hasTol := strings.Cut(s, ":")
	val, err := parseNumber(v)
	if err != nil {
		return bad(v)
	}
	n.Value = val
	if hasTol {
		t, err := parseNumber(tol)
		if err != nil {
			return bad(tol)
		}
		if t < 0 {
			p.errorf(at, "tolerance %s is negative: write how far from the answer is still right, like 1822:5", fmtNum(t))
			return n, false
		}
		n.Tolerance = t
	}
	return n, true
}

// addChoice adds c to q's choices unless its text is there already
// (index: text → position): the same choice again is a warning, the same
// text both right and wrong an error, and then it returns false.
func (p *giftParser) addChoice(q *quiz.Question, index map[string]int, c quiz.Choice, at int) bool {
	i, dup := index[c.Text]
	switch {
	case !dup:
		index[c.Text] = len(q.Choices)
		q.Choices = append(q.Choices, c)
	case q.Choices[i].Correct != c.Correct || q.Choices[i].Weight != c.Weight:
		p.errorf(at, "%q is both a right answer and a wrong one: remove one of them", c.Text)
		return false
	default:
		p.warnf(at, "choice %q is listed twice: the app shows it once", c.Text)
	}
	return true
}
