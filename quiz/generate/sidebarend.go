package generate

import "strings"

// sidebarHeadings are the title-case headings of a page's link lists
// ("Recent Posts", "Related", "Most Popular"): copied with the story, the
// headlines under them are other stories, and their places and names
// would be read as the story's ("Pakistan" in a sidebar's headline made
// India's president Pakistan's on set 18). Only a line on its own, in
// title case, is one: "Related articles here." is a sentence.
var sidebarHeadings = setOf(`Recent Posts|Recent Articles|Recent News|Related|Related Posts|Related Articles|Related Stories|Related News|Read More|Most Popular|Most Read|More Stories|More News|Popular Posts|Latest Posts|Latest News|Top Stories|Trending|Trending Now|You May Also Like|Recommended`)

// markSidebarEnd ends the story at a link list's heading: the heading and
// every sentence after it are page furniture. A heading followed at once
// by a bulleted list ("Most Read⏎- 1 Family of …") is a box set inside
// the story: only the heading and its list are furniture, and the story
// goes on after the list.
func markSidebarEnd(text string, sents []sentence) {
	for i := 1; i < len(sents); i++ {
		if !sidebarHeading(text, sents, i) {
			continue
		}
		j := i + 1
		for j < len(sents) && (bulletMark(sents[j]) || bulletMark(sents[j-1]) || sents[j].toks[0].newlines == 0) {
			j++
		}
		if j == i+1 || !bulletMark(sents[i+1]) {
			j = len(sents) // no list: the story has ended
		}
		for k := i; k < j; k++ {
			sents[k].furniture, sents[k].headline = true, true
		}
		i = j
	}
}

// sidebarHeading reports sents[i] as a link list's heading on a line of
// its own.
func sidebarHeading(text string, sents []sentence, i int) bool {
	s := sents[i]
	if !headingLine(sents, i, 5) {
		return false
	}
	return sidebarHeadings[strings.TrimSuffix(strings.TrimSpace(text[s.start:s.end]), ":")]
}

// headingLine reports sents[i] as a line of its own of at most max
// tokens, as a heading is (a link list's, a reference list's).
func headingLine(sents []sentence, i, max int) bool {
	s := sents[i]
	return s.toks[0].newlines != 0 && (i+1 >= len(sents) || sents[i+1].toks[0].newlines != 0) && len(s.toks) <= max
}

// bulletMark reports a list's bullet kept as a sentence of its own ("-",
// "•", "- 1"): furniture of marks and digits at a line's start.
func bulletMark(s sentence) bool {
	if !s.furniture || s.toks[0].newlines == 0 {
		return false
	}
	for _, t := range s.toks {
		if !t.punct && !allDigits(t.text) {
			return false
		}
	}
	return true
}
