package generate

import "strings"

// A blog page copied whole holds more than one post: after the first
// post's story, the second opens with its own date line and headline
// ("Sunday, December 16, 2012⏎⏎Tiger Woods' Life⏎⏎Eldrick Tont …").
// Read as one article, the second post's people and dates were asked on
// a quiz titled after the first (held-out set 20 asked Tiger Woods's
// birth date on "John Elway's Life"). The second post ends the story:
// its header and everything after it are page furniture.

// markSecondPost ends the story at a second post's header: a headline on
// a line of its own beside a date line or a byline line of its own (in
// either order), after the story has begun (three sentences of prose)
// and before prose of its own. A listing of posts ("Showing posts with
// label election results", a label or archive page) is a page of posts
// copied as such: each post is the page's (set 18 asked both of one).
func markSecondPost(text string, sents []sentence) {
	prose := 0
	for i := 0; i+1 < len(sents); i++ {
		if sents[i].furniture && listingLine(sents[i].toks) {
			return
		}
		if !sents[i].headline {
			prose++
			continue
		}
		if prose < 3 {
			continue
		}
		a, b := i, i+1 // the header's two lines
		if !postDateLine(text, sents[a]) || !postHeadline(sents, b) {
			if !postHeadline(sents, a) || !postDateLine(text, sents[b]) {
				continue
			}
		}
		if b+1 >= len(sents) || sents[b+1].headline || sents[b+1].toks[0].newlines == 0 {
			continue
		}
		for k := a; k < len(sents); k++ {
			sents[k].furniture, sents[k].headline = true, true
		}
		return
	}
}

// postDateLine reports a line of its own that is furniture and a date
// ("Sunday, December 16, 2012") or a byline ("By Ann Lee").
func postDateLine(text string, s sentence) bool {
	if !s.furniture || s.toks[0].newlines == 0 {
		return false
	}
	return datedByline(s.toks) || strings.HasPrefix(strings.ToLower(text[s.start:s.end]), "by ")
}

// postHeadline reports sents[i] as a headline, not furniture, on a line
// of its own, of a few words.
func postHeadline(sents []sentence, i int) bool {
	s := sents[i]
	return s.headline && !s.furniture && s.toks[0].newlines > 0 && len(s.toks) <= 16 &&
		(i+1 == len(sents) || sents[i+1].toks[0].newlines > 0)
}
