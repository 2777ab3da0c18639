package format

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/format/internal/yaml"
)

// WriteNative writes q in the native YAML format, readably: the short
// forms (answer:, wrong:, answers:) wherever they say all there is, the
// full forms (choices:, numbers: with weights and feedback) elsewhere.
// The quiz's ID is not written: it comes from the file name.
func WriteNative(w io.Writer, q *quiz.Quiz) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(nativeTree(q)); err != nil {
		return err
	}
	return enc.Close()
}

// WriteJSON writes q as JSON with the same fields as WriteNative.
func WriteJSON(w io.Writer, q *quiz.Quiz) error {
	var b bytes.Buffer
	writeJSONNode(&b, nativeTree(q), "")
	b.WriteByte('\n')
	_, err := w.Write(b.Bytes())
	return err
}

func str(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(strings.TrimRight(s, "\n"), "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

func number(v float64) *yaml.Node {
	s := fmtNum(v)
	tag := "!!float"
	if !strings.ContainsAny(s, ".eE") {
		tag = "!!int"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: s}
}

func boolean(b bool) *yaml.Node {
	v := "false"
	if b {
		v = "true"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: v}
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"} }

func put(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
}

func putStr(m *yaml.Node, key, v string) {
	if v != "" {
		put(m, key, str(v))
	}
}

// strList is a list of strings, on one line ([a, b]) when they are short.
func strList(items []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	total := 0
	for _, s := range items {
		n.Content = append(n.Content, str(s))
		total += len(s) + 2
		if strings.Contains(s, "\n") {
			total += 1000
		}
	}
	if total <= 60 {
		n.Style = yaml.FlowStyle
	}
	return n
}

func nativeTree(q *quiz.Quiz) *yaml.Node {
	root := mapping()
	put(root, "title", str(q.Title))
	putStr(root, "description", q.Description)
	putStr(root, "source", q.Source)
	qs := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	for i := range q.Questions {
		qs.Content = append(qs.Content, questionTree(&q.Questions[i], "q"+strconv.Itoa(i+1)))
	}
	put(root, "questions", qs)
	return root
}

// questionTree writes one question; its id is left out when it is the
// default one (q1, q2, ... by position).
func questionTree(q *quiz.Question, defaultID string) *yaml.Node {
	m := mapping()
	if q.ID != defaultID {
		putStr(m, "id", q.ID)
	}
	putStr(m, "title", q.Title)
	put(m, "type", str(string(q.Type)))
	if q.Markup != nil {
		put(m, "format", str("html"))
		q = withHTMLTexts(q)
	}
	put(m, "prompt", str(q.Prompt))
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		writeChoices(m, q)
	case quiz.TrueFalse:
		put(m, "answer", boolean(q.Truth))
	case quiz.Text:
		writeTexts(m, q)
	case quiz.Number:
		writeNumbers(m, q)
	case quiz.Matching:
		pairs := mapping()
		unique := map[string]bool{}
		var items []quiz.Pair
		var wrong []string // the distractors, as a choice question's wrong choices
		for _, p := range q.Pairs {
			if p.Distractor() {
				wrong = append(wrong, p.Match)
				continue
			}
			items = append(items, p)
			unique[p.Item] = true
			put(pairs, p.Item, str(p.Match))
		}
		if len(unique) != len(items) {
			pairs = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
			for _, p := range items {
				e := mapping()
				put(e, "item", str(p.Item))
				put(e, "match", str(p.Match))
				pairs.Content = append(pairs.Content, e)
			}
		}
		put(m, "pairs", pairs)
		if len(wrong) > 0 {
			put(m, "wrong", strList(wrong))
		}
	}
	putStr(m, "explanation", q.Explanation)
	putStr(m, "evidence", q.Evidence)
	putStr(m, "fact", q.Fact)
	if q.FeedbackRight != "" || q.FeedbackWrong != "" {
		fb := mapping()
		putStr(fb, "right", q.FeedbackRight)
		putStr(fb, "wrong", q.FeedbackWrong)
		put(m, "feedback", fb)
	}
	return m
}

func writeChoices(m *yaml.Node, q *quiz.Question) {
	plain, rightFirst, seenWrong := true, true, false
	var right, wrong, all []string
	for _, c := range q.Choices {
		if c.Weight != 0 || c.Feedback != "" {
			plain = false
		}
		if c.Correct {
			right = append(right, c.Text)
			if seenWrong {
				rightFirst = false
			}
		} else {
			wrong = append(wrong, c.Text)
			seenWrong = true
		}
		all = append(all, c.Text)
	}
	putRight := func() {
		if q.Type == quiz.Single && len(right) == 1 {
			put(m, "answer", str(right[0]))
		} else {
			put(m, "answers", strList(right))
		}
	}
	switch {
	case plain && rightFirst:
		putRight()
		if len(wrong) > 0 {
			put(m, "wrong", strList(wrong))
		}
	case plain:
		put(m, "choices", strList(all))
		putRight()
	default:
		cs := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for _, c := range q.Choices {
			if !c.Correct && c.Weight == 0 && c.Feedback == "" {
				cs.Content = append(cs.Content, str(c.Text))
				continue
			}
			e := mapping()
			put(e, "text", str(c.Text))
			if c.Correct {
				put(e, "correct", boolean(true))
			}
			if c.Weight != 0 {
				put(e, "weight", number(c.Weight))
			}
			putStr(e, "feedback", c.Feedback)
			cs.Content = append(cs.Content, e)
		}
		put(m, "choices", cs)
	}
}

func writeTexts(m *yaml.Node, q *quiz.Question) {
	plain := true
	var texts []string
	for _, a := range q.Accepted {
		if a.Weight != 0 || a.Feedback != "" {
			plain = false
		}
		texts = append(texts, a.Text)
	}
	switch {
	case plain && len(texts) == 1:
		put(m, "answer", str(texts[0]))
	case plain:
		put(m, "answers", strList(texts))
	default:
		as := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for _, a := range q.Accepted {
			if a.Weight == 0 && a.Feedback == "" {
				as.Content = append(as.Content, str(a.Text))
				continue
			}
			e := mapping()
			put(e, "text", str(a.Text))
			if a.Weight != 0 {
				put(e, "weight", number(a.Weight))
			}
			putStr(e, "feedback", a.Feedback)
			as.Content = append(as.Content, e)
		}
		put(m, "answers", as)
	}
}

func rangeNode(n quiz.NumberAnswer) *yaml.Node {
	r := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
	r.Content = []*yaml.Node{number(n.Min), number(n.Max)}
	return r
}

func writeNumbers(m *yaml.Node, q *quiz.Question) {
	if len(q.Numbers) == 1 && q.Numbers[0].Weight == 0 && q.Numbers[0].Feedback == "" {
		n := q.Numbers[0]
		if n.IsRange() {
			put(m, "range", rangeNode(n))
		} else {
			put(m, "answer", number(n.Value))
			if n.Tolerance != 0 {
				put(m, "tolerance", number(n.Tolerance))
			}
		}
		return
	}
	ns := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	for _, n := range q.Numbers {
		e := mapping()
		if n.IsRange() {
			put(e, "range", rangeNode(n))
		} else {
			put(e, "value", number(n.Value))
			if n.Tolerance != 0 {
				put(e, "tolerance", number(n.Tolerance))
			}
		}
		if n.Weight != 0 {
			put(e, "weight", number(n.Weight))
		}
		putStr(e, "feedback", n.Feedback)
		ns.Content = append(ns.Content, e)
	}
	put(m, "numbers", ns)
}

func writeJSONNode(b *bytes.Buffer, n *yaml.Node, indent string) {
	inner := indent + "  "
	switch n.Kind {
	case yaml.MappingNode:
		if len(n.Content) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		for i := 0; i+1 < len(n.Content); i += 2 {
			b.WriteString(inner)
			jsonString(b, n.Content[i].Value)
			b.WriteString(": ")
			writeJSONNode(b, n.Content[i+1], inner)
			if i+2 < len(n.Content) {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "}")
	case yaml.SequenceNode:
		if len(n.Content) == 0 {
			b.WriteString("[]")
			return
		}
		if n.Style == yaml.FlowStyle {
			b.WriteByte('[')
			for i, c := range n.Content {
				if i > 0 {
					b.WriteString(", ")
				}
				writeJSONNode(b, c, inner)
			}
			b.WriteByte(']')
			return
		}
		b.WriteString("[\n")
		for i, c := range n.Content {
			b.WriteString(inner)
			writeJSONNode(b, c, inner)
			if i+1 < len(n.Content) {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	default:
		switch n.Tag {
		case "!!int", "!!float", "!!bool":
			b.WriteString(n.Value)
		default:
			jsonString(b, n.Value)
		}
	}
}

func jsonString(b *bytes.Buffer, s string) {
	var sb bytes.Buffer
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	b.Write(bytes.TrimRight(sb.Bytes(), "\n"))
}
