package ui

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// evidenceParts is the evidence sentence of q cut into text nodes and
// <mark class="answer-words"> around the words that answer the question:
// the right choices, accepted answers, numbers or partners, found whole
// or, failing that, word by word. The sentence is only ever text.
func evidenceParts(q quiz.Question) []app.UI {
	text := q.Evidence
	spans := answerSpans(text, answerNeedles(q))
	var out []app.UI
	at := 0
	for _, s := range spans {
		if s[0] > at {
			out = append(out, app.Text(text[at:s[0]]))
		}
		out = append(out, app.Mark().Class("answer-words").Text(text[s[0]:s[1]]))
		at = s[1]
	}
	if at < len(text) {
		out = append(out, app.Text(text[at:]))
	}
	return out
}

// answerNeedles are the texts of q's right answer to look for in its
// evidence.
func answerNeedles(q quiz.Question) []string {
	var n []string
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		for _, c := range q.Choices {
			if c.Correct || c.Weight > 0 {
				n = append(n, c.Text)
			}
		}
	case quiz.Text:
		for _, a := range q.Accepted {
			n = append(n, a.Text)
		}
	case quiz.Number:
		for _, a := range q.Numbers {
			if a.IsRange() {
				continue
			}
			n = append(n, strconv.FormatFloat(a.Value, 'f', -1, 64))
			if a.Value == float64(int(a.Value)) && a.Value >= 0 && int(a.Value) < len(smallNumberWords) {
				n = append(n, smallNumberWords[int(a.Value)])
			}
		}
	case quiz.Matching:
		for _, p := range q.Pairs {
			// An extra match answers nothing: marking it would point
			// the learner at a wrong answer.
			if !p.Distractor() {
				n = append(n, p.Item, p.Match)
			}
		}
	}
	return n
}

var smallNumberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

// answerSpans are the byte ranges of text to mark, in order and not
// overlapping: each needle found whole (case aside, between word
// boundaries); a needle not found whole is looked for word by word, its
// short and common words left out, a word of five letters or more also
// as the start of a longer one ("Russia" in "Russian").
func answerSpans(text string, needles []string) [][2]int {
	var spans [][2]int
	for _, n := range needles {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		found := findWord(text, n, false)
		if len(found) == 0 && strings.ContainsRune(n, ' ') {
			for _, w := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				if utf8.RuneCountInString(w) < 3 || commonWords[strings.ToLower(w)] {
					continue
				}
				found = append(found, findWord(text, w, utf8.RuneCountInString(w) >= 5)...)
			}
		}
		spans = append(spans, found...)
	}
	slices.SortFunc(spans, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return b[1] - a[1]
	})
	out := spans[:0]
	last := 0
	for _, s := range spans {
		if s[0] < last {
			continue
		}
		out = append(out, s)
		last = s[1]
	}
	return out
}

var commonWords = map[string]bool{"the": true, "and": true, "for": true, "with": true, "from": true, "his": true, "her": true, "its": true, "was": true, "are": true, "not": true}

// findWord is every place of word in text, case aside, starting at a word
// boundary and, unless prefix, ending at one.
func findWord(text, word string, prefix bool) [][2]int {
	var out [][2]int
	for i := 0; i+len(word) <= len(text); {
		if !strings.EqualFold(text[i:i+len(word)], word) || !boundaryBefore(text, i) || (!prefix && !boundaryAfter(text, i+len(word))) {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		end := i + len(word)
		if prefix {
			for end < len(text) {
				r, size := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsLetter(r) {
					break
				}
				end += size
			}
		}
		out = append(out, [2]int{i, end})
		i = end
	}
	return out
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func boundaryBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i == 0 || !wordRune(r)
}

func boundaryAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i == len(text) || !wordRune(r)
}
