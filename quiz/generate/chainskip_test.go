package generate

import (
	"strings"
	"testing"
)

// TestChainSkip: a "He" or "She" stands for the person named two
// sentences before across a furniture line or a sentence about a thing
// that speaks of the person only by the same pronoun, and for no one when
// that sentence names or mentions someone else.
func TestChainSkip(t *testing.T) {
	checkReferents(t, []referentCase{
		{"a thing's sentence with the same pronoun", "Tom Alder was a council clerk in Marlow.\nHe admitted fraud at the court on Monday.\nThe indictment states that he took money from the town fund.\nHe also admitted a second fraud of 12,000 pounds.", "second", "Tom Alder"},
		{"a furniture line", "Ruth Penn was a council clerk in Marlow.\nShe admitted fraud at the court on Monday.\nYou may also want to watch:\nShe was fined 12,000 pounds.", "fined", "Ruth Penn"},
		{"a read-more line", "Ruth Penn was a council clerk in Marlow.\nShe admitted fraud at the court on Monday.\nRead more:\nShe was fined 12,000 pounds.", "fined", "Ruth Penn"},
		// Refused.
		{"a thing's sentence naming someone", "Tom Alder was a council clerk in Marlow.\nHe admitted fraud at the court on Monday.\nThe indictment states that Dan Reeve took money from the town fund.\nHe also admitted a second fraud of 12,000 pounds.", "second", ""},
		{"a name after a thing's verb and that", "Tom Alder was a council clerk in Marlow. The indictment states that Dan Reeve took money from the town fund. He was jailed on 3 May 2021.", "jailed", ""},
		{"a thing's sentence mentioning a man", "Tom Alder was a council clerk in Marlow.\nHe admitted fraud at the court on Monday.\nThe indictment states that a driver took money from the town fund.\nHe also admitted a second fraud of 12,000 pounds.", "second", ""},
		{"a thing's sentence without the pronoun", "Tom Alder was a council clerk in Marlow.\nHe admitted fraud at the court on Monday.\nThe indictment states that money went missing from the town fund.\nHe also admitted a second fraud of 12,000 pounds.", "second", ""},
		{"a thing's sentence with the other pronoun", "Tom Alder was a council clerk in Marlow.\nHe admitted fraud at the court on Monday.\nThe indictment states that she took money from the town fund.\nHe also admitted a second fraud of 12,000 pounds.", "second", ""},
		{"a furniture line naming someone", "Ruth Penn was a council clerk in Marlow.\nShe admitted fraud at the court on Monday.\nRead more: Dana Reeve jailed for fraud\nShe was fined 12,000 pounds.", "fined", ""},
	})
}

// TestChainSkipQuestions: the date question of a sentence whose "She"
// reaches its name across a furniture line names the person.
func TestChainSkipQuestions(t *testing.T) {
	const others = " Mayor Tim Alder opened the concert hall on 2 June 2001. Senator Dana Reeve spoke there on 5 April 2010."
	checkReferentQuestions(t, others, []referentQuestionCase{
		{"when", "Ruth Penn was a council clerk in Marlow.\nShe admitted fraud at the court on Monday.\nYou may also want to watch:\nShe was jailed for two years on 3 May 2021.",
			"When was Ruth Penn jailed for two years?"},
	}, func(sentence string) bool {
		return strings.HasPrefix(sentence, "She was jailed")
	}, "Ruth Penn")
}
