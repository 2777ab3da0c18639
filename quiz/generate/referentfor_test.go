package generate

import (
	"strings"
	"testing"
)

// TestReferentForPlace: a capitalised run after "for" that the article
// names nowhere as a person is the ward, seat or team someone stood for,
// not a second person a "He" or "She" could stand for; a run after "for"
// with an honorific or a title, or a person the article names, still
// refuses.
func TestReferentForPlace(t *testing.T) {
	const she = " She was named the orchestra director on 3 May 2004."
	const he = " He was named the orchestra director on 3 May 2004."
	checkReferents(t, []referentCase{
		{"a ward after for", "Dana Reeve was elected to the city council in May 1987 for Caton Ward." + she, "director", "Dana Reeve"},
		{"a two-word place after for", "Tom Cole was first elected in 1971 as ward councillor for Old Leyford." + he, "director", "Tom Cole"},
		{"a seat after for, after an opening phrase", "Tom Cole was elected for Brackwell North in 1990. In 1994, he left the council." + he, "director", "Tom Cole"},
		// Refused.
		{"an honorific after for", "Tom Cole worked for Mr Sam Hart in 1990." + he, "director", ""},
		{"a title after for", "Tom Cole worked for President Sam Hart in 1990." + he, "director", ""},
		{"a person the article names", "Sam Hart opened a shop in Leeds in 1989. Tom Cole worked for Sam Hart in 1990." + he, "director", ""},
		{"a name not after for", "Tom Cole beat Sam Hart in the city election in 1990." + he, "director", ""},
	})
}

// TestReferentLaterPronoun: a sentence whose subject pronoun is resolved
// keeps a later pronoun of the same person ("… until she retired"): with
// the name in, the pronoun has its referent in the sentence, and the
// statement is offered. A sentence whose pronoun has no referent offers
// none (checked by the fromPronoun filter of checkReferentQuestions).
func TestReferentLaterPronoun(t *testing.T) {
	const others = " Mayor Tim Alder opened the concert hall on 2 June 2001. Senator Ruth Penn spoke there on 5 April 2010."
	checkReferentQuestions(t, others, []referentQuestionCase{
		{"she later, after a ward", "Dana Reeve was elected to the city council in May 1987 for Caton Ward. She also sat on the cabinet in 2003 until she retired from the council.",
			"According to the article, Dana Reeve also sat on the cabinet in 2003 until she retired"},
	}, func(sentence string) bool {
		return strings.HasPrefix(sentence, "He ") || strings.HasPrefix(sentence, "She ")
	}, "Dana Reeve", "Tom Cole")
}

// TestReferentCommaSplice: a sentence whose subject pronoun is resolved
// but which runs a second sentence on after a comma (", he was …") gives
// no statement: the copy would be ungrammatical.
func TestReferentCommaSplice(t *testing.T) {
	text := "Tom Cole joined the city orchestra as a violinist in 1998. He was a soloist on the tour of Japan in March 2004, he was injured and sent home, the tour however, went on without him."
	w := writeAll(t, text)
	for _, c := range w.offered {
		if strings.HasPrefix(c.q.Prompt, "According to the article, Tom Cole was a soloist") {
			t.Errorf("statement from a comma splice: %q", c.q.Prompt)
		}
	}
}
