package ui

import (
	"reflect"
	"testing"

	"factquiz/quiz"
)

func TestAnswerSpans(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		needles []string
		want    []string
	}{
		{"whole phrase", "Phone calls on November 1 and November 2 brought them in.", []string{"November 1", "November 2"}, []string{"November 1", "November 2"}},
		{"not inside a longer number", "It happened on November 12.", []string{"November 1"}, []string{"November"}},
		{"word by word, a prefix of a longer word", "Russian President Vladimir Putin spoke.", []string{"President of Russia"}, []string{"Russian", "President"}},
		{"case aside", "the kremlin said so", []string{"Kremlin"}, []string{"kremlin"}},
		{"a number as a word", "three ceasefires had been agreed", []string{"3", "three"}, []string{"three"}},
		{"nothing found", "Nothing here matches.", []string{"Baku"}, nil},
		{"overlaps keep the first and longest", "Recep Tayyip Erdogan met them.", []string{"Erdogan", "Recep Tayyip Erdogan"}, []string{"Recep Tayyip Erdogan"}},
		{"not inside a word", "The Armenians and Armenia", []string{"Armenia"}, []string{"Armenia"}},
		{"non-ASCII text", "Erdoğan and Erdogan", []string{"Erdogan"}, []string{"Erdogan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range answerSpans(tt.text, tt.needles) {
				got = append(got, tt.text[s[0]:s[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("answerSpans(%q, %q) marks %q, want %q", tt.text, tt.needles, got, tt.want)
			}
		})
	}
}

func TestAnswerNeedles(t *testing.T) {
	tests := []struct {
		name string
		q    quiz.Question
		want []string
	}{
		{"matching: items and their matches", quiz.Question{Type: quiz.Matching, Pairs: []quiz.Pair{{Item: "Baku", Match: "Azerbaijan"}, {Item: "Yerevan", Match: "Armenia"}}},
			[]string{"Baku", "Azerbaijan", "Yerevan", "Armenia"}},
		{"matching: an extra match is no answer", quiz.Question{Type: quiz.Matching, Pairs: []quiz.Pair{{Item: "Baku", Match: "Azerbaijan"}, {Item: "Yerevan", Match: "Armenia"}, {Match: "Georgia"}}},
			[]string{"Baku", "Azerbaijan", "Yerevan", "Armenia"}},
		{"short answer: every accepted answer", quiz.Question{Type: quiz.Text, Accepted: []quiz.TextAnswer{{Text: "Putin"}, {Text: "Vladimir Putin"}}},
			[]string{"Putin", "Vladimir Putin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := answerNeedles(tt.q); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("answerNeedles = %q, want %q", got, tt.want)
			}
		})
	}
}
