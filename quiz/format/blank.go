package format

import (
	"strings"
	"unicode"
)

// fillInLeads are instructions that open a fill-in-the-blank prompt and
// say nothing about what is asked.
var fillInLeads = []string{"fill in the blank", "fill in the blanks", "fill in the number", "fill in the missing word", "fill in", "complete the sentence", "complete"}

// bareBlank reports whether a prompt with a blank has no words besides
// the blank and an instruction such as "Fill in the blank:", so that a
// learner cannot tell what belongs in it ("Fill in the blank: _____.").
func bareBlank(prompt string) bool {
	if !strings.Contains(prompt, Blank) {
		return false
	}
	rest := strings.TrimSpace(strings.ReplaceAll(prompt, Blank, " "))
	low := strings.ToLower(rest)
	for _, l := range fillInLeads {
		if strings.HasPrefix(low, l) {
			rest = rest[len(l):]
			break
		}
	}
	return strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// bareBlankMsg is the message for such a prompt, in a teacher's words.
const bareBlankMsg = "the fill-in-the-blank prompt has no words besides its blank: write the sentence around the blank, so that learners know what to fill in"
