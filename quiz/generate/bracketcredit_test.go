package generate

import (
	"strings"
	"testing"
)

// TestBracketCredit: a caption whose credit names the picture's kind in
// brackets ("(File photo: …)") is furniture, with the sentence before it
// on its line; the story around it is not.
func TestBracketCredit(t *testing.T) {
	text := "Flood aid reaches the coast\n\nThe agency said 4,000 families had left their homes by Monday.\n\n*Director Ana Ruiz and staff watch the storm at the operations center in Dale on July 29, 2023. (File photo: Tom Berg / via the agency)\n\nThe agency counted 120 evacuation centers across five regions."
	sents := splitSentences(text, tokenize(text))
	markFurniture(text, sents)
	for _, s := range sents {
		line := text[s.start:s.end]
		want := strings.Contains(line, "Ruiz") || strings.Contains(line, "File photo") || line == "*"
		if s.furniture != want && !strings.HasPrefix(line, "Flood aid") {
			t.Errorf("%q: furniture %v, want %v", line, s.furniture, want)
		}
	}
}
