package format

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"factquiz/quiz"
)

// rivers is a matching question with two partners that go with no town.
var rivers = quiz.Question{ID: "rivers", Title: "Rivers", Type: quiz.Matching, Prompt: "Which river runs through each town?",
	Pairs: []quiz.Pair{{Item: "Ardlow", Match: "the Tane"}, {Item: "Kessick", Match: "the Oul"}, {Match: "the Brede"}, {Match: "the Wyle"}}}

// Every reader takes a match without an item as a distractor and puts the
// distractors after the items, wherever the file lists them.
func TestReadDistractors(t *testing.T) {
	tests := []struct {
		name, file, text string
	}{
		{"gift, distractors first and between", "rivers.gift",
			"::Rivers::Which river runs through each town? {\n= -> the Brede\n=Ardlow -> the Tane\n=  -> the Wyle\n=Kessick -> the Oul\n}\n"},
		{"moodle xml, empty subquestion text", "rivers.xml", `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<question type="matching">
<name><text>Rivers</text></name>
<questiontext format="html"><text>Which river runs through each town?</text></questiontext>
<subquestion format="html"><text></text><answer><text>the Brede</text></answer></subquestion>
<subquestion format="html"><text>Ardlow</text><answer><text>the Tane</text></answer></subquestion>
<subquestion format="html"><text>Kessick</text><answer><text>the Oul</text></answer></subquestion>
<subquestion format="html"><text><![CDATA[ ]]></text><answer><text>the Wyle</text></answer></subquestion>
</question>
</quiz>
`},
		{"native yaml, wrong:", "rivers.yaml", `title: Rivers
questions:
  - id: rivers
    title: Rivers
    type: matching
    prompt: Which river runs through each town?
    pairs:
      Ardlow: the Tane
      Kessick: the Oul
    wrong: [the Brede, the Wyle]
`},
		{"native json, wrong:", "rivers.json", `{"title": "Rivers", "questions": [{"id": "rivers", "title": "Rivers", "type": "matching",
  "prompt": "Which river runs through each town?",
  "pairs": [{"item": "Ardlow", "match": "the Tane"}, {"item": "Kessick", "match": "the Oul"}],
  "wrong": ["the Brede", "the Wyle"]}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ps := Parse(tt.file, []byte(tt.text))
			if len(ps) != 0 {
				t.Fatalf("problems: %v", ps)
			}
			if len(q.Questions) != 1 {
				t.Fatalf("%d questions, want 1", len(q.Questions))
			}
			if got := q.Questions[0]; !reflect.DeepEqual(got, rivers) {
				t.Errorf("got  %+v\nwant %+v", got, rivers)
			}
		})
	}
}

// Every writer keeps the distractors, in the form Moodle reads, and its
// file reads back to the same question.
func TestWriteDistractors(t *testing.T) {
	quizIn := &quiz.Quiz{ID: "rivers", Title: "Rivers", Questions: []quiz.Question{rivers}}
	tests := []struct {
		file  string
		write func(*bytes.Buffer, *quiz.Quiz) error
		holds []string // what the written file must say
	}{
		{"rivers.gift", func(b *bytes.Buffer, q *quiz.Quiz) error { return WriteGIFT(b, q) }, []string{"= -> the Brede", "= -> the Wyle"}},
		{"rivers.xml", func(b *bytes.Buffer, q *quiz.Quiz) error { return WriteMoodleXML(b, q) },
			[]string{"<subquestion format=\"plain_text\">\n      <text></text>\n      <answer>\n        <text>the Brede</text>"}},
		{"rivers.yaml", func(b *bytes.Buffer, q *quiz.Quiz) error { return WriteNative(b, q) }, []string{"wrong: [the Brede, the Wyle]"}},
		{"rivers.json", func(b *bytes.Buffer, q *quiz.Quiz) error { return WriteJSON(b, q) }, []string{`"wrong": [`, `"the Wyle"`}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b, quizIn); err != nil {
				t.Fatal(err)
			}
			for _, h := range tt.holds {
				if !strings.Contains(b.String(), h) {
					t.Errorf("no %q in:\n%s", h, b.String())
				}
			}
			back, ps := Parse(tt.file, b.Bytes())
			if len(ps) != 0 {
				t.Fatalf("reading back: %v\n%s", ps, b.String())
			}
			if len(back.Questions) != 1 || !reflect.DeepEqual(back.Questions[0], rivers) {
				t.Errorf("read back %+v\nwant %+v\n%s", back.Questions, rivers, b.String())
			}
		})
	}
}

// What a teacher may get wrong about distractors, in every format.
func TestDistractorProblems(t *testing.T) {
	const head = "title: T\nquestions:\n"
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"gift, one item", "t.gift", "Q {=a -> b = -> c = -> d}",
			[]string{"1:3: matching question needs at least 2 items with their match (an extra match without an item does not count): add more =item -> match"}},
		{"xml, one item", "t.xml", "<quiz><question type=\"matching\"><name><text>Q</text></name><questiontext><text>Q</text></questiontext>\n" +
			"<subquestion><text>a</text><answer><text>b</text></answer></subquestion>\n<subquestion><text></text><answer><text>c</text></answer></subquestion>\n</question></quiz>",
			[]string{"1:7: matching question needs at least 2 items with their match (an extra match without an item does not count): add <subquestion>s, each with its <answer>"}},
		{"xml, distractor like a match", "t.xml", "<quiz><question type=\"matching\"><name><text>Q</text></name><questiontext><text>Q</text></questiontext>\n" +
			"<subquestion><text>a</text><answer><text>b</text></answer></subquestion>\n<subquestion><text>c</text><answer><text>d</text></answer></subquestion>\n" +
			"<subquestion><text></text><answer><text>d</text></answer></subquestion>\n</question></quiz>",
			[]string{"4:1: warning: extra match \"d\" is the match of item \"c\" already: it is offered once, as that item's partner"}},
		{"yaml, one item", "t.yaml", head + "  - {type: matching, prompt: p, pairs: {a: b}, wrong: [c, d]}\n",
			[]string{"3:40: matching question needs at least 2 items with their match (an extra match without an item does not count): add more under pairs:"}},
		{"yaml, wrong twice", "t.yaml", head + "  - {type: matching, prompt: p, pairs: {a: b, c: d}, wrong: [x, x]}\n",
			[]string{"3:65: warning: extra match \"x\" is listed twice: it is offered once"}},
		{"yaml, wrong not text", "t.yaml", head + "  - {type: matching, prompt: p, pairs: {a: b, c: d}, wrong: [{x: y}, '']}\n",
			[]string{"3:62: a wrong partner must be text: a match that goes with no item", "3:70: a wrong partner must be text: a match that goes with no item"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := Parse(tt.file, []byte(tt.text))
			if got := problemStrings(ps); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
