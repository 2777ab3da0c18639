package format

import (
	"strings"
	"testing"
)

// TestBareBlank: a fill-in-the-blank prompt with nothing but its blank
// (and an instruction) is an error at the prompt; one with a sentence is not.
func TestBareBlank(t *testing.T) {
	tests := []struct {
		name, file, data string
		wantAt           string // "line:col" of the problem; empty: none
	}{
		{"native: instruction and blank only", "q.yaml",
			"title: T\nquestions:\n  - type: text\n    prompt: \"Fill in the blank: _____.\"\n    answer: Paris\n", "4:13"},
		{"native: blank only, flow style", "q.yaml",
			"title: T\nquestions:\n  - {type: single, prompt: \"_____ ?\", choices: [{text: a, correct: true}, {text: b}]}\n", "3:28"},
		{"native: a sentence around the blank", "q.yaml",
			"title: T\nquestions:\n  - type: text\n    prompt: \"Fill in the blank: The capital of France is _____.\"\n    answer: Paris\n", ""},
		{"native: no blank at all", "q.yaml",
			"title: T\nquestions:\n  - type: text\n    prompt: \"Fill in the blank\"\n    answer: Paris\n", ""},
		{"gift: instruction and answer block only", "q.gift",
			"::Q1:: Fill in the blank: {=Paris ~Lyon}.\n", "1:1"},
		{"gift: a sentence around the answer block", "q.gift",
			"::Q1:: The capital of France is {=Paris ~Lyon}.\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := Parse(tc.file, []byte(tc.data))
			var at []string
			for _, p := range ps {
				if p.Msg == bareBlankMsg {
					at = append(at, p.Error())
				}
			}
			switch {
			case tc.wantAt == "" && len(at) > 0:
				t.Errorf("reported %q on a good prompt", at)
			case tc.wantAt != "" && (len(at) != 1 || !strings.HasPrefix(at[0], tc.file+":"+tc.wantAt+": ")):
				t.Errorf("got %q (all problems: %v), want one problem at %s:%s", at, ps, tc.file, tc.wantAt)
			}
		})
	}
}

func TestBareBlankRule(t *testing.T) {
	for _, tc := range []struct {
		prompt string
		bare   bool
	}{
		{"Fill in the blank: _____.", true},
		{"fill in the number: _____", true},
		{"_____", true},
		{"Complete: _____ !", true},
		{"Fill in the blank: In _____, tensions boiled over.", false},
		{"_____ is the capital of France.", false},
		{"Fill in the blank.", false},
	} {
		if got := bareBlank(tc.prompt); got != tc.bare {
			t.Errorf("bareBlank(%q) = %v, want %v", tc.prompt, got, tc.bare)
		}
	}
}
