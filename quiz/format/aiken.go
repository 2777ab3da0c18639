package format

import (
	"regexp"
	"strconv"
	"strings"

	"factquiz/quiz"
)

var (
	aikenOptionRE = regexp.MustCompile(`^([A-Za-z])[.)][ \t]*(.*)$`)
	aikenAnswerRE = regexp.MustCompile(`(?i)^ANSWER[ \t]*:[ \t]*(.*)$`)
)

type aikenParser struct {
	name string
	li   *lineIndex
	ps   problemList
}

func (p *aikenParser) errorf(off int, format string, args ...any) {
	line, col := p.li.pos(off)
	p.ps.addf(Problem{File: p.name, Line: line, Col: col}, format, args...)
}

// maxAikenOptions is how many options Aiken's letters A to Z can name.
const maxAikenOptions = 26

// aikenQuestion is a question being read: where its text is, its
// options and where they start. It holds no more than a question can
// use, so that a file of millions of lines in one question costs no
// list of them: the text is read again from the file at the end.
type aikenQuestion struct {
	at        int // offset of the question's first line
	promptEnd int // offset after its last line of text
	options   []quiz.Choice
	first     map[string]int // option text to the offset of its line, to find repeats at once
	bad       bool
}

// promptOf returns the question's text: its lines from at to promptEnd,
// trimmed, blank ones left out, one a line.
func promptOf(data []byte, at, end int) string {
	var b strings.Builder
	for line := range splitLines(string(data[at:end])) {
		if t := strings.TrimSpace(strings.TrimRight(line, "\r")); t != "" {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(t)
		}
	}
	return b.String()
}

// parseAiken reads Moodle's Aiken format: a question on one line, its
// options on the next lines as "A. text" or "A) text", then
// "ANSWER: B". Questions may be separated by blank lines.
func parseAiken(name string, data []byte) (*quiz.Quiz, Problems) {
	p := &aikenParser{name: name, li: newLineIndex(data), ps: problemList{file: name}}
	q := &quiz.Quiz{}
	var cur *aikenQuestion
	pos := 0
	finish := func(answer string, at int) {
		c := cur
		cur = nil
		pos++
		if c.bad {
			return
		}
		if len(c.options) == 0 {
			p.errorf(c.at, "question has no options: add lines like A. first option, B. second option")
			return
		}
		if len(c.options) < 2 {
			p.errorf(c.at, "question has only one option: add at least one more, like B. another option")
			return
		}
		last := rune('A' + len(c.options) - 1)
		if answer == "" {
			p.errorf(at, "ANSWER: has no letter: write the letter of the right option, like ANSWER: A")
			return
		}
		letter := strings.ToUpper(answer)
		if len(letter) != 1 || letter[0] < 'A' || letter[0] > 'Z' {
			p.errorf(at, "ANSWER: %s is not one letter: write the letter of the right option, from A to %c", answer, last)
			return
		}
		i := int(letter[0] - 'A')
		if i >= len(c.options) {
			p.errorf(at, "ANSWER: %s but options stop at %c", letter, last)
			return
		}
		question := quiz.Question{ID: "q" + strconv.Itoa(pos), Type: quiz.Single, Prompt: promptOf(data, c.at, c.promptEnd), Choices: c.options}
		question.Choices[i].Correct = true
		q.Questions = append(q.Questions, question)
	}
	start, lastEnd := 0, 0
	for start < len(data) {
		end := start
		for end < len(data) && data[end] != '\n' {
			end++
		}
		line := strings.TrimRight(string(data[start:end]), "\r")
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		text := strings.TrimSpace(line)
		at := start + lead
		next := end + 1
		if text != "" {
			lastEnd = start + len(strings.TrimRight(line, " \t"))
		}
		switch {
		case text == "":
		case aikenAnswerRE.MatchString(text):
			m := aikenAnswerRE.FindStringSubmatch(text)
			if cur == nil {
				p.errorf(at, "ANSWER: line without a question: write the question and its options above it")
				break
			}
			finish(strings.TrimSpace(m[1]), at)
		case cur != nil && aikenOptionRE.MatchString(text) && (len(cur.options) > 0 || text[0] == 'A' || text[0] == 'a'):
			if len(cur.options) == maxAikenOptions {
				// Letters past Z: one message a line, no list of options.
				p.errorf(at, "more than %d options: Aiken letters options A to Z, so a question has %d at most; remove options or split the question", maxAikenOptions, maxAikenOptions)
				cur.bad = true
				break
			}
			m := aikenOptionRE.FindStringSubmatch(text)
			want := byte('A' + len(cur.options))
			got := m[1][0]
			switch {
			case got >= 'a' && got <= 'z':
				p.errorf(at, "option letters are capitals: write %c%s", got-'a'+'A', text[1:2])
				cur.bad = true
			case got != want:
				p.errorf(at, "option %c where %c was expected: letter the options A, B, C, ... in order", got, want)
				cur.bad = true
			}
			opt := strings.TrimSpace(m[2])
			if opt == "" {
				p.errorf(at, "option %c is empty: write its text after %c%s", got, got, text[1:2])
				cur.bad = true
			}
			if firstAt, twice := cur.first[opt]; twice && opt != "" {
				l, c := p.li.pos(firstAt)
				p.errorf(at, "option %q is listed twice (first at %d:%d): remove one", opt, l, c)
				cur.bad = true
			} else if cur.first != nil {
				cur.first[opt] = at
			} else {
				cur.first = map[string]int{opt: at}
			}
			cur.options = append(cur.options, quiz.Choice{Text: opt})
		case cur != nil && len(cur.options) > 0:
			// Text after options: the previous question lacks its ANSWER.
			p.errorf(at, "question at line %d has no ANSWER: line: add ANSWER: with the letter of the right option before the next question", lineOf(p.li, cur.at))
			cur = &aikenQuestion{at: at, promptEnd: end}
			pos++
		case cur != nil:
			cur.promptEnd = end
		default:
			cur = &aikenQuestion{at: at, promptEnd: end}
		}
		start = next
	}
	if cur != nil {
		p.errorf(lastEnd, "question at line %d has no ANSWER: line: add ANSWER: with the letter of the right option", lineOf(p.li, cur.at))
	}
	if pos == 0 && cur == nil && len(p.ps.kept) == 0 {
		p.errorf(0, "file has no questions: write a question, its options A. B. C. on the next lines, then ANSWER: with the right letter")
	}
	if len(q.Questions) == 0 {
		return nil, p.ps.list()
	}
	return q, p.ps.list()
}

func lineOf(li *lineIndex, off int) int {
	l, _ := li.pos(off)
	return l
}
