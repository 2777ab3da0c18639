package generate

import "testing"

// TestThingOwnersCoordinated: a definition's "of" may own two names
// joined by "and" ("of the Hundred Days campaign and the Napoleonic
// Wars"); the second is no more a thing "It" may stand for than the
// first. A name after "and" that no "of" owns, or after a verb, still
// refuses.
func TestThingOwnersCoordinated(t *testing.T) {
	checkReferents(t, []referentCase{
		{"two owners joined by and the", "The Battle of Velden was the last major action of the Harrow Valley campaign and the Border Wars. It was fought on 18 June 1815 near the river.", "river", "The Battle of Velden"},
		{"two owners joined by and", "The Treaty of Velden was the first accord of the Harwick trade talks and Marlow Council. It was signed on 4 March 1921 in the palace.", "palace", "The Treaty of Velden"},
		// Refused.
		{"a name after a verb and and", "The Battle of Velden was the last action of the Harrow campaign and ended the Border Wars. It was fought on 18 June 1815 near the river.", "river", ""},
		{"a name after and with no owner before", "The Battle of Velden was the last major action and the Border Wars began. It was fought on 18 June 1815 near the river.", "river", ""},
	})
}
