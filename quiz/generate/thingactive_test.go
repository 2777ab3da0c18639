package generate

import (
	"strings"
	"testing"
)

// TestActiveThingReferent: "It" opening a sentence stands for the named
// thing the sentence just before has as the subject of an active verb
// with no object, and for nothing when something else may be meant.
func TestActiveThingReferent(t *testing.T) {
	checkReferents(t, []referentCase{
		{"verb and particle", "The Harlan-2 cargo rocket lifted off at 09:15 local time (0715 GMT) from the Velden Ridge launch site in northern Russia. It carried four Corvo weather satellites into orbit.", "weather", "The Harlan-2 cargo rocket"},
		{"verb and preposition, a gazetteer place", "The Selene lander touched down near Paris on 3 May 2024. It sent 40 pictures back to the team.", "pictures", "The Selene lander"},
		{"two capitalised words", "The Marlow Express departed from Vienna on 2 June 2001. It reached Berlin nine hours later.", "Berlin", "The Marlow Express"},
		// Refused.
		{"a verb with an object", "The Halden Space Company built the Selene lander under a contract. It launched on a rocket on 3 February 2024.", "launched", ""},
		{"a verb of speech", "The Harlan Space Agency said on Monday the launch had gone well. It sent four satellites into orbit.", "four", ""},
		{"a passive it", "The Harlan-2 cargo rocket lifted off from the Velden Ridge launch pad on Monday. It was damaged in 2020.", "damaged", ""},
		{"they", "The Harlan-2 cargo rocket lifted off from the Velden Ridge launch site on Monday. They reached orbit two hours later.", "orbit", ""},
		{"another thing named after the verb", "The Harlan-2 cargo rocket lifted off beside the Velden Tower on Monday. It carried four satellites into orbit.", "four", ""},
		{"a clause after the verb", "The Harlan-2 cargo rocket lifted off from a pad which the Velden Agency built. It carried four satellites into orbit.", "four", ""},
		{"one capitalised word and no kind noun", "The Harlan lifted off from Paris on Monday. It carried four satellites into orbit.", "four", ""},
		{"a noun that is not a kind", "The Harlan-2 cargo crate fell off at the Paris station on Monday. It carried four satellites into orbit.", "four", ""},
		{"a new paragraph", "The Harlan-2 cargo rocket lifted off from Paris on Monday.\n\nIt carried four satellites into orbit.", "four", ""},
	})
}

// TestActiveThingQuestions: the count and date questions of a sentence
// opening on such an "It" name the thing.
func TestActiveThingQuestions(t *testing.T) {
	const others = " Mayor Tim Alder opened the concert hall on 2 June 2001. Senator Ruth Penn spoke there on 5 April 2010."
	checkReferentQuestions(t, others, []referentQuestionCase{
		{"how many", "The Harlan-2 cargo rocket lifted off from the Velden Ridge launch site on Monday. It carried into space five Corvo satellites and one test satellite.",
			"According to the article, the Harlan-2 cargo rocket carried into space "},
		{"when", "The Harlan-2 cargo rocket lifted off from the Velden Ridge launch site on Monday. It reached a height of 300 kilometres on 4 May 2019.",
			"When did the Harlan-2 cargo rocket reach a height of 300 kilometres?"},
	}, func(sentence string) bool {
		return strings.HasPrefix(sentence, "It ")
	}, "Harlan-2")
}
