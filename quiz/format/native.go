package format

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/format/internal/yaml"
)

// Keys of the native format, in the order the writer puts them.
var (
	quizKeys     = []string{"title", "description", "source", "questions"}
	questionKeys = []string{"id", "title", "type", "format", "prompt", "answer", "answers", "wrong", "choices",
		"tolerance", "range", "numbers", "pairs", "explanation", "evidence", "fact", "feedback"}
	choiceKeys   = []string{"text", "correct", "weight", "feedback"}
	textKeys     = []string{"text", "weight", "feedback"}
	numberKeys   = []string{"value", "tolerance", "range", "weight", "feedback"}
	pairKeys     = []string{"item", "match"}
	feedbackKeys = []string{"right", "wrong"}
)

// answerKeys are the question keys that belong to some types only.
var answerKeys = []string{"answer", "answers", "wrong", "choices", "tolerance", "range", "numbers", "pairs"}

// typeKeys are the answer keys each question type uses; the keys common
// to every type (id, title, type, prompt, explanation, evidence, fact,
// feedback) are always allowed.
var typeKeys = map[quiz.Type][]string{
	quiz.Single:    {"answer", "answers", "wrong", "choices"},
	quiz.Multiple:  {"answer", "answers", "wrong", "choices"},
	quiz.TrueFalse: {"answer"},
	quiz.Text:      {"answer", "answers"},
	quiz.Number:    {"answer", "tolerance", "range", "numbers"},
	quiz.Matching:  {"pairs", "wrong"},
}

type nativeParser struct {
	name string
	li   *lineIndex
	ps   problemList
	nerr int // errors (not warnings) so far
}

func (p *nativeParser) at(n *yaml.Node, warning bool, format string, args ...any) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line, n.Column
	}
	if line > p.li.lines {
		// An empty value at the very end: point just after the text.
		line, col = p.li.pos(len(p.li.data))
	}
	p.ps.addf(Problem{File: p.name, Line: line, Col: col, Warning: warning}, format, args...)
	if !warning {
		p.nerr++
	}
}

func (p *nativeParser) errorf(n *yaml.Node, format string, args ...any) {
	p.at(n, false, format, args...)
}

func (p *nativeParser) warnf(n *yaml.Node, format string, args ...any) {
	p.at(n, true, format, args...)
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// MaxNativeLines is how many lines a native (YAML or JSON) file may have.
// A file of 10,000 questions has about 70,000 lines, and one of
// MaxSize at least 40 bytes a line once it holds questions; a file of
// millions of short lines ("- a") is refused before the YAML reader
// makes a value of each line.
const MaxNativeLines = 1_000_000

// parseNative reads the native YAML (or JSON) format.
func parseNative(name string, data []byte) (*quiz.Quiz, Problems) {
	p := &nativeParser{name: name, li: newLineIndex(data), ps: problemList{file: name}}
	if p.li.lines > MaxNativeLines {
		return nil, Problems{{File: name, Msg: fmt.Sprintf("file has %s lines, more than the %s a question file may have (10,000 questions take about 70,000): split it into smaller files", thousands(p.li.lines), thousands(MaxNativeLines))}}
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(&doc)
	if errors.Is(err, io.EOF) || (err == nil && len(doc.Content) == 0) {
		return nil, Problems{{File: name, Line: 1, Col: 1, Msg: "file is empty: add a title: and questions:"}}
	}
	if err != nil {
		return nil, Problems{yamlSyntaxProblem(name, data, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		p.warnf(&extra, "only the first YAML document is read: remove the '---' line and what follows, or move it to its own file")
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" && strings.TrimSpace(root.Value) == "" {
		p.ps.add(Problem{File: name, Line: 1, Col: 1, Msg: "file is empty: add a title: and questions:"})
		return nil, p.ps.list()
	}
	if !p.noAliases(root, 0) {
		return nil, p.ps.list()
	}
	q := &quiz.Quiz{}
	var questions *yaml.Node
	switch root.Kind {
	case yaml.MappingNode:
		fields := p.fields(root, quizKeys, "field")
		q.Title = p.str(fields["title"], "title")
		q.Description = p.str(fields["description"], "description")
		q.Source = p.str(fields["source"], "source")
		questions = fields["questions"]
		if strings.TrimSpace(q.Title) == "" {
			p.warnf(root, "file has no title: add title: with the quiz's name")
		}
		if questions == nil {
			p.errorf(root, "file has no questions: add questions: with a list of questions")
			return nil, p.ps.list()
		}
	case yaml.SequenceNode:
		// A bare list of questions is accepted too.
		questions = root
	default:
		p.errorf(root, "file must start with fields like title: and questions:, not a single value")
		return nil, p.ps.list()
	}
	if questions.Kind != yaml.SequenceNode {
		if !isNull(questions) {
			p.errorf(questions, "questions must be a list: start each question with '- '")
		} else {
			p.errorf(questions, "file has no questions: add questions under questions:, each starting with '- '")
		}
		return nil, p.ps.list()
	}
	if len(questions.Content) == 0 {
		p.errorf(questions, "file has no questions: add questions under questions:, each starting with '- '")
		return nil, p.ps.list()
	}
	// Explicit ids first, so that a default id never takes one of them.
	taken := map[string]bool{}
	mappings := 0 // only a mapping can be a question: a list of 4 million "- a" needs no room
	for _, qn := range questions.Content {
		if qn.Kind == yaml.MappingNode {
			mappings++
			for i := 0; i+1 < len(qn.Content); i += 2 {
				if qn.Content[i].Value == "id" && qn.Content[i+1].Kind == yaml.ScalarNode {
					taken[strings.TrimSpace(qn.Content[i+1].Value)] = true
				}
			}
		}
	}
	seen := map[string]*yaml.Node{}
	q.Questions = make([]quiz.Question, 0, mappings)
	for i, qn := range questions.Content {
		question, ok := p.question(qn, i+1, taken, seen)
		if ok {
			q.Questions = append(q.Questions, question)
		}
	}
	if len(q.Questions) == 0 {
		return nil, p.ps.list()
	}
	return q, p.ps.list()
}

func yamlSyntaxProblem(name string, data []byte, err error) Problem {
	msg := err.Error()
	line, col := 0, 0
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	li := newLineIndex(data)
	line = min(line, li.lines)
	stop := 0
	var se *yaml.SyntaxError
	if errors.As(err, &se) {
		stop = se.Stop
		if se.Msg == tooManyValues {
			// Not a mistake on a line: no line to search for.
			return Problem{File: name, Line: line, Col: se.Column, Msg: fmt.Sprintf("file has more than %s values (texts, fields and lists) by here, far more than a question file needs: split it into smaller files", thousands(yaml.MaxNodes))}
		}
	}
	hint := "check the indentation, and put text containing ': ' or starting with a special character in quotes"
	if line > 0 {
		line = faultyLine(li, line, stop)
		start := li.lineStart(line)
		l := data[start:lineEnd(data, start)]
		col = 1 + len(l) - len(bytes.TrimLeft(l, " \t")) // spaces and tabs are one byte each
		if bytes.HasPrefix(l, []byte("\t")) || (line < li.lines && bytes.HasPrefix(data[li.lineStart(line+1):], []byte("\t"))) {
			hint = "indent with spaces, not tabs"
		}
	}
	kind := "YAML"
	if strings.EqualFold(path.Ext(name), ".json") {
		kind, hint = "JSON", "check the commas, quotes and brackets around here"
	}
	return Problem{File: name, Line: line, Col: col, Msg: kind + " syntax error: " + msg + ": " + hint}
}

// faultyLine returns the line at fault for a YAML syntax error that the
// parser places at line from, where the broken collection starts: the
// last line of the shortest prefix of the file that fails to parse. The
// search gallops forward from from, then halves the gap; it stops once it
// has given the parser 4 times the file (and 4 MiB), so that a hostile
// 15 MiB file costs a few parses, not dozens, and then names the earliest
// failing line found (from, if none). stop, the line where the parser
// gave up, bounds the gallop, and when the prefix to stop fails and the
// one to the line before parses, stop is the line without halving: an
// error after a list of millions of items costs three parses, not six.
func faultyLine(li *lineIndex, from, stop int) int {
	data := li.data
	budget := 4*len(data) + 4<<20
	fails := func(line int) bool {
		end := lineEnd(data, li.lineStart(line))
		budget -= end
		return yamlFails(data[:end])
	}
	limit := li.lines
	if stop > from && stop < li.lines {
		limit = stop
	}
	ok, bad := from-1, 0 // the prefix to line ok parses, the one to bad fails
	for step := 1; bad == 0; step *= 2 {
		line := min(from-1+step, limit)
		switch {
		case fails(line):
			bad = line
		case line == li.lines || budget <= 0:
			return from
		default:
			ok = line
			if line == limit {
				limit = li.lines // the parser looked past stop: so does the search
			}
		}
	}
	if bad == stop && bad-ok > 1 && budget > 0 {
		if fails(bad - 1) {
			bad--
		} else {
			ok = bad - 1
		}
	}
	for bad-ok > 1 && budget > 0 {
		mid := ok + (bad-ok)/2
		if fails(mid) {
			bad = mid
		} else {
			ok = mid
		}
	}
	return bad
}

// tooManyValues is the YAML reader's message past yaml.MaxNodes.
const tooManyValues = "document has too many values"

// thousands writes n with commas between thousands: 1,000,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func yamlFails(data []byte) bool {
	var n yaml.Node
	err := yaml.Unmarshal(data, &n)
	return err != nil
}

// noAliases reports YAML aliases (*name), which the format refuses so
// that a small file can never expand into a huge one.
func (p *nativeParser) noAliases(n *yaml.Node, depth int) bool {
	if n.Kind == yaml.AliasNode {
		p.errorf(n, "aliases (*%s) are not supported: write the value out in full", n.Value)
		return false
	}
	if depth > 100 {
		p.errorf(n, "values are nested too deeply")
		return false
	}
	ok := true
	for _, c := range n.Content {
		if !p.noAliases(c, depth+1) {
			ok = false
		}
	}
	return ok
}

func isNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

// fields returns the values of a mapping by key, reporting unknown and
// repeated keys. what names the thing for messages ("field").
func (p *nativeParser) fields(n *yaml.Node, known []string, what string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	keys := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, "a %s name must be a word, not a list or mapping", what)
			continue
		}
		name := k.Value
		if !contains(known, name) {
			if near := nearest(name, known); near != "" {
				p.errorf(k, "unknown %s %q: did you mean %q?", what, name, near)
			} else {
				p.errorf(k, "unknown %s %q: use one of %s", what, name, strings.Join(known, ", "))
			}
			continue
		}
		if prev, dup := keys[name]; dup {
			p.errorf(k, "%s %q is given twice (first at %d:%d): keep one", what, name, prev.Line, prev.Column)
			continue
		}
		keys[name] = k
		out[name] = v
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// str returns a scalar's text (numbers and booleans as written), or ""
// for a missing or null value, reporting lists and mappings.
func (p *nativeParser) str(n *yaml.Node, what string) string {
	if isNull(n) {
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		p.errorf(n, "%s must be text, not a list or mapping: put it in quotes if it contains ': ' or starts with '-', '[' or '{'", what)
		return ""
	}
	return n.Value
}

// num parses a number; ok is false (and a problem is reported) when it
// does not parse.
func (p *nativeParser) num(n *yaml.Node, what string) (float64, bool) {
	if n.Kind != yaml.ScalarNode {
		p.errorf(n, "%s must be a number, not a list or mapping", what)
		return 0, false
	}
	v, err := parseNumber(n.Value)
	if err != nil {
		p.errorf(n, "%s %q is not a number: write it like 1822 or 3.5 (a dot for decimals, no spaces or thousands separators)", what, n.Value)
		return 0, false
	}
	return v, true
}

// parseNumber parses a decimal number, refusing NaN and infinities.
func parseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "_xXpP") || strings.ContainsAny(strings.ToLower(s), "in") {
		return 0, errors.New("not a number")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, errors.New("not a number")
	}
	return v, nil
}

func (p *nativeParser) question(n *yaml.Node, pos int, taken map[string]bool, seen map[string]*yaml.Node) (quiz.Question, bool) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "question %d must be fields like type: and prompt:, not a single value", pos)
		return quiz.Question{}, false
	}
	// Declared here, not before: q lives on the heap, and a list of
	// millions of single values must not cost a question each.
	var q quiz.Question
	before := p.nerr
	f := p.fields(n, questionKeys, "field")

	// id
	idNode := f["id"]
	q.ID = strings.TrimSpace(p.str(idNode, "id"))
	if q.ID != "" && !safeID(q.ID) {
		p.warnf(idNode, "id %q is not a simple name: use letters, digits, '-' and '_' (at most 64), like %q", q.ID, suggestID(q.ID, pos))
	}
	if q.ID == "" {
		q.ID = "q" + strconv.Itoa(pos)
		for k := 2; taken[q.ID]; k++ {
			q.ID = "q" + strconv.Itoa(pos) + "-" + strconv.Itoa(k)
		}
		idNode = n
	}
	if first, dup := seen[q.ID]; dup {
		p.errorf(idNode, "duplicate question id %q (first used at %d:%d): give each question its own id", q.ID, first.Line, first.Column)
	} else {
		seen[q.ID] = idNode
	}
	q.Title = p.str(f["title"], "title")

	// type
	tn := f["type"]
	switch {
	case isNull(tn):
		p.errorf(n, "question has no type: add type: with one of %s", typeList())
	default:
		t := strings.ToLower(strings.TrimSpace(p.str(tn, "type")))
		if contains(typeNames(), t) {
			q.Type = quiz.Type(t)
		} else if near := nearest(t, typeNames()); near != "" {
			p.errorf(tn, "unknown type %q: did you mean %q?", tn.Value, near)
		} else {
			p.errorf(tn, "unknown type %q: use one of %s", tn.Value, typeList())
		}
	}

	// prompt
	q.Prompt = strings.TrimSpace(p.str(f["prompt"], "prompt"))
	if q.Prompt == "" {
		if at := f["prompt"]; at != nil {
			p.errorf(at, "question has an empty prompt: write the question after prompt:")
		} else {
			p.errorf(n, "question has no prompt: add prompt: with the question")
		}
	} else if bareBlank(q.Prompt) {
		p.errorf(f["prompt"], bareBlankMsg)
	}
	q.Explanation = p.str(f["explanation"], "explanation")
	q.Evidence = p.str(f["evidence"], "evidence")
	q.Fact = p.str(f["fact"], "fact")
	if fb := f["feedback"]; !isNull(fb) {
		if fb.Kind != yaml.MappingNode {
			p.errorf(fb, "feedback must have right: and/or wrong: under it")
		} else {
			ff := p.fields(fb, feedbackKeys, "feedback field")
			q.FeedbackRight = p.str(ff["right"], "feedback right")
			q.FeedbackWrong = p.str(ff["wrong"], "feedback wrong")
		}
	}

	if q.Type != "" {
		allowed := typeKeys[q.Type]
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if contains(answerKeys, k.Value) && !contains(allowed, k.Value) {
				p.errorf(k, "field %q is not used by a %s question: remove it, or change the type", k.Value, q.Type)
			}
		}
		switch q.Type {
		case quiz.Single, quiz.Multiple:
			p.choices(&q, n, f)
		case quiz.TrueFalse:
			p.truth(&q, n, f)
		case quiz.Text:
			p.texts(&q, n, f)
		case quiz.Number:
			p.numbers(&q, n, f)
		case quiz.Matching:
			p.pairs(&q, n, f)
		}
	}
	p.applyFormat(&q, n, f["format"])
	return q, p.nerr == before
}

// safeID reports whether an id is a simple name, safe in addresses and
// storage keys.
func safeID(id string) bool {
	if len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

func suggestID(id string, pos int) string {
	if s := Slug(id); s != "" {
		return s
	}
	return "q" + strconv.Itoa(pos)
}

func typeNames() []string {
	out := make([]string, len(quiz.Types))
	for i, t := range quiz.Types {
		out[i] = string(t)
	}
	return out
}

func typeList() string { return strings.Join(typeNames(), ", ") }

// list returns the items of a list value; a single value counts as a
// list of one.
func list(n *yaml.Node) []*yaml.Node {
	if isNull(n) {
		return nil
	}
	if n.Kind == yaml.SequenceNode {
		return n.Content
	}
	return []*yaml.Node{n}
}

func (p *nativeParser) choices(q *quiz.Question, qn *yaml.Node, f map[string]*yaml.Node) {
	type entry struct {
		node *yaml.Node
		set  bool // correctness given explicitly in the full form
	}
	var entries []entry
	index := map[string]int{}
	add := func(n *yaml.Node, c quiz.Choice, explicit bool) {
		c.Text = strings.TrimSpace(c.Text)
		if c.Text == "" {
			p.errorf(n, "choice is empty: write its text")
			return
		}
		if i, dup := index[c.Text]; dup {
			first := entries[i].node
			if q.Choices[i].Correct != c.Correct {
				p.errorf(n, "%q is both a right answer and a wrong one (first at %d:%d): remove it from the wrong answers", c.Text, first.Line, first.Column)
			} else {
				p.errorf(n, "choice %q is listed twice (first at %d:%d): remove one", c.Text, first.Line, first.Column)
			}
			return
		}
		index[c.Text] = len(q.Choices)
		q.Choices = append(q.Choices, c)
		entries = append(entries, entry{n, explicit})
	}
	answers := append(list(f["answer"]), list(f["answers"])...)
	unresolved := false // an answer: that names no choice was reported
	if cn := f["choices"]; !isNull(cn) {
		if cn.Kind != yaml.SequenceNode {
			p.errorf(cn, "choices must be a list: start each choice with '- '")
		}
		for _, c := range list(cn) {
			switch c.Kind {
			case yaml.ScalarNode:
				add(c, quiz.Choice{Text: c.Value}, false)
			case yaml.MappingNode:
				cf := p.fields(c, choiceKeys, "choice field")
				ch := quiz.Choice{Text: p.str(cf["text"], "choice text"), Feedback: p.str(cf["feedback"], "choice feedback")}
				explicit := false
				if w := cf["weight"]; !isNull(w) {
					if v, ok := p.num(w, "weight"); ok {
						if v < -100 || v > 100 {
							p.errorf(w, "weight %v is out of range: use a percentage from -100 to 100", v)
						}
						ch.Weight = v
						if q.Type == quiz.Multiple {
							ch.Correct = v > 0
						}
					}
				}
				if cc := cf["correct"]; !isNull(cc) {
					b, ok := parseBool(cc.Value)
					if !ok || cc.Kind != yaml.ScalarNode {
						p.errorf(cc, "correct must be true or false, not %q", cc.Value)
					}
					ch.Correct, explicit = b, true
				}
				if cf["text"] == nil {
					p.errorf(c, "choice has no text: add text:")
					continue
				}
				add(cf["text"], ch, explicit)
			default:
				p.errorf(c, "a choice must be text, or fields like text: and correct:")
			}
		}
		for _, a := range answers {
			if a.Kind != yaml.ScalarNode {
				p.errorf(a, "an answer must be the text of one of the choices")
				unresolved = true
				continue
			}
			t := strings.TrimSpace(a.Value)
			i, ok := index[t]
			if !ok {
				msg := fmt.Sprintf("answer %q is not one of the choices", t)
				var texts []string
				for _, c := range q.Choices {
					texts = append(texts, c.Text)
				}
				if near := nearest(t, texts); near != "" {
					p.errorf(a, "%s: did you mean %q?", msg, near)
				} else {
					p.errorf(a, "%s: add it to choices, or fix its spelling", msg)
				}
				unresolved = true
				continue
			}
			if entries[i].set && !q.Choices[i].Correct {
				p.errorf(a, "%q is both a right answer and a wrong one (correct: false at %d:%d): fix one of them", t, entries[i].node.Line, entries[i].node.Column)
			}
			q.Choices[i].Correct = true
		}
	} else {
		for _, a := range answers {
			if a.Kind != yaml.ScalarNode {
				p.errorf(a, "an answer must be text; for weights or feedback use choices: with text:, correct:, weight:, feedback:")
				continue
			}
			add(a, quiz.Choice{Text: a.Value, Correct: true}, true)
		}
	}
	for _, w := range list(f["wrong"]) {
		if w.Kind != yaml.ScalarNode {
			p.errorf(w, "a wrong answer must be text; for weights or feedback use choices: with text:, correct:, weight:, feedback:")
			continue
		}
		add(w, quiz.Choice{Text: w.Value}, true)
	}
	right := 0
	for _, c := range q.Choices {
		if c.Correct {
			right++
		}
	}
	switch {
	case right == 0 && unresolved:
	case right == 0:
		p.errorf(qn, "choice question has no right answer: add answer: with the right choice")
	case len(q.Choices) < 2:
		p.errorf(qn, "choice question needs at least 2 choices: add wrong answers under wrong:")
	}
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "t", "yes", "y":
		return true, true
	case "false", "f", "no", "n":
		return false, true
	}
	return false, false
}

func (p *nativeParser) truth(q *quiz.Question, qn *yaml.Node, f map[string]*yaml.Node) {
	a := f["answer"]
	if isNull(a) {
		p.errorf(qn, "truefalse question has no answer: add answer: true or answer: false")
		return
	}
	b, ok := parseBool(a.Value)
	if !ok || a.Kind != yaml.ScalarNode {
		p.errorf(a, "truefalse answer must be true or false, not %q", a.Value)
		return
	}
	q.Truth = b
}

func (p *nativeParser) texts(q *quiz.Question, qn *yaml.Node, f map[string]*yaml.Node) {
	seen := map[string]*yaml.Node{}
	for _, a := range append(list(f["answer"]), list(f["answers"])...) {
		var ta quiz.TextAnswer
		at := a
		switch a.Kind {
		case yaml.ScalarNode:
			ta.Text = a.Value
		case yaml.MappingNode:
			af := p.fields(a, textKeys, "answer field")
			if af["text"] == nil {
				p.errorf(a, "answer has no text: add text:")
				continue
			}
			at = af["text"]
			ta.Text = p.str(at, "answer text")
			ta.Feedback = p.str(af["feedback"], "answer feedback")
			if w := af["weight"]; !isNull(w) {
				if v, ok := p.num(w, "weight"); ok {
					if v <= 0 || v > 100 {
						p.errorf(w, "weight %v is out of range: an accepted answer gets from 1 to 100 percent", v)
					}
					ta.Weight = v
				}
			}
		default:
			p.errorf(a, "an accepted answer must be text, or fields like text: and weight:")
			continue
		}
		ta.Text = strings.TrimSpace(ta.Text)
		if ta.Text == "" {
			p.errorf(at, "accepted answer is empty: write its text")
			continue
		}
		if first, dup := seen[ta.Text]; dup {
			p.errorf(at, "answer %q is listed twice (first at %d:%d): remove one", ta.Text, first.Line, first.Column)
			continue
		}
		seen[ta.Text] = at
		q.Accepted = append(q.Accepted, ta)
	}
	if len(q.Accepted) == 0 && len(seen) == 0 && isNull(f["answer"]) && isNull(f["answers"]) {
		p.errorf(qn, "text question has no accepted answer: add answer: with the expected text")
	}
}

func (p *nativeParser) numRange(n *yaml.Node) (lo, hi float64, ok bool) {
	if n.Kind != yaml.SequenceNode || len(n.Content) != 2 {
		p.errorf(n, "range must be two numbers, the smallest and the largest accepted: range: [1820, 1824]")
		return 0, 0, false
	}
	lo, ok1 := p.num(n.Content[0], "range start")
	hi, ok2 := p.num(n.Content[1], "range end")
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	if lo >= hi {
		p.errorf(n, "range [%s, %s] is empty or backwards: write the smaller number first", fmtNum(lo), fmtNum(hi))
		return 0, 0, false
	}
	return lo, hi, true
}

func (p *nativeParser) tolerance(n *yaml.Node) float64 {
	if isNull(n) {
		return 0
	}
	v, ok := p.num(n, "tolerance")
	if ok && v < 0 {
		p.errorf(n, "tolerance %s is negative: write how far from the answer is still right, like 0.5", fmtNum(v))
		return 0
	}
	return v
}

func (p *nativeParser) numbers(q *quiz.Question, qn *yaml.Node, f map[string]*yaml.Node) {
	a, r := f["answer"], f["range"]
	if !isNull(a) || !isNull(r) {
		var na quiz.NumberAnswer
		if !isNull(a) && !isNull(r) {
			p.errorf(r, "give either answer: (with tolerance:) or range:, not both")
			return
		}
		if !isNull(a) {
			v, ok := p.num(a, "answer")
			if !ok {
				return
			}
			na.Value = v
			na.Tolerance = p.tolerance(f["tolerance"])
		} else {
			lo, hi, ok := p.numRange(r)
			if !ok {
				return
			}
			na = quiz.NumberAnswer{Value: (lo + hi) / 2, Min: lo, Max: hi}
			if !isNull(f["tolerance"]) {
				p.errorf(f["tolerance"], "tolerance does not go with range: widen the range instead")
			}
		}
		q.Numbers = append(q.Numbers, na)
	} else if !isNull(f["tolerance"]) {
		p.errorf(f["tolerance"], "tolerance without answer: add answer: with the number")
	}
	if ns := f["numbers"]; !isNull(ns) {
		if ns.Kind != yaml.SequenceNode {
			p.errorf(ns, "numbers must be a list: start each accepted number with '- '")
		}
		for _, e := range list(ns) {
			switch e.Kind {
			case yaml.ScalarNode:
				if v, ok := p.num(e, "number"); ok {
					q.Numbers = append(q.Numbers, quiz.NumberAnswer{Value: v})
				}
			case yaml.MappingNode:
				ef := p.fields(e, numberKeys, "number field")
				var na quiz.NumberAnswer
				switch {
				case !isNull(ef["value"]) && !isNull(ef["range"]):
					p.errorf(ef["range"], "give either value: (with tolerance:) or range:, not both")
					continue
				case !isNull(ef["value"]):
					v, ok := p.num(ef["value"], "value")
					if !ok {
						continue
					}
					na.Value = v
					na.Tolerance = p.tolerance(ef["tolerance"])
				case !isNull(ef["range"]):
					lo, hi, ok := p.numRange(ef["range"])
					if !ok {
						continue
					}
					na = quiz.NumberAnswer{Value: (lo + hi) / 2, Min: lo, Max: hi}
				default:
					p.errorf(e, "accepted number has no value: add value: or range:")
					continue
				}
				na.Feedback = p.str(ef["feedback"], "feedback")
				if w := ef["weight"]; !isNull(w) {
					if v, ok := p.num(w, "weight"); ok {
						if v <= 0 || v > 100 {
							p.errorf(w, "weight %v is out of range: an accepted number gets from 1 to 100 percent", v)
						}
						na.Weight = v
					}
				}
				q.Numbers = append(q.Numbers, na)
			default:
				p.errorf(e, "an accepted number must be a number, or fields like value: and tolerance:")
			}
		}
	}
	if len(q.Numbers) == 0 && isNull(f["numbers"]) && isNull(a) && isNull(r) {
		p.errorf(qn, "number question has no answer: add answer: with the number (and tolerance: if near is good enough)")
	}
}

func (p *nativeParser) pairs(q *quiz.Question, qn *yaml.Node, f map[string]*yaml.Node) {
	pn := f["pairs"]
	if isNull(pn) {
		p.errorf(qn, "matching question has no pairs: add pairs: with item: and match: for each")
		return
	}
	seen := map[string]*yaml.Node{}
	before := p.nerr // a pair reported already: no "at least 2 pairs" on top
	add := func(itemNode, matchNode *yaml.Node) {
		pr := quiz.Pair{Item: strings.TrimSpace(p.str(itemNode, "item")), Match: strings.TrimSpace(p.str(matchNode, "match"))}
		if pr.Item == "" {
			p.errorf(itemNode, "pair has an empty item: write the item to match, or list a partner that goes with no item under wrong:")
			return
		}
		if pr.Match == "" {
			at := matchNode
			if at == nil {
				at = itemNode
			}
			p.errorf(at, "item %q has no match: write its partner", pr.Item)
			return
		}
		if first, dup := seen[pr.Item]; dup {
			p.errorf(itemNode, "item %q is listed twice (first at %d:%d): each item needs one match", pr.Item, first.Line, first.Column)
			return
		}
		seen[pr.Item] = itemNode
		q.Pairs = append(q.Pairs, pr)
	}
	switch pn.Kind {
	case yaml.MappingNode: // pairs: {France: Paris, Italy: Rome}
		for i := 0; i+1 < len(pn.Content); i += 2 {
			add(pn.Content[i], pn.Content[i+1])
		}
	case yaml.SequenceNode:
		for _, e := range pn.Content {
			if e.Kind != yaml.MappingNode {
				p.errorf(e, "a pair must be item: and match:, or 'item: match'")
				continue
			}
			if len(e.Content) == 2 && e.Content[0].Value != "item" && e.Content[0].Value != "match" {
				add(e.Content[0], e.Content[1]) // - France: Paris
				continue
			}
			ef := p.fields(e, pairKeys, "pair field")
			if ef["item"] == nil {
				p.errorf(e, "pair has no item: add item:")
				continue
			}
			add(ef["item"], ef["match"])
		}
	default:
		p.errorf(pn, "pairs must be a list of item: and match:")
		return
	}
	// wrong: lists partners offered to every item and right for none
	// (Moodle's extra answers), as it lists a choice question's wrong choices.
	var distractors distractorList[*yaml.Node]
	for _, w := range list(f["wrong"]) {
		text := ""
		if w.Kind == yaml.ScalarNode {
			text = strings.TrimSpace(w.Value)
		}
		if text == "" {
			p.errorf(w, "a wrong partner must be text: a match that goes with no item")
			continue
		}
		distractors.add(w, text)
	}
	distractors.appendTo(q, func(at *yaml.Node, msg string) { p.warnf(at, "%s", msg) })
	if len(q.Items()) < 2 && p.nerr == before {
		p.errorf(pn, "%s: add more under pairs:", tooFewItems(q))
	}
}

// fmtNum writes a number the shortest way that reads back the same.
func fmtNum(v float64) string {
	if math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// CheckQuiz puts a quiz that comes from elsewhere than a file (the
// browser's storage, a backup) through the checks of a question file:
// it is written in the native format and read back, so that what a file
// may not hold (a choice question without choices or without one right
// answer, a matching question without pairs), stored data may not hold
// either. It returns the errors, each naming its question by number
// instead of a position in the written file, which the learner never sees.
func CheckQuiz(q *quiz.Quiz) Problems {
	var b bytes.Buffer
	if err := WriteNative(&b, q); err != nil {
		return Problems{{Msg: "it cannot be written as a question file: " + err.Error()}}
	}
	// The line where each question starts, as WriteNative lays them out.
	var starts []int
	for i, line := range bytes.Split(b.Bytes(), []byte("\n")) {
		if bytes.HasPrefix(line, []byte("  - ")) {
			starts = append(starts, i+1)
		}
	}
	_, ps := parseAs(Native, "quiz.yaml", b.Bytes())
	errs := ps.Errors()
	for i, e := range errs {
		if n := sort.SearchInts(starts, e.Line+1); e.Line > 0 && n > 0 {
			errs[i].Msg = "question " + strconv.Itoa(n) + ": " + e.Msg
		}
		errs[i].File, errs[i].Line, errs[i].Col = "", 0, 0
	}
	return errs
}
