package generate

import "testing"

// TestNamedPluralNouns checks a counted noun that opens on a name and
// has plain nouns between the name and its plural ("two Arkansas law
// enforcement officers"): the whole phrase is counted and asked; a name
// with no plural after it within the count's four words is no count.
func TestNamedPluralNouns(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"a state name and two plain nouns",
			"Two Norland border patrol officers were injured on the ridge road.",
			"How many Norland border patrol officers were injured on the ridge road?", "2", nil},
		{"a name and one plain noun as an object",
			"Police in Dunmore arrested three Tarrow oil workers after the protest.",
			"How many Tarrow oil workers did police in Dunmore arrest after the protest?", "3", nil},
		{"no plural within four words",
			"Police in Dunmore questioned three Tarrow port authority staff members after the protest.",
			"", "", []string{"How many Tarrow"}},
	})
}
