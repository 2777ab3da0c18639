package format

import (
	"reflect"
	"testing"
)

// TestNativeMoreProblems covers the rest of the native reader's messages.
func TestNativeMoreProblems(t *testing.T) {
	const head = "title: x\nquestions:\n"
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty list", head[:len(head)-1] + " []\n", []string{"2:12: file has no questions: add questions under questions:, each starting with '- '"}},
		{"question scalar", head + "  - just text\n", []string{"3:5: question 1 must be fields like type: and prompt:, not a single value"}},
		{"key not a word", head + "  - {type: text, prompt: p, answer: a, [x]: y}\n", []string{"3:40: a field name must be a word, not a list or mapping"}},
		{"choices not list", head + "  - {type: single, prompt: p, choices: x, answer: x}\n", []string{"3:5: choice question needs at least 2 choices: add wrong answers under wrong:", "3:40: choices must be a list: start each choice with '- '"}},
		{"choice empty", head + "  - {type: single, prompt: p, answer: a, wrong: [b, '']}\n", []string{"3:53: choice is empty: write its text"}},
		{"choice no text", head + "  - {type: single, prompt: p, answer: a, choices: [a, b, {correct: true}]}\n", []string{"3:58: choice has no text: add text:"}},
		{"choice list", head + "  - {type: single, prompt: p, answer: a, choices: [a, b, [c]]}\n", []string{"3:58: a choice must be text, or fields like text: and correct:"}},
		{"correct not bool", head + "  - {type: single, prompt: p, choices: [{text: a, correct: yes please}, b]}\n", []string{"3:5: choice question has no right answer: add answer: with the right choice", "3:60: correct must be true or false, not \"yes please\""}},
		{"answer not a choice far", head + "  - {type: single, prompt: p, choices: [Paris, Rome], answer: London}\n", []string{"3:63: answer \"London\" is not one of the choices: add it to choices, or fix its spelling"}},
		{"answer list in choices", head + "  - {type: single, prompt: p, choices: [a, b], answers: [[a]]}\n", []string{"3:58: an answer must be the text of one of the choices"}},
		{"answer marked false", head + "  - {type: single, prompt: p, choices: [{text: a, correct: false}, b], answer: a}\n", []string{"3:80: \"a\" is both a right answer and a wrong one (correct: false at 3:48): fix one of them"}},
		{"answer mapping", head + "  - {type: single, prompt: p, answer: {text: a}, wrong: [b]}\n", []string{"3:5: choice question has no right answer: add answer: with the right choice", "3:39: an answer must be text; for weights or feedback use choices: with text:, correct:, weight:, feedback:"}},
		{"wrong mapping", head + "  - {type: single, prompt: p, answer: a, wrong: [{text: b}]}\n", []string{"3:5: choice question needs at least 2 choices: add wrong answers under wrong:", "3:50: a wrong answer must be text; for weights or feedback use choices: with text:, correct:, weight:, feedback:"}},
		{"text answer no text", head + "  - {type: text, prompt: p, answers: [{weight: 50}]}\n", []string{"3:39: answer has no text: add text:"}},
		{"text answer empty", head + "  - {type: text, prompt: p, answers: [a, ' ']}\n", []string{"3:42: accepted answer is empty: write its text"}},
		{"text answer twice", head + "  - {type: text, prompt: p, answers: [a, a]}\n", []string{"3:42: answer \"a\" is listed twice (first at 3:39): remove one"}},
		{"text weight", head + "  - {type: text, prompt: p, answers: [{text: a, weight: 0}]}\n", []string{"3:57: weight 0 is out of range: an accepted answer gets from 1 to 100 percent"}},
		{"text answer list", head + "  - {type: text, prompt: p, answers: [[a]]}\n", []string{"3:39: an accepted answer must be text, or fields like text: and weight:"}},
		{"number answer and range", head + "  - {type: number, prompt: p, answer: 3, range: [1, 5]}\n", []string{"3:49: give either answer: (with tolerance:) or range:, not both"}},
		{"number range tolerance", head + "  - {type: number, prompt: p, range: [1, 5], tolerance: 1}\n", []string{"3:57: tolerance does not go with range: widen the range instead"}},
		{"number tolerance alone", head + "  - {type: number, prompt: p, tolerance: 1, numbers: [3]}\n", []string{"3:42: tolerance without answer: add answer: with the number"}},
		{"numbers not list", head + "  - {type: number, prompt: p, numbers: 3}\n", []string{"3:40: numbers must be a list: start each accepted number with '- '"}},
		{"numbers value and range", head + "  - {type: number, prompt: p, numbers: [{value: 3, range: [1, 5]}]}\n", []string{"3:59: give either value: (with tolerance:) or range:, not both"}},
		{"numbers no value", head + "  - {type: number, prompt: p, numbers: [{weight: 50}]}\n", []string{"3:41: accepted number has no value: add value: or range:"}},
		{"numbers list", head + "  - {type: number, prompt: p, numbers: [[3]]}\n", []string{"3:41: an accepted number must be a number, or fields like value: and tolerance:"}},
		{"numbers weight", head + "  - {type: number, prompt: p, numbers: [{value: 3, weight: 120}]}\n", []string{"3:60: weight 120 is out of range: an accepted number gets from 1 to 100 percent"}},
		{"number a list", head + "  - {type: number, prompt: p, answer: [3]}\n", []string{"3:39: answer must be a number, not a list or mapping"}},
		{"pair empty item", head + "  - {type: matching, prompt: p, pairs: [{item: '', match: x}, {a: b}, {c: d}]}\n", []string{"3:48: pair has an empty item: write the item to match, or list a partner that goes with no item under wrong:"}},
		{"pair no match", head + "  - {type: matching, prompt: p, pairs: [{item: a}, {b: c}]}\n", []string{"3:48: item \"a\" has no match: write its partner"}},
		{"pair scalar", head + "  - {type: matching, prompt: p, pairs: [a, {b: c}, {d: e}]}\n", []string{"3:41: a pair must be item: and match:, or 'item: match'"}},
		{"pair no item", head + "  - {type: matching, prompt: p, pairs: [{match: a}, {b: c}, {d: e}]}\n", []string{"3:41: pair has no item: add item:"}},
		{"pairs scalar", head + "  - {type: matching, prompt: p, pairs: x}\n", []string{"3:40: pairs must be a list of item: and match:"}},
		{"unknown feedback field", head + "  - {type: text, prompt: p, answer: a, feedback: {rigth: x}}\n", []string{"3:51: unknown feedback field \"rigth\": did you mean \"right\"?"}},
		{"bare list", "- {type: text, prompt: p, answer: a}\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := Parse("t.yaml", []byte(tt.in))
			if got := problemStrings(ps); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
