package generate

import (
	"strings"
	"testing"
)

// TestDescriptionOf: "this battle" stands for "The Battle of Lakeford"
// defined two sentences before (through an "It" sentence), also after an
// opening appositive; anything unclear refuses.
func TestDescriptionOf(t *testing.T) {
	const entry = "The Battle of Lakeford was the last major action of the Northern War. It was fought on 3 May 1702 near the river. "
	checkReferents(t, []referentCase{
		{"kind before of and a name", entry + "This battle kept 21,000 Swedish soldiers from reaching the coast.", "kept", "The Battle of Lakeford"},
		{"after an opening appositive", entry + "A delaying action, this battle kept 21,000 Swedish soldiers from reaching the coast.", "kept", "the Battle of Lakeford"},
		{"the definition's owner", "The Treaty of Orn was the first accord of the Velden League and the Ostland Crown. The treaty ended the war in 1702.", "ended", "The Treaty of Orn"},
		// Refused.
		{"another battle in the definition", "The Battle of Lakeford was the battle that ended the Northern War. This battle kept 21,000 soldiers from the coast.", "kept", ""},
		{"another thing named, not an owner", "The Battle of Lakeford was fought beside the Orn Fortress in 1702. This battle kept 21,000 soldiers from the coast.", "kept", ""},
		{"an opener with a verb", entry + "A king who lost, this battle kept 21,000 Swedish soldiers from reaching the coast.", "kept", ""},
		{"an opener with a preposition", entry + "A week after the vote, the battle kept 21,000 Swedish soldiers from reaching the coast.", "kept", ""},
		{"an opener with a name", entry + "A Velden action, this battle kept 21,000 Swedish soldiers from reaching the coast.", "kept", ""},
		{"a person before of", "The Duke of Orn was the last commander of the Northern War. This battle kept 21,000 soldiers from the coast.", "kept", ""},
	})
}

// TestDescriptionOfQuestions: the count after "this battle" is asked
// with the battle's name.
func TestDescriptionOfQuestions(t *testing.T) {
	const others = " Mayor Tim Alder opened the concert hall in the city. Senator Ruth Penn spoke there in the spring."
	checkReferentQuestions(t, others, []referentQuestionCase{
		{"after an appositive", "The Battle of Lakeford was the last major action of the Northern War. It was fought near the river. A delaying action, this battle kept 21,000 Swedish soldiers from reaching the coast.",
			"How many Swedish soldiers did the Battle of Lakeford keep from reaching the coast?"},
	}, func(sentence string) bool {
		return strings.HasPrefix(sentence, "A delaying action, this battle")
	}, "Battle of Lakeford")
}

// TestDescriptionOfDefinition: the kind noun of the definition itself
// ("was the largest party of the valley") names no other thing of the
// kind; one after it does.
func TestDescriptionOfDefinition(t *testing.T) {
	checkReferents(t, []referentCase{
		{"the definition's own noun", "The Velden Party was the largest party of the valley. It was founded in the city in 1902. The party won 21 seats in 1910.", "seats", "The Velden Party"},
		{"another party after the definition", "The Velden Party was the largest rival of the Orn Party. The party won 21 seats in 1910.", "seats", ""},
		{"a party the definition speaks of", "The Velden Party was the group that founded a new party in 1990. The party won 21 seats in 1910.", "seats", ""},
	})
}
