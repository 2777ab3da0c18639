package generate

import (
	"unicode"
	"unicode/utf8"
)

// A quoted sentence inside the writer's sentence opens on a capital that
// is style only, as a sentence's first word does: "the minister said,
// “The council approved the plan in 2019.”" gives "When did the council
// approve the plan?", not "When did The council …" (held-out set 21).

// opensQuotation reports whether token t is the first word after an
// opening quotation mark that follows a space, a comma or a colon (or
// opens the text): the start of a quoted sentence.
func (w *writer) opensQuotation(t token) bool {
	i := t.start
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(w.text[:i])
		if r != ' ' {
			break
		}
		i -= size
	}
	if i == 0 {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(w.text[:i])
	if r != '“' && r != '"' {
		return false
	}
	if i -= size; i == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(w.text[:i])
	return unicode.IsSpace(p) || p == ',' || p == ':'
}
