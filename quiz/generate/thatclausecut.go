package generate

import "strings"

// thatClauseCut reports an excerpt c of a quotation that goes on after
// it and whose last "that" clause stops before its verb: "I assure
// the residents that the harbour | in the old town remains safe" leaves
// "that the harbour" without what is said of it (set 23's close call).
// Only a "that" before a determiner or a subject pronoun opens such a
// clause ("that day" is a demonstrative).
func thatClauseCut(c []token, goesOn bool) bool {
	if !goesOn {
		return false
	}
	for i := len(c) - 2; i >= 0; i-- {
		if !c[i].is("that") {
			continue
		}
		if !c[i+1].is("the", "a", "an", "our", "my", "his", "her", "their", "its", "your", "this", "these", "those", "some", "all") && !clauseSubjects[c[i+1].lower()] {
			return false
		}
		for _, t := range c[i+1:] {
			if finiteVerb(t) || presentVerb(t) || t.is("is", "are", "am", "was", "were") || contracted(t.text) || presentForm(t) {
				return false
			}
		}
		return true
	}
	return false
}

// adverbLeftCut reports an excerpt cut before a phrase when the rest of
// its clause in the quotation ends on a manner adverb of the excerpt's
// verb: "our government takes the city's role | as the hub of the
// region seriously" leaves "takes the city's role" without what makes it
// the speaker's point (set 24's close call). The clause's rest runs to
// the next punctuation; its last word is the adverb ("-ly", six letters
// or more, after no determiner: "the whole family" is a noun).
func adverbLeftCut(inner []token, end int) bool {
	k := end
	for k < len(inner) && !inner[k].punct {
		k++
	}
	if k-end < 2 {
		return false
	}
	last := inner[k-1]
	l := last.lower()
	return len(l) >= 6 && l[len(l)-2:] == "ly" && !last.cap() && !lyNouns[l] &&
		!inner[k-2].is("the", "a", "an", "our", "my", "his", "her", "their", "its", "your", "this", "that", "whole", "entire")
}

// lyNouns end in "ly" but are no adverbs.
var lyNouns = setOf(`family|assembly|supply|monopoly|anomaly|butterfly|melancholy|jelly|belly|rally|reply|italy|july`)

// contracted reports a word with a verb run into it ("hasn’t", "it’s",
// "we’re", "they’ll"); "’s" after a name is its possessive.
func contracted(w string) bool {
	l := strings.ReplaceAll(strings.ToLower(w), "’", "'")
	for _, end := range []string{"n't", "'re", "'ve", "'ll", "'d", "'m"} {
		if strings.HasSuffix(l, end) {
			return true
		}
	}
	// "it's", not the possessive "Harwick's"
	base, ok := strings.CutSuffix(l, "'s")
	return ok && clauseSubjects[base] || base == "that" || base == "what" || base == "who" || base == "here"
}

// presentForm reports a present third person of any verb baseVerbs
// lists ("takes", "goes"), a plural noun too ("plans"): read as a verb,
// which keeps the excerpt.
func presentForm(t token) bool {
	l := t.lower()
	if t.cap() || len(l) < 3 || !strings.HasSuffix(l, "s") {
		return false
	}
	return baseVerbs()[l[:len(l)-1]] || baseVerbs()[strings.TrimSuffix(l, "es")]
}
