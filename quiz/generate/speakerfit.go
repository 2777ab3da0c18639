package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wrong speakers who could not have said the words: the judges of sets
// 13 to 17 set aside "who said" questions that offered, for a quotation,
// the man it speaks of ("David Rudisha showed supreme confidence", said
// by Coe, offered as Rudisha's), the man it is said to ("Mr. Sandusky,
// you have been found guilty", by the judge, offered as Sandusky's; "told
// him: '... your driving was utterly dreadful'" stated as the driver's),
// and the judge a spokeswoman's words answer ("We note the comments made
// by the judge", offered as the judge's). A learner sets each aside at
// once, and stated falsely as the speaker, each makes an absurd
// statement. So none is a wrong speaker of those words.

// speakerRoleWords are titles a quotation may call someone by ("the
// judge", "the mayor"); the article writes the same title before his
// name ("Judge Michael Challinor", "judge Jonathan Rose").
var speakerRoleWords = []string{
	"judge", "magistrate", "mayor", "governor", "coach", "manager", "referee", "prosecutor",
	"president", "minister", "chancellor", "senator", "sheriff", "captain", "chairman", "bishop",
}

// unfitSpeaker reports whether person p, not the speaker of quotation
// fact f, is one its words speak of or to, so no wrong speaker of them:
// p is named in the quotation; or the quotation speaks to someone ("you",
// "your") and its sentence names p; or the quotation calls someone by a
// title ("the judge") that the article writes before p's name.
func (w *writer) unfitSpeaker(f Fact, p string) bool {
	s := surname(p)
	if len(s) < 3 {
		return false
	}
	if hasWordsIn(f.Quotation, s) || hasWordsIn(f.Quotation, p) {
		return true
	}
	if secondPerson(f.Quotation) && hasWordsIn(f.Sentence, s) {
		return true
	}
	return quotationCallsTitle(w.text, f.Quotation, p) || w.accusedNotSpeaker(f, p)
}

// quotationCallsTitle reports a quotation that says "the judge" (or
// another of speakerRoleWords) of a page that writes that title before
// p's name: "Judge Michael Challinor", "judge Jonathan Rose".
func quotationCallsTitle(text, quotation, p string) bool {
	lq := strings.ToLower(quotation)
	for _, r := range speakerRoleWords {
		if !hasWordsIn(lq, "the "+r) {
			continue
		}
		title := strings.ToUpper(r[:1]) + r[1:]
		for _, t := range []string{title, r} {
			if hasWordsIn(text, t+" "+p) || hasWordsIn(text, t+" "+surname(p)) {
				return true
			}
		}
	}
	return false
}

// hasWordsIn reports n in text as whole words, letter case kept: the
// surname "Hill" is no "hill".
func hasWordsIn(text, n string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], n)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(n)
		if wordEdge(text, a, b) {
			return true
		}
		i = a + 1
	}
}

// wordEdge reports text[a:b] with no letter or digit just outside it.
func wordEdge(text string, a, b int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:a]); a > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[b:]); b < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	return true
}

// accusedNotSpeaker reports p the accused of a court page whose speaker
// is not: a defendant offered for the words of the judge, the police or
// the prosecution (set 15: "Who said 'We note the comments made by the
// judge'?" of a police spokeswoman, offering the burglar).
func (w *writer) accusedNotSpeaker(f Fact, p string) bool {
	if !w.onCourtPage() || w.accusedOnPage(f.Speaker) {
		return false
	}
	return w.accusedOnPage(p)
}

// accusedOnPage reads personFate's accused of name.
func (w *writer) accusedOnPage(name string) bool { return w.fateOf(name).accused }

// onCourtPage is courtPage of the writer's text, read once.
func (w *writer) onCourtPage() bool {
	if w.court == 0 {
		w.court = -1
		if courtPage(w.text) {
			w.court = 1
		}
	}
	return w.court > 0
}

// subjectlessPiece reports a piece of quotation inner that opens on its
// verb, its subject left in the words before: "We had a frank exchange
// of views and | confirmed the promotion of cooperation" asked as "Who
// said “confirmed the promotion of cooperation”?" quotes no one's words
// whole (set 14). The whole quotation may open so.
func subjectlessPiece(c, inner []token) bool {
	if len(c) == 0 || !c[0].isWord() || c[0].cap() {
		return false
	}
	for k := 1; k < len(inner); k++ {
		if &inner[k] == &c[0] {
			// Read in the quotation: "and | confirmed" is a verb, "the
			// | confirmed cases" no verb.
			return finiteWord(inner, k)
		}
	}
	return false
}
