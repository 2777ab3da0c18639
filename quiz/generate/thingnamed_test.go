package generate

import (
	"strings"
	"testing"
)

// TestNamedThing: "It" or "They" after an entry that opens on its bare
// headword ("Kethran Dynasty was …") stands for it when the headword's
// own words say it is no person, and for nothing otherwise.
func TestNamedThing(t *testing.T) {
	checkReferents(t, []referentCase{
		{"a kind closing the name", "Kethran Dynasty was the third of the four great dynasties of the Varan realm. It overthrew the Olmid line in 1912.", "Olmid", "The Kethran Dynasty"},
		{"a storm's title", "Hurricane Delphine was a powerful Category 4 Atlantic hurricane. It killed 212 people across the Bahamas in September 2011.", "Bahamas", "Hurricane Delphine"},
		{"a name with a link", "Bank of Ostland was the central bank of the republic. It was founded in Velden in 1921.", "founded", "The Bank of Ostland"},
		{"a plural name whose last word is no listed kind", "Harwick Accords were a pair of trade agreements between the two states. They cut tariffs on 40 goods in 1994.", "tariffs", ""},
		// Refused.
		{"a person's name", "Dana Reeve was the first conductor of the Marlow City Orchestra. It toured Japan in 1999.", "Japan", ""},
		{"a person with a title", "President Ivo Marsh was the first leader of the party. It won 40 seats in 1999.", "seats", ""},
		{"another thing named after the noun", "Kethran Dynasty was the dynasty that founded the Velden Company. It overthrew the Olmid line in 1912.", "Olmid", ""},
		{"another verb than a definition", "Kethran Dynasty overthrew the Olmid line in 1912. It ruled the valley until 2004.", "valley", ""},
		{"one word", "Kethran was the third dynasty of the realm. It overthrew the Olmid line in 1912.", "Olmid", ""},
		{"a name that says no kind", "Marlow Velden was a large estate near the river. It was sold in 1921.", "sold", ""},
		{"an empty it", "Kethran Dynasty was the third dynasty of the realm. It was clear that it would fall by 2004.", "clear", ""},
	})
}

// TestNamedThingQuestions: the date and count questions of the sentence
// after the headword name the thing.
func TestNamedThingQuestions(t *testing.T) {
	const others = " Mayor Tim Alder opened the concert hall in the city. Senator Ruth Penn spoke there in the spring."
	checkReferentQuestions(t, others, []referentQuestionCase{
		{"when", "Kethran Dynasty was the third of the four great dynasties of the Varan realm. It overthrew the Olmid line in 1912.",
			"When did the Kethran Dynasty overthrow the Olmid line?"},
		{"how many", "Hurricane Delphine was a powerful Category 4 Atlantic hurricane. It killed 212 people across the Bahamas in September 2011.",
			"How many people did Hurricane Delphine kill across the Bahamas"},
	}, func(sentence string) bool {
		return strings.HasPrefix(sentence, "It ")
	}, "Kethran Dynasty", "Hurricane Delphine")
}
