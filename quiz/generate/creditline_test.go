package generate

import (
	"strings"
	"testing"
)

// TestCreditLine: a caption whose credit ends its line ("… Photo: The
// Herald") is furniture, every sentence of the line; the line before and
// the story after are not, nor a line whose "Photo:" is followed by more
// of the line.
func TestCreditLine(t *testing.T) {
	for _, c := range []struct {
		name, line string
		caption    bool
	}{
		{"credit ends the line", "Prime Minister Ana Ruiz and her husband Tom. Ruiz is heading for a second term. Photo: The Herald", true},
		{"picture credit", "Prime Minister Ana Ruiz and her husband Tom. Picture: Dale News", true},
		{"no credit", "Prime Minister Ana Ruiz and her husband Tom voted in Dale. Ruiz is heading for a second term.", false},
		{"credit not at the line's end", "Prime Minister Ana Ruiz voted in Dale. Photo: The Herald. She thanked the voters of Dale on Sunday.", false},
	} {
		text := headlineLine + "Voters in Norway went to the polls on Sunday.\n" + c.line + "\nThe result was announced on Monday morning.\n"
		sents := splitSentences(text, tokenize(text))
		for _, s := range sents {
			line := text[s.start:s.end]
			inLine := strings.Contains(c.line, line)
			if !inLine {
				if s.furniture && s.start > len(headlineLine) {
					t.Errorf("%s: %q outside the line is furniture", c.name, line)
				}
				continue
			}
			if s.furniture != c.caption && !(!c.caption && line == "Photo: The Herald.") {
				t.Errorf("%s: %q furniture %v, want %v", c.name, line, s.furniture, c.caption)
			}
		}
	}
}
