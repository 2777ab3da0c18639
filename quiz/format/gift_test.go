package format

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"factquiz/quiz"
)

func TestGIFTEveryConstruct(t *testing.T) {
	data, err := os.ReadFile("testdata/every-construct.gift")
	if err != nil {
		t.Fatal(err)
	}
	q, ps := Parse("testdata/every-construct.gift", data)
	wantProblems := []string{
		"53:40: warning: question skipped: an essay (empty {}) cannot be played in the app",
		"55:1: warning: question skipped: text without an answer block {...} is a description in Moodle, which the app does not show",
	}
	got := problemStrings(ps)
	if !reflect.DeepEqual(got, wantProblems) {
		t.Errorf("problems:\n got %q\nwant %q", got, wantProblems)
	}
	want := &quiz.Quiz{
		ID:          "every-construct",
		Title:       "Every GIFT construct",
		Description: "One question of each kind Factquiz reads.",
		Source:      "Moodle GIFT format documentation",
		Questions: []quiz.Question{
			{ID: "capital-of-france", Title: "Capital of France", Type: quiz.Single, Prompt: "What is the capital of France?",
				Choices: []quiz.Choice{{Text: "Paris", Correct: true, Feedback: "Right, Paris."}, {Text: "Lyon", Feedback: "No, Lyon is the third city."}, {Text: "Marseille"}}},
			{ID: "primes", Title: "Primes", Type: quiz.Multiple, Prompt: "Which of these are prime numbers?",
				Choices: []quiz.Choice{{Text: "2", Correct: true, Weight: 50}, {Text: "3", Correct: true, Weight: 50}, {Text: "4", Weight: -100}}},
			{ID: "earth-round", Title: "Earth round", Type: quiz.TrueFalse, Prompt: "The Earth is round.", Truth: true},
			{ID: "sun-cold", Title: "Sun cold", Type: quiz.TrueFalse, Prompt: "The Sun is cold.",
				FeedbackWrong: "It is about 5,500 °C at the surface.", FeedbackRight: "Right, it is hot."},
			{ID: "two-plus-two", Title: "Two plus two", Type: quiz.Text, Prompt: "Two plus two equals",
				Accepted: []quiz.TextAnswer{{Text: "four"}, {Text: "4", Weight: 50, Feedback: "Write it in words."}}},
			{ID: "grant", Title: "Grant", Type: quiz.Number, Prompt: "When was Ulysses S. Grant born?",
				Numbers: []quiz.NumberAnswer{{Value: 1822, Tolerance: 5}}},
			{ID: "range", Title: "Range", Type: quiz.Number, Prompt: "Give a year from 1820 to 1824.",
				Numbers: []quiz.NumberAnswer{{Value: 1822, Min: 1820, Max: 1824}}},
			{ID: "grant-weighted", Title: "Grant weighted", Type: quiz.Number, Prompt: "When was Grant born?",
				Numbers: []quiz.NumberAnswer{{Value: 1822, Feedback: "Correct! Full credit."}, {Value: 1822, Tolerance: 2, Weight: 50, Feedback: "He was born in 1822. Half credit for being close."}}},
			{ID: "animals", Title: "Animals", Type: quiz.Matching, Prompt: "Which animal eats which food?",
				Pairs: []quiz.Pair{{Item: "cat", Match: "cat food"}, {Item: "dog", Match: "dog food"}, {Item: "cow", Match: "grass"}}},
			{ID: "missing-word", Title: "Missing word", Type: quiz.Single, Prompt: "Mahatma Gandhi was born in _____, in Gujarat.",
				Choices: []quiz.Choice{{Text: "Porbandar", Correct: true}, {Text: "Delhi"}, {Text: "Mumbai"}}},
			{ID: "html", Title: "HTML", Type: quiz.Single, Prompt: "Who wrote Hamlet & Macbeth?",
				Choices: []quiz.Choice{{Text: "Shakespeare", Correct: true}, {Text: "Marlowe"}}, Explanation: "William Shakespeare wrote both.",
				Markup: map[string]string{"Who wrote Hamlet & Macbeth?": "Who wrote <b>Hamlet</b> &amp; Macbeth?"}},
			{ID: "markdown", Title: "Markdown", Type: quiz.TrueFalse, Prompt: "Is this markdown?", Truth: true,
				Markup: map[string]string{"Is this markdown?": "Is <em>this</em> markdown?"}},
			{ID: "escapes", Title: "Escapes", Type: quiz.Single, Prompt: "Which is the set braces { } : ~ = # line\nbreak?",
				Choices: []quiz.Choice{{Text: "a = b", Correct: true}, {Text: "c ~ d"}}},
			{ID: "q14", Type: quiz.Number, Prompt: "Untitled question: how many legs has a spider?",
				Numbers: []quiz.NumberAnswer{{Value: 8}}},
		},
	}
	if q == nil {
		t.Fatal("no quiz")
	}
	if len(q.Questions) != len(want.Questions) {
		t.Fatalf("%d questions, want %d", len(q.Questions), len(want.Questions))
	}
	for i := range want.Questions {
		if !reflect.DeepEqual(q.Questions[i], want.Questions[i]) {
			t.Errorf("question %d:\n got %#v\nwant %#v", i+1, q.Questions[i], want.Questions[i])
		}
	}
	q.Questions, want.Questions = nil, nil
	if !reflect.DeepEqual(q, want) {
		t.Errorf("quiz:\n got %+v\nwant %+v", q, want)
	}
}

// TestGIFTRoundTrip reads a GIFT file, writes it natively, reads that,
// writes it as GIFT and reads that: the questions stay the same.
func TestGIFTRoundTrip(t *testing.T) {
	for _, file := range []string{"testdata/every-construct.gift", "testdata/moodle-export.gift", "../../questions/moodle-sample.gift"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		q, _ := Parse(file, data)
		roundTrip(t, q)
		var native bytes.Buffer
		if err := WriteNative(&native, q); err != nil {
			t.Fatal(err)
		}
		q2, ps := Parse(q.ID+".yaml", native.Bytes())
		if len(ps) != 0 {
			t.Fatalf("native: %v", ps)
		}
		var gift bytes.Buffer
		if err := WriteGIFT(&gift, q2); err != nil {
			t.Fatal(err)
		}
		q3, ps := Parse(q.ID+".gift", gift.Bytes())
		if len(ps) != 0 {
			t.Fatalf("gift: %v\n%s", ps, gift.String())
		}
		if !reflect.DeepEqual(q3, q) {
			t.Errorf("GIFT -> native -> GIFT changed the quiz:\n got %+v\nwant %+v\n%s", q3, q, gift.String())
		}
		// Writing the same quiz twice gives the same GIFT text.
		var again bytes.Buffer
		WriteGIFT(&again, q3)
		if again.String() != gift.String() {
			t.Errorf("GIFT not stable:\n%s\n---\n%s", gift.String(), again.String())
		}
	}
}

func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A file as Moodle exports it: [html] texts, question comments, [id:],
// weights with five decimals, empty feedback after #.
func TestGIFTMoodleExport(t *testing.T) {
	q, ps := Parse("moodle-export.gift", mustRead(t, "testdata/moodle-export.gift"))
	if got, want := problemStrings(ps), []string{"54:53: warning: question skipped: an essay (empty {}) cannot be played in the app"}; !reflect.DeepEqual(got, want) {
		t.Errorf("problems %q, want %q", got, want)
	}
	want := &quiz.Quiz{ID: "moodle-export", Title: "Revolutions", Questions: []quiz.Question{
		{ID: "bastille-1789", Title: "Bastille", Type: quiz.Single, Prompt: "On which date was the Bastille stormed?",
			Choices: []quiz.Choice{{Text: "14 July 1789", Correct: true, Feedback: "Yes."}, {Text: "4 July 1776", Feedback: "That is the US Declaration of Independence."}, {Text: "9 November 1989"}}},
		{ID: "estates", Title: "Estates", Type: quiz.Multiple, Prompt: "Which estates sat in the Estates-General of 1789?",
			Choices: []quiz.Choice{{Text: "the clergy", Correct: true, Weight: 33.33333}, {Text: "the nobility", Correct: true, Weight: 33.33333}, {Text: "the commoners (Third Estate)", Correct: true, Weight: 33.33333}, {Text: "the army", Weight: -100}}},
		{ID: "louis-xvi", Title: "Louis XVI", Type: quiz.TrueFalse, Prompt: "Louis XVI was executed in 1793.", Truth: true,
			FeedbackWrong: "He was, on 21 January 1793.", FeedbackRight: "Right: 21 January 1793."},
		{ID: "marseillaise", Title: "Marseillaise", Type: quiz.Text, Prompt: "The French national anthem is called La ...",
			Accepted: []quiz.TextAnswer{{Text: "Marseillaise", Weight: 100}, {Text: "Marseilaise", Weight: 50, Feedback: "Almost: check the spelling."}}},
		{ID: "year", Title: "Year", Type: quiz.Number, Prompt: "In which year did the Revolution begin?",
			Numbers: []quiz.NumberAnswer{{Value: 1789, Weight: 100}, {Value: 1789, Tolerance: 1, Weight: 50, Feedback: "Close."}}},
		{ID: "match", Title: "Match", Type: quiz.Matching, Prompt: "Match the event and its year.",
			Pairs: []quiz.Pair{{Item: "Storming of the Bastille", Match: "1789"}, {Item: "Execution of Louis XVI", Match: "1793"}, {Item: "Napoleon crowned emperor", Match: "1804"}}},
		{ID: "escapes-colon", Title: "Escapes: colon", Type: quiz.Single, Prompt: "Ratio 1:2 and a {brace} and a = sign\nnext line?",
			Choices: []quiz.Choice{{Text: "yes", Correct: true}, {Text: "no"}}},
	}}
	if !reflect.DeepEqual(q, want) {
		t.Errorf("got  %+v\nwant %+v", q, want)
	}
}

// Texts that mean something in GIFT survive a GIFT round trip.
func TestGIFTWriteEscapes(t *testing.T) {
	q := &quiz.Quiz{ID: "e", Title: "Escapes: {all} of = them ~ #1", Questions: []quiz.Question{
		{ID: "q1", Type: quiz.Text, Prompt: "// not a comment", Accepted: []quiz.TextAnswer{{Text: "a->b"}, {Text: "%50%", Weight: 100}, {Text: "[html]<b>"}}},
		{ID: "q2", Type: quiz.Matching, Prompt: "$CATEGORY: not one", Pairs: []quiz.Pair{{Item: "x->y", Match: "1"}, {Item: "z", Match: "2 -> 3"}}},
		{ID: "q3", Type: quiz.Single, Prompt: "Fill _____ in: a\\b {c} = d ~ e # f", Choices: []quiz.Choice{{Text: "::x::", Correct: true}, {Text: "a\nb"}}},
		{ID: "q4", Type: quiz.TrueFalse, Prompt: "_____ starts", Truth: true, FeedbackRight: "#1", FeedbackWrong: "{x}"},
		{ID: "q5", Type: quiz.Number, Prompt: "ends _____", Numbers: []quiz.NumberAnswer{{Value: -1.5, Tolerance: 0.25}}},
	}}
	var b bytes.Buffer
	if err := WriteGIFT(&b, q); err != nil {
		t.Fatal(err)
	}
	back, ps := Parse("e.gift", b.Bytes())
	if len(ps) != 0 {
		t.Fatalf("%v\n%s", ps, b.String())
	}
	back.Title = q.Title // "// title:" is one line; this one is
	if !reflect.DeepEqual(back, q) {
		t.Errorf("got  %+v\nwant %+v\n%s", back, q, b.String())
	}
}
