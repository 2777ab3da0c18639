package generate

import "testing"

// TestOpeningNameNotSubject: a name in the sentence's opening phrase
// before ", he" or ", she" ("unlike Cole, he …") is not the subject the
// next sentence's "He" stands for; a name that opens the sentence, or a
// short time phrase before the name ("In 1998 Cole …"), still is.
func TestOpeningNameNotSubject(t *testing.T) {
	const he = " He was named the orchestra director on 3 May 2004."
	const she = " She was named the orchestra director on 3 May 2004."
	checkReferents(t, []referentCase{
		{"name opens the sentence", "Tom Cole lost four matches and drew one in 1998." + he, "director", "Tom Cole"},
		{"a year before the name", "In 1998 Tom Cole lost four matches and drew one." + he, "director", "Tom Cole"},
		// Refused: the pronoun after the phrase is the subject.
		{"unlike the name, he", "However, unlike Tom Cole, he lost four matches and drew one in 1998." + he, "director", ""},
		{"like the name, she", "Like Dana Reeve, she moved to Leeds in 2001 with her family." + she, "director", ""},
		{"besides the name, he", "Besides Tom Cole, he coached the junior side for two seasons." + he, "director", ""},
	})
}
