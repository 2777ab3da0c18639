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
		"53:40: warning: essay question (empty {}) cannot be played in the app: it is skipped",
		"55:1: warning: text without an answer block {...} is skipped (Moodle imports it as a description)",
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
				Choices: []quiz.Choice{{Text: "Shakespeare", Correct: true}, {Text: "Marlowe"}}, Explanation: "William Shakespeare wrote both."},
			{ID: "markdown", Title: "Markdown", Type: quiz.TrueFalse, Prompt: "Is *this* markdown?", Truth: true},
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
	for _, file := range []string{"testdata/every-construct.gift"} {
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
