package generate

import "strings"

// sourceSaid rewrites a statement body that opens with its own
// attribution, "According to the U.S. attorney’s office, Jefferson faced
// 235 years in prison …", as the source saying it: "the U.S. attorney’s
// office said Jefferson faced 235 years in prison …". Put after
// "According to the article, " the copy would read "According to the
// article, according to …". The source keeps its capitals (it stood
// inside the sentence); keep reports that its first word is written as it
// stands. A pronoun source ("according to him") or a source with an
// appositive ("according to Ivo Brandt, an engineer, …") is refused (ok false); a
// body without an opening attribution comes back unchanged.
func sourceSaid(toks []token, first int, body string) (out string, keep, ok bool) {
	c := openingAccordingEnd(toks, first)
	if c < 0 || !strings.HasPrefix(body, "According to ") {
		return body, false, true
	}
	rest := body[len("According to "):]
	i := strings.Index(rest, ", ")
	if i <= 0 {
		return "", false, false
	}
	src, clause := rest[:i], rest[i+2:]
	if pronouns[toks[first+2].lower()] || toks[first+2].is("him", "her", "them", "us", "me") ||
		c+1 >= len(toks) || !toks[c+1].isWord() {
		return "", false, false
	}
	// "According to Ivo Brandt, a harbour engineer, the pier …": the
	// source runs past its first comma; a comma before the clause's verb
	// is refused.
	for k := c + 1; k < len(toks) && k <= c+9; k++ {
		if toks[k].text == "," {
			return "", false, false
		}
		if auxiliaries[toks[k].lower()] || pastVerbs[toks[k].lower()] != "" {
			break
		}
	}
	return src + " said " + clause, toks[first+2].cap(), true
}
