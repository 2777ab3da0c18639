package format

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	neturl "net/url"
	"path"
	"strings"

	"factquiz/quiz"
)

// Moodle XML is the format of Moodle's question bank export (Moodle's
// question/format/xml/format.php). It is read here as Moodle's importer
// reads it: each <question type="..."> inside <quiz>, its <name>,
// <questiontext>, <generalfeedback> and <answer>s with their fraction
// and feedback. Text in format="html" keeps its formatting (the safe
// subset of quiz/richtext), as the GIFT reader's [html] does, and the
// pictures the export embeds are shown.

// xmlNode is one element of the file, with the character data directly
// inside it (CDATA included) and the offset of its '<' for problems.
type xmlNode struct {
	name  string
	space string // a prefix before the name (<x:name>), which Moodle's files have none of
	attrs []xml.Attr
	text  []byte
	kids  []*xmlNode
	off   int
}

func (n *xmlNode) child(name string) *xmlNode {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

func (n *xmlNode) children(name string) []*xmlNode {
	if n == nil {
		return nil
	}
	var out []*xmlNode
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, k)
		}
	}
	return out
}

func (n *xmlNode) attr(name string) (string, bool) {
	if n == nil {
		return "", false
	}
	for _, a := range n.attrs {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

// value is the trimmed text of the child element name, or def when there
// is none (Moodle's getpath with a default).
func (n *xmlNode) value(name, def string) string {
	if k := n.child(name); k != nil {
		return strings.TrimSpace(string(k.text))
	}
	return def
}

// textOf is the trimmed text of n's <text> child (Moodle's path
// '#', 'text', 0, '#').
func (n *xmlNode) textOf() string { return n.child("text").value1() }

func (n *xmlNode) value1() string {
	if n == nil {
		return ""
	}
	return strings.TrimSpace(string(n.text))
}

// mxParser reads one Moodle XML file. It reports problems as the GIFT
// reader does, and so shares its helpers.
type mxParser struct {
	*giftParser
	// pictures is set when the question being read has a picture or an
	// attached file, which the app does not show.
	pictures bool
	// partial is the offset of the first <partiallycorrectfeedback> with
	// text (-1 while none): the app has no place for it.
	partial, partialCount int
	// ignored holds the warnings about elements inside <quiz> that are
	// not questions, which tree keeps out of the tree (a file of millions
	// of them costs no node each); they join the file's problems once
	// its XML is known to be whole.
	ignored problemList
}

// maxXMLDepth is how deep elements may nest: Moodle's export nests them
// five deep (quiz, question, answer, feedback, text).
const maxXMLDepth = 100

func parseMoodleXML(name string, data []byte) (*quiz.Quiz, Problems) {
	p := &mxParser{giftParser: &giftParser{name: name, li: newLineIndex(data), ps: problemList{file: name}, taken: map[string]bool{}, seen: map[string]int{}}, partial: -1, ignored: problemList{file: name}}
	root, header, broken := p.tree(data)
	if broken {
		// What was read before the break is no file Moodle imports, and
		// its problems would only be echoes of the break.
		return nil, p.ps.list()
	}
	p.ps.merge(&p.ignored)
	q := headerQuiz(header)
	if root == nil {
		return nil, p.ps.list()
	}
	if root.name != "quiz" {
		p.errorf(root.off, "this XML file is not a Moodle question export: it starts with <%s>, and Moodle's start with <quiz>", root.name)
		return nil, p.ps.list()
	}
	// First pass: the ids that ID numbers and names give, so that the
	// q1, q2, ... of questions without either avoid them.
	for _, qn := range root.kids {
		if qn.name == "question" {
			if id := Slug(qn.child("idnumber").value1()); id != "" {
				p.taken[id] = true
			} else if id := Slug(qn.child("name").textOf()); id != "" {
				p.taken[id] = true
			}
		}
	}
	pos := 0
	for _, qn := range root.kids {
		typ, _ := qn.attr("type")
		typ = strings.TrimSpace(typ)
		if typ == "category" {
			if q.Title == "" {
				q.Title = categoryTitle(qn.child("category").textOf())
			}
			continue
		}
		pos++
		if question, ok := p.question(qn, typ, pos); ok {
			q.Questions = append(q.Questions, question)
		}
	}
	if p.partial >= 0 {
		more := ""
		if p.partialCount > 1 {
			more = fmt.Sprintf(" (here and in %d more questions)", p.partialCount-1)
		}
		p.warnf(p.partial, "the app has no feedback for a partly right answer, so <partiallycorrectfeedback> is not shown%s: learners who are partly right see the <incorrectfeedback>", more)
	}
	if pos == 0 {
		p.errorf(root.off, "file has no questions: Moodle's export has a <question type=\"...\"> element for each question inside <quiz>")
	}
	if len(q.Questions) == 0 {
		return nil, p.ps.list()
	}
	return q, p.ps.list()
}

// categoryTitle is the title a category path gives the quiz: its last
// part ("$course$/top/World capitals" gives "World capitals"; "//" is a
// slash within a name), but not Moodle's "top" nor a "$course$" context.
func categoryTitle(path string) string {
	parts := strings.Split(strings.ReplaceAll(path, "//", "\x00"), "/")
	t := strings.TrimSpace(strings.ReplaceAll(parts[len(parts)-1], "\x00", "/"))
	if t == "top" || strings.HasPrefix(t, "$") {
		return ""
	}
	return t
}

// tree reads the file's elements. A file that is not well-formed XML
// gets one problem at the place the XML breaks, and the elements read
// before it; the comments directly inside <quiz> before its first
// element are returned as the header.
func (p *mxParser) tree(data []byte) (root *xmlNode, header []string, broken bool) {
	d := xml.NewDecoder(bytes.NewReader(data))
	// The bytes are UTF-8 by now whatever the declaration says: the
	// encoding was checked (and converted) before.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var stack []*xmlNode
	elements := 0 // inside the root, kept or not
	// ignoredAt is the depth of an element inside <quiz> that is not a
	// question while the reader is inside it (0 when not): it and all
	// inside it are kept out of the tree.
	ignoredAt := 0
	for {
		off := int(d.InputOffset())
		// RawToken, with the tags matched here: Token's name space
		// bookkeeping costs as much as the rest of the reading.
		tok, err := d.RawToken()
		if err == io.EOF && len(stack) > 0 {
			err = &xml.SyntaxError{Msg: "unexpected EOF"}
		}
		if end, ok := tok.(xml.EndElement); ok && err == nil {
			switch {
			case len(stack) == 0:
				err = &xml.SyntaxError{Msg: "unexpected end element </" + fullName(end.Name) + ">"}
			case stack[len(stack)-1].name != end.Name.Local || stack[len(stack)-1].space != end.Name.Space:
				err = &xml.SyntaxError{Msg: "element <" + stack[len(stack)-1].name + "> closed by </" + fullName(end.Name) + ">"}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			p.syntaxError(data, err, int(d.InputOffset()), stack)
			return nil, nil, true
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &xmlNode{name: t.Name.Local, space: t.Name.Space, attrs: t.Attr, off: off}
			switch {
			case len(stack) == maxXMLDepth:
				l, c := p.li.pos(stack[0].off)
				p.errorf(off, "elements are nested more than %d deep here (Moodle's export nests them 5 deep), under <%s> at %d:%d: look for tags opened and never closed; Moodle imports nothing from a file whose XML is broken", maxXMLDepth, stack[0].name, l, c)
				return nil, nil, true
			case ignoredAt > 0:
			case len(stack) == 1 && stack[0].name == "quiz" && n.name != "question":
				// Ignored with all it holds: its place is all the
				// warning needs.
				line, col := p.li.pos(off)
				p.ignored.addf(Problem{File: p.name, Line: line, Col: col, Warning: true}, "<%s> is not a question: Moodle reads only the <question> elements inside <quiz>, so it is ignored", n.name)
				ignoredAt = len(stack) + 1
			case len(stack) > 0:
				top := stack[len(stack)-1]
				top.kids = append(top.kids, n)
			case root == nil:
				root = n
			}
			if len(stack) == 1 {
				elements++
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == ignoredAt {
				ignoredAt = 0
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			// Leading white space is trimmed anyway: leaving it out
			// spares the elements that hold only other elements a copy.
			if len(stack) > 1 && ignoredAt == 0 {
				if top := stack[len(stack)-1]; len(top.text) > 0 || len(bytes.TrimSpace(t)) > 0 {
					top.text = append(top.text, t...)
				}
			}
		case xml.Comment:
			if len(stack) <= 1 && elements == 0 {
				header = append(header, strings.TrimSpace(string(t)))
			}
		}
	}
	if root == nil && !p.hasErrors() {
		p.errorf(0, "file has no XML elements: a Moodle XML file starts with <?xml version=\"1.0\" encoding=\"UTF-8\"?> and then <quiz>")
	}
	return root, header, false
}

func (p *mxParser) hasErrors() bool { return p.ps.hasErrors() }

func fullName(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// back returns the offset of the last sub in data before off (off when
// there is none on the line): where the token the decoder stopped after
// begins.
func back(data []byte, off int, sub string) int {
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	if i := bytes.LastIndex(data[start:off], []byte(sub)); i >= 0 {
		return start + i
	}
	return off
}

// syntaxError reports where and how a file stops being XML, in a
// teacher's words.
func (p *mxParser) syntaxError(data []byte, err error, off int, stack []*xmlNode) {
	const nothing = "; Moodle imports nothing from a file whose XML is broken"
	var se *xml.SyntaxError
	if !errors.As(err, &se) {
		p.errorf(off, "the file cannot be read as XML here (%v)%s", err, nothing)
		return
	}
	// The decoder stops after the bad token; a broken line is reported
	// at the line the decoder names.
	if line, _ := p.li.pos(off); se.Line > 0 && line != se.Line {
		off = p.li.lineStart(se.Line)
	}
	msg := se.Msg
	switch {
	case msg == "unexpected EOF" && len(stack) > 0:
		top := stack[len(stack)-1]
		l, c := p.li.pos(top.off)
		p.errorf(len(data), "the file ends inside <%s> opened at %d:%d: its closing </%s> is missing, or the file was cut short%s", top.name, l, c, top.name, nothing)
	case msg == "unexpected EOF":
		p.errorf(len(data), "the file ends in the middle of a tag or a comment: it was cut short%s", nothing)
	case strings.HasPrefix(msg, "element <") && strings.Contains(msg, "> closed by </") && len(stack) > 0:
		top := stack[len(stack)-1]
		l, c := p.li.pos(top.off)
		closer := msg[strings.Index(msg, "closed by ")+len("closed by "):]
		p.errorf(back(data, off, "</"), "<%s> opened at %d:%d is closed by %s: every <%s> needs its own </%s>%s", top.name, l, c, closer, top.name, top.name, nothing)
	case strings.HasPrefix(msg, "unexpected end element"):
		p.errorf(back(data, off, "</"), "%s closes no open element: remove it, or add the opening tag it belongs to%s", strings.TrimPrefix(msg, "unexpected end element "), nothing)
	case strings.HasPrefix(msg, "invalid character entity &") && !strings.Contains(msg, "(no semicolon)") && msg != "invalid character entity &":
		ent := strings.TrimPrefix(msg, "invalid character entity ")
		p.errorf(back(data, off, "&"), "%s is an HTML name that XML does not know: put the text inside <![CDATA[ ... ]]> as Moodle's export does, or write the character itself%s", ent, nothing)
	case strings.HasPrefix(msg, "invalid character entity &"):
		p.errorf(back(data, off, "&"), "a '&' in text must be written &amp; (or put the text inside <![CDATA[ ... ]]> as Moodle's export does)%s", nothing)
	case strings.HasPrefix(msg, "expected element name after <"), strings.HasPrefix(msg, "unescaped < inside quoted string"):
		p.errorf(back(data, off, "<"), "a '<' in text must be written &lt; (or put the text inside <![CDATA[ ... ]]> as Moodle's export does)%s", nothing)
	default:
		p.errorf(off, "the XML is broken here (%s)%s", msg, nothing)
	}
}

// mxFormat reads a format attribute as Moodle's trans_format does: an
// unknown one is HTML. wiki_like is shown as it is, as plain text is.
func mxFormat(n *xmlNode, def textFormat) textFormat {
	v, ok := n.attr("format")
	if !ok {
		return def
	}
	switch strings.TrimSpace(v) {
	case "moodle_auto_format":
		return formatMoodle
	case "plain_text", "wiki_like":
		return formatPlain
	case "markdown":
		return formatMarkdown
	}
	return formatHTML
}

// rich reads a text with a format (questiontext, feedback, an answer of
// a choice question): n's <text> in n's format, def when n has none. Its
// plain words are returned; its formatting is kept in p.markup, as the
// GIFT reader keeps [html] text's.
func (p *mxParser) rich(n *xmlNode, def textFormat) string {
	if n == nil {
		return ""
	}
	f := mxFormat(n, def)
	raw := n.textOf()
	if f != formatPlain {
		raw = embedPictures(raw, n.children("file"))
	}
	if strings.Contains(raw, "moodle-file:") || (f == formatPlain && len(n.children("file")) > 0) {
		p.pictures = true
	}
	return p.markGIFT(raw, f, n.off)
}

// pictureTypes are the picture files a Moodle export embeds that the app
// shows, by extension (SVG is left out: it can hold scripts).
var pictureTypes = map[string]string{".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp"}

// embedPictures replaces each @@PLUGINFILE@@/name in an HTML text with a
// data: URL of the picture the export embeds as <file name="name"
// encoding="base64">, as Moodle serves it; a reference to anything else
// stays, and the question is said to have a picture the app cannot show.
func embedPictures(raw string, files []*xmlNode) string {
	if !strings.Contains(raw, "@@PLUGINFILE@@/") {
		return raw
	}
	for _, f := range files {
		name, _ := f.attr("name")
		enc, _ := f.attr("encoding")
		mime := pictureTypes[strings.ToLower(path.Ext(name))]
		data := strings.Join(strings.Fields(f.value1()), "")
		if name == "" || mime == "" || enc != "base64" || data == "" {
			continue
		}
		if _, err := base64.StdEncoding.DecodeString(data); err != nil {
			continue
		}
		url := "data:" + mime + ";base64," + data
		raw = strings.ReplaceAll(raw, "@@PLUGINFILE@@/"+name, url)
		raw = strings.ReplaceAll(raw, "@@PLUGINFILE@@/"+(&neturl.URL{Path: name}).EscapedPath(), url)
	}
	// What is left is no file of the quiz's folder: a URL scheme that
	// quiz/richtext refuses makes it drop the picture.
	return strings.ReplaceAll(raw, "@@PLUGINFILE@@/", "moodle-file:")
}

// fraction reads an answer's fraction="..." (a percentage, 0 when
// absent, as in Moodle).
func (p *mxParser) fraction(a *xmlNode) (float64, bool) {
	s, ok := a.attr("fraction")
	if !ok {
		return 0, true
	}
	v, err := parseNumber(s)
	if err != nil {
		p.errorf(a.off, "fraction=%q is not a number: write the credit in percent, like fraction=\"100\" or fraction=\"50\"", s)
		return 0, false
	}
	if v < -100 || v > 100 {
		p.errorf(a.off, "fraction=%q is out of range: use a percentage from -100 to 100", s)
		return 0, false
	}
	return v, true
}

// mxSkipped names the question types Moodle has and the app does not
// play, for the warning that skips them.
var mxSkipped = map[string]string{
	"description":      "a description (text without an answer) is not shown in the app",
	"essay":            "an essay is marked by a teacher and cannot be played in the app",
	"cloze":            "a Cloze question (embedded answers) cannot be played in the app",
	"multianswer":      "a Cloze question (embedded answers) cannot be played in the app",
	"calculated":       "a calculated question (numbers drawn at random) cannot be played in the app",
	"calculatedsimple": "a simple calculated question (numbers drawn at random) cannot be played in the app",
	"calculatedmulti":  "a calculated multichoice question (numbers drawn at random) cannot be played in the app",
	"random":           "a random question (Moodle picks one from a category) cannot be played in the app",
	"randomsamatch":    "a random short-answer matching question cannot be played in the app",
	"ddwtos":           "a drag-and-drop into text question cannot be played in the app",
	"gapselect":        "a select-missing-words question cannot be played in the app",
	"ddimageortext":    "a drag-and-drop onto image question cannot be played in the app",
	"ddmarker":         "a drag-and-drop markers question cannot be played in the app",
	"ordering":         "an ordering question cannot be played in the app",
}

// question reads one <question> that is not a category.
func (p *mxParser) question(qn *xmlNode, typ string, pos int) (quiz.Question, bool) {
	var q quiz.Question
	switch typ {
	case "multichoice", "truefalse", "shortanswer", "numerical", "matching", "match":
	case "":
		p.errorf(qn.off, "<question> has no type: write type=\"multichoice\", \"truefalse\", \"shortanswer\", \"numerical\" or \"matching\"")
		return q, false
	default:
		if why, ok := mxSkipped[typ]; ok {
			p.skipf(qn.off, "%s", why)
		} else {
			p.skipf(qn.off, "a question of type %q cannot be played in the app", typ)
		}
		return q, false
	}
	p.pictures, p.markup = false, nil
	nameNode := qn.child("name")
	name := nameNode.textOf()
	idnumber := qn.child("idnumber").value1()
	if nameNode == nil {
		p.warnf(qn.off, "question has no <name>, and Moodle refuses to import a question without one: add <name><text>...</text></name>")
	}
	// A name that only repeats the ID number is no title (the export
	// writes one so, as Moodle needs a name).
	if name != idnumber {
		q.Title = name
	}
	qt := qn.child("questiontext")
	f := mxFormat(qt, formatHTML)
	q.Prompt = p.rich(qt, formatHTML)
	q.Explanation = p.rich(qn.child("generalfeedback"), f)
	q.ID = p.questionID(idnumber, name, pos, qn.off)
	before := p.nerr
	if q.Prompt == "" {
		at := qn.off
		if qt != nil {
			at = qt.off
		}
		p.errorf(at, "question has an empty prompt: write the question in <questiontext><text>...</text></questiontext>")
	} else if bareBlank(q.Prompt) {
		p.errorf(qn.off, bareBlankMsg)
	}
	switch typ {
	case "multichoice":
		p.multichoice(&q, qn, f)
	case "truefalse":
		p.truefalse(&q, qn, f)
	case "shortanswer":
		p.shortanswer(&q, qn, f)
	case "numerical":
		p.numerical(&q, qn, f)
	default:
		p.matching(&q, qn, f)
	}
	if p.pictures {
		p.warnf(qn.off, "this question has a picture or a file, which the app does not show: learners see the text only")
	}
	q.Markup = p.markup
	if t := settleFormatted(&q); t != "" && p.nerr == before {
		p.errorf(qn.off, "%s", repeatedMsg(t))
	}
	return q, p.nerr == before
}

// questionID is the question's id: its ID number, else its name, as a
// slug, else q and its position; an id given twice gets -2, -3, ...
func (p *mxParser) questionID(idnumber, name string, pos, at int) string {
	id := Slug(idnumber)
	if id == "" {
		id = Slug(name)
	}
	id, base, first, dup := p.uniqueID(id, pos, at)
	// Moodle allows one name for several questions; an ID number is
	// meant to be unique, so only that is worth a word.
	if dup && Slug(idnumber) == base {
		line, col := p.li.pos(first)
		p.warnf(at, "ID number %q is used twice (first at %d:%d): this question's id becomes %q", idnumber, line, col, id)
	}
	return id
}

// combinedFeedback reads the feedback for a right and a wrong response
// of a choice or matching question.
func (p *mxParser) combinedFeedback(q *quiz.Question, qn *xmlNode, f textFormat) {
	q.FeedbackRight = p.rich(qn.child("correctfeedback"), f)
	q.FeedbackWrong = p.rich(qn.child("incorrectfeedback"), f)
	if pc := qn.child("partiallycorrectfeedback"); pc != nil && pc.textOf() != "" {
		if p.partial < 0 {
			p.partial = pc.off
		}
		p.partialCount++
	}
}

func (p *mxParser) multichoice(q *quiz.Question, qn *xmlNode, f textFormat) {
	// Moodle: single is true unless it says "false" (or is empty).
	single := qn.value("single", "true")
	q.Type = quiz.Single
	if single == "false" || single == "" || single == "0" {
		q.Type = quiz.Multiple
	} else if strings.EqualFold(single, "false") {
		p.warnf(qn.child("single").off, "Moodle reads <single>%s</single> as true, one pick (it knows only false in small letters): write <single>false</single> for \"select all that apply\"", single)
	}
	p.combinedFeedback(q, qn, f)
	index := map[string]int{}
	ok := true
	for _, a := range qn.children("answer") {
		text := p.rich(a, f)
		fr, good := p.fraction(a)
		ok = ok && good
		feedback := p.rich(a.child("feedback"), f)
		if text == "" {
			p.warnf(a.off, "answer is empty, and Moodle leaves it out: remove it or write its text in <text>...</text>")
			continue
		}
		c := quiz.Choice{Text: text, Feedback: feedback}
		if q.Type == quiz.Single {
			c.Correct = fr >= 100
			if fr != 100 && fr != 0 {
				c.Weight = fr
			}
		} else {
			c.Correct = fr > 0
			c.Weight = fr
		}
		if !p.addChoice(q, index, c, a.off) {
			ok = false
		}
	}
	if q.Type == quiz.Multiple {
		evenWeights(q)
	}
	right := 0
	for _, c := range q.Choices {
		if c.Correct {
			right++
		}
	}
	switch {
	case !ok:
	case right == 0 && q.Type == quiz.Single:
		p.errorf(qn.off, "multiple-choice question has no right answer: give the right one fraction=\"100\"")
	case right == 0:
		p.errorf(qn.off, "multiple-choice question has no right answer: give the right ones a positive fraction, like fraction=\"50\" for each of two")
	case len(q.Choices) < 2:
		p.errorf(qn.off, "multiple-choice question needs at least 2 answers: add wrong ones with fraction=\"0\"")
	}
}

// evenWeights clears the weights of a "select all that apply" question
// whose right choices share 100% evenly and whose wrong ones each take
// back as much: that is the app's default grading (a wrong pick cancels
// a right one), which WriteMoodleXML writes so.
func evenWeights(q *quiz.Question) {
	right := 0
	for _, c := range q.Choices {
		if c.Correct {
			right++
		}
	}
	if right == 0 {
		return
	}
	share := 100 / float64(right)
	for _, c := range q.Choices {
		want := share
		if !c.Correct {
			want = -share
		}
		if math.Abs(c.Weight-want) > 1e-4 {
			return
		}
	}
	for i := range q.Choices {
		q.Choices[i].Weight = 0
	}
}

func (p *mxParser) truefalse(q *quiz.Question, qn *xmlNode, f textFormat) {
	q.Type = quiz.TrueFalse
	answers := qn.children("answer")
	if len(answers) == 0 {
		p.errorf(qn.off, "true/false question has no answers: write <answer fraction=\"100\"><text>true</text></answer> and <answer fraction=\"0\"><text>false</text></answer>")
		return
	}
	var onTrue, onFalse string
	old := false
	for i, a := range answers {
		word := a.textOf()
		if word != "true" && word != "false" {
			// As Moodle does with old files (answers in the site's
			// language): the first is true, the second false.
			old = true
			word = "false"
			if i == 0 {
				word = "true"
			}
		}
		fr, ok := p.fraction(a)
		if !ok {
			return
		}
		fb := p.rich(a.child("feedback"), f)
		if word == "true" {
			q.Truth = fr == 100
			onTrue = fb
		} else {
			q.Truth = fr != 100
			onFalse = fb
		}
	}
	if old {
		p.warnf(answers[0].off, "true/false answers should be <text>true</text> and <text>false</text>: as Moodle does, the first is read as true and the second as false, which makes %v the right answer", q.Truth)
	}
	q.FeedbackRight, q.FeedbackWrong = onTrue, onFalse
	if !q.Truth {
		q.FeedbackRight, q.FeedbackWrong = onFalse, onTrue
	}
}

func (p *mxParser) shortanswer(q *quiz.Question, qn *xmlNode, f textFormat) {
	q.Type = quiz.Text
	before := p.nerr
	if uc := qn.child("usecase"); uc != nil && uc.value1() != "" && uc.value1() != "0" {
		p.warnf(uc.off, "Moodle tells capitals apart in this question (usecase 1), and the app does not: it accepts \"paris\" for \"Paris\"")
	}
	seen := map[string]bool{}
	for _, a := range qn.children("answer") {
		// Short answers are plain text in Moodle, whatever the format.
		text := a.textOf()
		fr, ok := p.fraction(a)
		if !ok {
			continue
		}
		fb := p.rich(a.child("feedback"), f)
		switch {
		case text == "*" && fr <= 0:
			// Moodle's "any other answer", there for its feedback.
			q.FeedbackWrong = fb
			continue
		case text == "":
			p.warnf(a.off, "answer is empty, and Moodle leaves it out: remove it or write its text in <text>...</text>")
			continue
		case fr <= 0:
			p.warnf(a.off, "answer %q with fraction %s%% gives no credit and is skipped: the app accepts only answers with credit", text, fmtNum(fr))
			continue
		case strings.Contains(strings.ReplaceAll(text, `\*`, ""), "*"):
			p.warnf(a.off, "in Moodle * in answer %q stands for any characters; the app takes it as written", text)
		}
		// \* is an asterisk in Moodle.
		text = strings.ReplaceAll(text, `\*`, "*")
		if seen[text] {
			p.warnf(a.off, "answer %q is listed twice: the first one counts, remove the other", text)
			continue
		}
		seen[text] = true
		t := quiz.TextAnswer{Text: text, Feedback: fb}
		if fr != 100 {
			t.Weight = fr
		}
		q.Accepted = append(q.Accepted, t)
	}
	if len(q.Accepted) == 0 && p.nerr == before {
		p.errorf(qn.off, "short-answer question has no accepted answer: give one with <answer fraction=\"100\"><text>...</text></answer>")
	}
}

func (p *mxParser) numerical(q *quiz.Question, qn *xmlNode, f textFormat) {
	q.Type = quiz.Number
	before := p.nerr
	if units := qn.child("units").children("unit"); len(units) > 0 {
		var names []string
		for _, u := range units {
			names = append(names, u.value("unit_name", ""))
		}
		p.warnf(qn.child("units").off, "units (%s) are not used by the app: learners type the number alone, in the first unit", strings.Join(names, ", "))
	}
	for _, a := range qn.children("answer") {
		// Moodle reads the answer from <text>, and before that the
		// answer's own text.
		text := a.textOf()
		if a.child("text") == nil {
			text = a.value1()
		}
		fr, ok := p.fraction(a)
		if !ok {
			continue
		}
		if old := a.child("fraction"); old != nil {
			// Deprecated: a fraction from 0 to 1 in its own element.
			if v, err := parseNumber(old.value1()); err == nil {
				fr = v * 100
			}
		}
		fb := p.rich(a.child("feedback"), f)
		if text == "*" || text == "" {
			if fr > 0 {
				p.warnf(a.off, "answer * with credit accepts every number in Moodle; the app uses only its feedback, for wrong answers")
			}
			q.FeedbackWrong = fb
			continue
		}
		if fr <= 0 {
			p.warnf(a.off, "answer %s with fraction %s%% gives no credit and is skipped: the app accepts only answers with credit", text, fmtNum(fr))
			continue
		}
		v, err := parseNumber(text)
		if err != nil {
			p.errorf(a.off, "number %q does not parse: write a number like 1822 or 3.14 in <text>", text)
			continue
		}
		n := quiz.NumberAnswer{Value: v, Feedback: fb}
		if tol := a.child("tolerance"); tol != nil && tol.value1() != "" {
			t, err := parseNumber(tol.value1())
			switch {
			case err != nil:
				p.errorf(tol.off, "tolerance %q is not a number: write how far from the answer is still right, like <tolerance>0.5</tolerance>", tol.value1())
				continue
			case t < 0:
				p.errorf(tol.off, "tolerance %s is negative: write how far from the answer is still right, like <tolerance>0.5</tolerance>", fmtNum(t))
				continue
			}
			n.Tolerance = t
		}
		if fr != 100 {
			n.Weight = fr
		}
		q.Numbers = append(q.Numbers, n)
	}
	if len(q.Numbers) == 0 && p.nerr == before {
		p.errorf(qn.off, "numerical question has no answer with credit: give one with <answer fraction=\"100\"><text>1822</text></answer>")
	}
}

func (p *mxParser) matching(q *quiz.Question, qn *xmlNode, f textFormat) {
	q.Type = quiz.Matching
	p.combinedFeedback(q, qn, f)
	seen := map[string]bool{}
	ok := true
	var distractors distractorList[int]
	for _, sq := range qn.children("subquestion") {
		item := p.rich(sq, f)
		match := sq.child("answer").textOf()
		switch {
		case item == "" && match == "":
			// Moodle leaves blank pairs out.
		case item == "":
			distractors.add(sq.off, match)
		case match == "":
			p.errorf(sq.off, "item %q has no match: write its partner in <answer><text>...</text></answer>", item)
			ok = false
		case seen[item]:
			p.errorf(sq.off, "item %q is listed twice: each item needs one match", item)
			ok = false
		default:
			seen[item] = true
			q.Pairs = append(q.Pairs, quiz.Pair{Item: item, Match: match})
		}
	}
	distractors.appendTo(q, func(at int, msg string) { p.warnf(at, "%s", msg) })
	if ok && len(q.Items()) < 2 {
		p.errorf(qn.off, "%s: add <subquestion>s, each with its <answer>", tooFewItems(q))
	}
}
