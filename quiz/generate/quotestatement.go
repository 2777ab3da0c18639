package generate

import (
	"strings"
	"unicode/utf8"
)

// A true statement of a quotation quotes an excerpt of it: "According to
// the article, Ann Reyes said “The board ran a careful process”." The
// fact's text is the whole quoted sentence, so the checker asks for the
// speaker and for the quoted excerpt, of four words or more, inside the
// quotation the article gives.

// quoteExcerptHolds reports the speaker named in the prompt and the
// prompt's quoted words part of the fact's quotation.
func quoteExcerptHolds(f Fact, prompt string) bool {
	if f.Speaker == "" || f.Quotation == "" || !containsWords(prompt, f.Speaker) {
		return false
	}
	a := strings.IndexAny(prompt, "“\"")
	if a < 0 {
		return false
	}
	rest := prompt[a:]
	_, size := utf8.DecodeRuneInString(rest)
	rest = rest[size:]
	b := strings.IndexAny(rest, "”\"")
	if b < 0 {
		return false
	}
	ex := rest[:b]
	return len(strings.Fields(ex)) >= 4 && containsWords(f.Quotation, ex)
}
