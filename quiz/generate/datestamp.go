package generate

import "strings"

// blankDateStamp blanks a bare date stamp opening the text ("date
// 2019-08-27 An Alaska ferry rescued …", as some saved excerpts and feeds
// begin): page furniture, not part of the story's first sentence, which
// it would otherwise open and spoil for every question (no clause, no
// copy, a "date 2019-08-27" in the title). The stamp's letters become
// spaces and the space after it a line break, so that every offset into
// the text stays the same.
func blankDateStamp(text string) string {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	rest := text[i:]
	const stamp = "date 2006-01-02"
	if len(rest) <= len(stamp) || !strings.HasPrefix(rest, "date ") || rest[len(stamp)] != ' ' {
		return text
	}
	for k, c := range []byte(rest[5:len(stamp)]) {
		digit := '0' <= c && c <= '9'
		if k == 4 || k == 7 {
			if c != '-' {
				return text
			}
		} else if !digit {
			return text
		}
	}
	return text[:i] + strings.Repeat(" ", len(stamp)) + "\n" + rest[len(stamp)+1:]
}
