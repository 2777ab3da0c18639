package generate

import "strings"

// quoteAlone reports whether a quotation of the page's only speaker (no
// other person to offer as a wrong one) may still be stated, true:
// "According to the article, Ruth Ellery said “…”." A who-said question
// needs wrong speakers; a statement of who said the words does not. Only
// the whole quotation; not when the speaker is a body, nor a name after
// "of" (read short: "Emergency Services" of "the Office of Emergency
// Services"); not when a pronoun speaks the words ("“…,” he told the
// radio, while his successor, Tom Hale, called him …": the name is
// another's); not when the words said or written have no verb of their
// own ("“colossus”") and read as no statement.
func (w *writer) quoteAlone(f Fact, vp, ex string) bool {
	// The words shown are all of the quotation: a true statement of a
	// piece of it is "only half of what was said" (judged so on set 18).
	if speakerIsOrg(f.Speaker) || f.End > len(w.text) || !containsWords(ex, f.Text) {
		return false
	}
	if i := strings.Index(f.Sentence, f.Speaker); i >= 0 && strings.HasSuffix(f.Sentence[:i], " of ") {
		return false
	}
	after := strings.TrimLeft(w.text[f.End:], ",.!?\"'”’ ")
	if first, _, _ := strings.Cut(after, " "); first == "he" || first == "she" || first == "they" {
		return false
	}
	if vp != "said" && vp != "wrote" && vp != "used the words" {
		return true
	}
	ts := tokenize(ex)
	for k := range ts {
		if finiteWord(ts, k) {
			return true
		}
	}
	return false
}
