package generate

import (
	"strings"
	"testing"
)

// TestQuotedSentence: a sentence inside a quotation that opened in an
// earlier sentence is the speaker's, never copied as the article's
// statement or fill-in; the same sentence outside the marks is.
func TestQuotedSentence(t *testing.T) {
	const claim = "A vote for the Green Party on Thursday 5th May will be a vote for cleaner rivers."
	for _, c := range []struct {
		name, para string
		copied     bool
	}{
		{"mid-quotation", "“We deserve better than this. " + claim + " That is why I will vote Green.”", false},
		{"last of the quotation", "“We deserve better than this. " + claim + "”", false},
		{"after the quotation", "“We deserve better than this,” Ana Ruiz said. " + claim, true},
		{"no quotation", claim, true},
	} {
		text := headlineLine + "Ana Ruiz, a former councillor, wrote to voters in Dale on Monday.\n\nRuiz said: " + c.para + "\n\nThe count begins on Friday morning.\n"
		if !strings.Contains(c.para, "“") {
			text = headlineLine + "Ana Ruiz, a former councillor, wrote to voters in Dale on Monday.\n\n" + c.para + "\n\nThe count begins on Friday morning.\n"
		}
		w := writeAll(t, text)
		copied := false
		for _, o := range w.offered {
			copied = copied || strings.Contains(o.q.Prompt, "will be a vote for cleaner rivers")
		}
		if copied != c.copied {
			t.Errorf("%s: the sentence copied %v, want %v", c.name, copied, c.copied)
		}
	}
}
