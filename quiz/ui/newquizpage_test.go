//go:build !quizonly

package ui

import (
	"strings"
	"testing"

	"factquiz/quiz/generate"
)

// TestGeneratorMessage: each refusal of the generator reads as a sentence
// for a teacher, with the reason the generator gave.
func TestGeneratorMessage(t *testing.T) {
	french := "Le président est arrivé à Paris le 3 mars. Les ministres ont signé un accord sur la frontière et il est prêt."
	tests := []struct {
		name string
		in   []byte
		want []string // parts of the message
	}{
		{"french", []byte(french), []string{"does not seem to be in English: it seems to be in French", "English articles only"}},
		{"russian", []byte("Президент России заявил во вторник, что переговоры с представителями Украины будут продолжены."), []string{"Cyrillic", "English articles only"}},
		{"all caps", []byte(strings.ToUpper("Russian President Vladimir Putin informed Turkish President Recep Tayyip Erdogan in a phone call on Monday.")),
			[]string{"written in capital letters", "cannot tell names from other words", "paste a version in normal case"}},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00"), []string{"not text that Factquiz can read", "PNG image"}},
		{"script only", []byte("<html><body><script>render()</script></body></html>"), []string{"There is no article to read", "copy the text shown in the browser"}},
		{"empty", nil, []string{"The article is empty"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := generate.FromInput("", tc.in)
			if err == nil {
				t.Fatal("no error")
			}
			msg := generatorMessage(err)
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q lacks %q", msg, w)
				}
			}
			if strings.Contains(msg, "..") {
				t.Errorf("message %q has a doubled full stop", msg)
			}
		})
	}
}

// TestArticleFirstLineHTML: HTML gives no title line (its first line is
// markup); plain text with a "<" in it still does.
func TestArticleFirstLineHTML(t *testing.T) {
	tests := []struct{ text, want string }{
		{"<!DOCTYPE html>\n<html><head><title>T</title></head><body><h1>Talks end</h1></body></html>", ""},
		{"<p>Talks end</p>\n<p>The talks ended.</p>", ""},
		{"Turnout < 40% in the vote\n\nThe vote was held.", "Turnout < 40% in the vote"},
	}
	for _, tc := range tests {
		if got := articleFirstLine(tc.text); got != tc.want {
			t.Errorf("articleFirstLine(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSummaryLine: the summary at the top of /new says what was found and
// written, in words, with the time it took.
func TestSummaryLine(t *testing.T) {
	tests := []struct {
		facts, questions int
		heading, line    string
	}{
		{42, 19, "Your quiz is ready", "Found 42 facts and wrote 19 questions in 14 ms, in this browser."},
		{1, 1, "Your quiz is ready", "Found 1 fact and wrote 1 question in 14 ms, in this browser."},
		{3, 0, "Facts found, no quiz", "Found 3 facts in 14 ms, in this browser, but wrote no questions."},
	}
	for _, tc := range tests {
		if got := summaryHeading(tc.questions); got != tc.heading {
			t.Errorf("summaryHeading(%d) = %q, want %q", tc.questions, got, tc.heading)
		}
		if got := summaryLine(tc.facts, tc.questions, "14 ms"); got != tc.line {
			t.Errorf("summaryLine(%d, %d) = %q, want %q", tc.facts, tc.questions, got, tc.line)
		}
	}
}
