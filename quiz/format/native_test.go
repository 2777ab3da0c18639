package format

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"

	"factquiz/quiz"
)

// problemStrings renders problems without the file name, for comparing.
func problemStrings(ps Problems) []string {
	var out []string
	for _, p := range ps {
		s := p.Error()
		out = append(out, strings.TrimPrefix(s, p.File+":"))
	}
	return out
}

func TestNativeProblems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"syntax", "title: x\nquestions:\n  - type: single\n   prompt: bad indent\n",
			[]string{"4:4: YAML syntax error: did not find expected '-' indicator: check the indentation, and put text containing ': ' or starting with a special character in quotes"}},
		{"tabs", "title: x\nquestions:\n\t- type: single\n",
			[]string{"3:2: YAML syntax error: found character that cannot start any token: indent with spaces, not tabs"}},
		{"empty", "", []string{"1:1: file is empty: add a title: and questions:"}},
		{"no questions", "title: x\n", []string{"1:1: file has no questions: add questions: with a list of questions"}},
		{"questions not list", "title: x\nquestions: 3\n", []string{"2:12: questions must be a list: start each question with '- '"}},
		{"unknown field", "title: x\nquestions:\n  - type: text\n    promt: Capital of France?\n    answer: Paris\n",
			[]string{
				"3:5: question has no prompt: add prompt: with the question",
				"4:5: unknown field \"promt\": did you mean \"prompt\"?",
			}},
		{"unknown top field", "titel: x\nquestions:\n  - {type: text, prompt: p, answer: a}\n",
			[]string{"1:1: unknown field \"titel\": did you mean \"title\"?", "1:1: warning: file has no title: add title: with the quiz's name"}},
		{"unknown field far", "title: x\nquestions:\n  - {type: text, prompt: p, answer: a, colour: red}\n",
			[]string{"3:40: unknown field \"colour\": use one of id, title, type, format, prompt, answer, answers, wrong, choices, tolerance, range, numbers, pairs, explanation, evidence, fact, feedback"}},
		{"empty prompt", "title: x\nquestions:\n  - type: text\n    prompt: \"  \"\n    answer: a\n",
			[]string{"4:13: question has an empty prompt: write the question after prompt:"}},
		{"no type", "title: x\nquestions:\n  - prompt: p\n    answer: a\n",
			[]string{"3:5: question has no type: add type: with one of single, multiple, truefalse, text, number, matching"}},
		{"unknown type near", "title: x\nquestions:\n  - type: singel\n    prompt: p\n    answer: a\n",
			[]string{"3:11: unknown type \"singel\": did you mean \"single\"?"}},
		{"unknown type far", "title: x\nquestions:\n  - type: essay\n    prompt: p\n",
			[]string{"3:11: unknown type \"essay\": use one of single, multiple, truefalse, text, number, matching"}},
		{"no right answer", "title: x\nquestions:\n  - type: single\n    prompt: p\n    wrong: [a, b]\n",
			[]string{"3:5: choice question has no right answer: add answer: with the right choice"}},
		{"right also wrong", "title: x\nquestions:\n  - type: single\n    prompt: p\n    answer: a\n    wrong: [b, a]\n",
			[]string{"6:16: \"a\" is both a right answer and a wrong one (first at 5:13): remove it from the wrong answers"}},
		{"choice twice", "title: x\nquestions:\n  - type: single\n    prompt: p\n    answer: a\n    wrong: [b, b]\n",
			[]string{"6:16: choice \"b\" is listed twice (first at 6:13): remove one"}},
		// One pick, either right answer earns full credit (as Moodle's {=as =like ~for}).
		{"single two right", "title: x\nquestions:\n  - type: single\n    prompt: p\n    answers: [a, b]\n    wrong: [c]\n", nil},
		{"one choice", "title: x\nquestions:\n  - type: single\n    prompt: p\n    answer: a\n",
			[]string{"3:5: choice question needs at least 2 choices: add wrong answers under wrong:"}},
		{"answer not a choice", "title: x\nquestions:\n  - type: single\n    prompt: p\n    choices: [Paris, Rome]\n    answer: Pari\n",
			[]string{"6:13: answer \"Pari\" is not one of the choices: did you mean \"Paris\"?"}},
		{"wrong field for type", "title: x\nquestions:\n  - type: text\n    prompt: p\n    answer: a\n    wrong: [b]\n",
			[]string{"6:5: field \"wrong\" is not used by a text question: remove it, or change the type"}},
		{"truefalse bad", "title: x\nquestions:\n  - type: truefalse\n    prompt: p\n    answer: maybe\n",
			[]string{"5:13: truefalse answer must be true or false, not \"maybe\""}},
		{"truefalse missing", "title: x\nquestions:\n  - type: truefalse\n    prompt: p\n",
			[]string{"3:5: truefalse question has no answer: add answer: true or answer: false"}},
		{"text missing", "title: x\nquestions:\n  - type: text\n    prompt: p\n",
			[]string{"3:5: text question has no accepted answer: add answer: with the expected text"}},
		{"number bad", "title: x\nquestions:\n  - type: number\n    prompt: p\n    answer: 1,822\n",
			[]string{"5:13: answer \"1,822\" is not a number: write it like 1822 or 3.5 (a dot for decimals, no spaces or thousands separators)"}},
		{"number nan", "title: x\nquestions:\n  - type: number\n    prompt: p\n    answer: .nan\n",
			[]string{"5:13: answer \".nan\" is not a number: write it like 1822 or 3.5 (a dot for decimals, no spaces or thousands separators)"}},
		{"tolerance bad", "title: x\nquestions:\n  - type: number\n    prompt: p\n    answer: 3\n    tolerance: -1\n",
			[]string{"6:16: tolerance -1 is negative: write how far from the answer is still right, like 0.5"}},
		{"range backwards", "title: x\nquestions:\n  - type: number\n    prompt: p\n    range: [5, 1]\n",
			[]string{"5:12: range [5, 1] is empty or backwards: write the smaller number first"}},
		{"range short", "title: x\nquestions:\n  - type: number\n    prompt: p\n    range: [5]\n",
			[]string{"5:12: range must be two numbers, the smallest and the largest accepted: range: [1820, 1824]"}},
		{"number missing", "title: x\nquestions:\n  - type: number\n    prompt: p\n",
			[]string{"3:5: number question has no answer: add answer: with the number (and tolerance: if near is good enough)"}},
		{"matching one pair", "title: x\nquestions:\n  - type: matching\n    prompt: p\n    pairs: {a: b}\n",
			[]string{"5:12: matching question needs at least 2 pairs: add more under pairs:"}},
		{"matching no pairs", "title: x\nquestions:\n  - type: matching\n    prompt: p\n",
			[]string{"3:5: matching question has no pairs: add pairs: with item: and match: for each"}},
		{"matching dup item", "title: x\nquestions:\n  - type: matching\n    prompt: p\n    pairs:\n      - {item: a, match: b}\n      - {item: a, match: c}\n      - {item: d, match: e}\n",
			[]string{"7:16: item \"a\" is listed twice (first at 6:16): each item needs one match"}},
		{"duplicate ids", "title: x\nquestions:\n  - {id: a, type: text, prompt: p, answer: a}\n  - {id: a, type: text, prompt: p, answer: a}\n",
			[]string{"4:10: duplicate question id \"a\" (first used at 3:10): give each question its own id"}},
		{"field twice", "title: x\nquestions:\n  - type: text\n    prompt: p\n    prompt: q\n    answer: a\n",
			[]string{"5:5: field \"prompt\" is given twice (first at 4:5): keep one"}},
		{"alias", "title: x\nquestions:\n  - &q {type: text, prompt: p, answer: a}\n  - *q\n",
			[]string{"4:5: aliases (*q) are not supported: write the value out in full"}},
		{"weight range", "title: x\nquestions:\n  - type: multiple\n    prompt: p\n    choices:\n      - {text: a, weight: 150}\n      - b\n",
			[]string{"6:27: weight 150 is out of range: use a percentage from -100 to 100"}},
		{"second document", "title: x\nquestions:\n  - {type: text, prompt: p, answer: a}\n---\ntitle: y\n",
			[]string{"4:1: warning: only the first YAML document is read: remove the '---' line and what follows, or move it to its own file"}},
		{"neither utf8 nor windows-1252", "title: caf\x8d\n", []string{"1:11: file is not UTF-8, nor Windows-1252 text (byte 0x8D here): save it again as UTF-8"}},
		{"utf16 that is not text", "\xff\xfe\x00\x00", []string{"1:1: file is UTF-16 but not readable as text: save it again as UTF-8"}},
		{"scalar root", "just text\n", []string{"1:1: file must start with fields like title: and questions:, not a single value"}},
		{"feedback scalar", "title: x\nquestions:\n  - {type: text, prompt: p, answer: a, feedback: nice}\n",
			[]string{"3:50: feedback must have right: and/or wrong: under it"}},
		{"id not simple", "title: x\nquestions:\n  - id: Capital of France?\n    type: text\n    prompt: p\n    answer: a\n",
			[]string{"3:9: warning: id \"Capital of France?\" is not a simple name: use letters, digits, '-' and '_' (at most 64), like \"capital-of-france\""}},
		{"title list", "title: [a, b]\nquestions:\n  - {type: text, prompt: p, answer: a}\n",
			[]string{"1:1: warning: file has no title: add title: with the quiz's name", "1:8: title must be text, not a list or mapping: put it in quotes if it contains ': ' or starts with '-', '[' or '{'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := Parse("t.yaml", []byte(tt.in))
			got := problemStrings(ps)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
			for _, p := range ps {
				if p.File != "t.yaml" {
					t.Errorf("problem file = %q", p.File)
				}
			}
		})
	}
}

func TestJSONSyntaxError(t *testing.T) {
	_, ps := Parse("t.json", []byte("{\"title\": \"x\",\n \"questions\": [}\n"))
	want := []string{"2:2: JSON syntax error: found character that cannot start any token: check the commas, quotes and brackets around here"}
	if got := problemStrings(ps); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestNativeGoodQuestionsSurviveBadOnes(t *testing.T) {
	in := "title: x\nquestions:\n  - {type: text, prompt: p1, answer: a}\n  - {type: text, prompt: '', answer: a}\n  - {type: text, prompt: p3, answer: a}\n"
	q, ps := Parse("Mixed File.yml", []byte(in))
	if len(ps.Errors()) != 1 {
		t.Fatalf("problems: %v", ps)
	}
	if q == nil || len(q.Questions) != 2 || q.Questions[0].ID != "q1" || q.Questions[1].ID != "q3" {
		t.Fatalf("quiz = %+v", q)
	}
	if q.ID != "mixed-file" {
		t.Errorf("ID = %q", q.ID)
	}
}

func TestNativeFull(t *testing.T) {
	data, err := os.ReadFile("testdata/karabakh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, ps := Parse("testdata/karabakh.yaml", data)
	if len(ps) != 0 {
		t.Fatalf("problems: %v", ps)
	}
	want := &quiz.Quiz{
		ID:          "karabakh",
		Title:       "Nagorno-Karabakh, November 2020",
		Description: "The ceasefire that ended the 2020 war.",
		Source:      "TASS, via Wikipedia",
		Questions: []quiz.Question{
			{ID: "start", Type: quiz.Single, Prompt: "When did the 2020 war begin?",
				Choices:  []quiz.Choice{{Text: "September 27", Correct: true}, {Text: "October 10"}, {Text: "November 9"}, {Text: "August 1"}},
				Evidence: "The war began on 27 September 2020.", Fact: "date"},
			{ID: "q2", Type: quiz.Multiple, Prompt: "Which countries signed the ceasefire?",
				Choices: []quiz.Choice{{Text: "Armenia", Correct: true}, {Text: "Azerbaijan", Correct: true}, {Text: "Russia", Correct: true}, {Text: "Turkey"}}},
			{ID: "q3", Type: quiz.TrueFalse, Prompt: "The ceasefire was signed on 9 November 2020.", Truth: true,
				FeedbackRight: "Yes.", FeedbackWrong: "It was 9 November."},
			{ID: "q4", Type: quiz.Text, Prompt: "Which city did Azerbaijan take on 8 November?",
				Accepted: []quiz.TextAnswer{{Text: "Shusha"}, {Text: "Shushi"}}},
			{ID: "q5", Type: quiz.Number, Prompt: "For how many years are Russian peacekeepers deployed?",
				Numbers: []quiz.NumberAnswer{{Value: 5}}},
			{ID: "q6", Type: quiz.Number, Prompt: "When did the first war start?",
				Numbers: []quiz.NumberAnswer{{Value: 1990, Min: 1988, Max: 1992}}},
			{ID: "q7", Type: quiz.Matching, Prompt: "Match each leader to his country.",
				Pairs: []quiz.Pair{{Item: "Pashinyan", Match: "Armenia"}, {Item: "Aliyev", Match: "Azerbaijan"}, {Item: "Putin", Match: "Russia"}}},
			{ID: "q8", Type: quiz.Single, Prompt: "Weighted",
				Choices: []quiz.Choice{{Text: "A", Correct: true, Feedback: "good"}, {Text: "B", Weight: 50}, {Text: "C"}}},
		},
	}
	if !reflect.DeepEqual(q, want) {
		t.Errorf("got  %+v\nwant %+v", q, want)
	}
}

// roundTrip writes q natively and as JSON and reads both back.
func roundTrip(t *testing.T, q *quiz.Quiz) {
	t.Helper()
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer, *quiz.Quiz) error
	}{
		{q.ID + ".yaml", func(b *bytes.Buffer, q *quiz.Quiz) error { return WriteNative(b, q) }},
		{q.ID + ".json", func(b *bytes.Buffer, q *quiz.Quiz) error { return WriteJSON(b, q) }},
	} {
		var b bytes.Buffer
		if err := tc.write(&b, q); err != nil {
			t.Fatal(err)
		}
		back, ps := Parse(tc.name, b.Bytes())
		if len(ps) != 0 {
			t.Fatalf("%s: reading back: %v\n%s", tc.name, ps, b.String())
		}
		if !reflect.DeepEqual(back, q) {
			t.Errorf("%s: round trip changed the quiz:\n got %+v\nwant %+v\n%s", tc.name, back, q, b.String())
		}
	}
}

func TestNativeRoundTrip(t *testing.T) {
	data, err := os.ReadFile("testdata/karabakh.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, _ := Parse("karabakh.yaml", data)
	roundTrip(t, q)
	// Full forms: weights, feedback, several numbers, odd texts.
	roundTrip(t, &quiz.Quiz{ID: "odd", Title: "true", Questions: []quiz.Question{
		{ID: "n", Title: "Numbers", Type: quiz.Number, Prompt: "multi\nline: prompt",
			Numbers: []quiz.NumberAnswer{{Value: 1822, Tolerance: 0.5, Weight: 100, Feedback: "exact"}, {Value: 1825, Min: 1800, Max: 1850, Weight: 50}}},
		{ID: "q2", Type: quiz.Text, Prompt: "- starts with a dash", Accepted: []quiz.TextAnswer{{Text: "yes"}, {Text: "1822", Weight: 50, Feedback: "near"}}},
		{ID: "q3", Type: quiz.Multiple, Prompt: "#hash", Choices: []quiz.Choice{{Text: "no", Weight: -100}, {Text: "[x]", Correct: true, Weight: 50}, {Text: "{y}", Correct: true, Weight: 50}}},
		{ID: "q4", Type: quiz.Single, Prompt: "order", Choices: []quiz.Choice{{Text: "b"}, {Text: "a", Correct: true}}},
		{ID: "q5", Type: quiz.TrueFalse, Prompt: "f", Truth: false},
		{ID: "q6", Type: quiz.Matching, Prompt: "m", Pairs: []quiz.Pair{{Item: "a", Match: "x"}, {Item: "b", Match: "x"}}},
		{ID: "q7", Type: quiz.Matching, Prompt: "distractors", Pairs: []quiz.Pair{{Item: "a", Match: "x"}, {Item: "b", Match: "y"}, {Match: "- z"}, {Match: "[w]"}}},
	}})
}
