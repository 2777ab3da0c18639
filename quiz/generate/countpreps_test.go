package generate

import "testing"

// TestCountAfterOnAndOf checks the counts after "on" and after an "of"
// that a verb or "guilty" governs ("convicted of four counts"): asked
// "On how many …?" and "How many … of?"; an "of" that belongs to a noun,
// and a subject that may end a longer list, give no such question.
func TestCountAfterOnAndOf(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"on before the count, a list after the colon",
			"The mining firm was convicted on four counts: fraud, theft, bribery and forgery.",
			"On how many counts was the mining firm convicted?", "4", nil},
		{"convicted of: the preposition ends the question",
			"Dana Reeve ran a charity in Leeds. Dana Reeve was convicted of six counts.",
			"How many counts was Dana Reeve convicted of?", "6", []string{"Of how many"}},
		{"of a noun is no verb's",
			"The study of nearly 18,000 people found that the drugs lowered the risk.",
			"", "", []string{"How many people", "About how many people", "Of how many", "Of about how many"}},
		{"made up of: of is not governed by a listed word",
			"The squad was made up of 30 players.",
			"", "", []string{"How many players", "Of how many"}},
		{"a subject after a comma with and may end a longer list",
			"The agency said it would release $5 million, and the Red Cross, the Lions Club and the Rotary Club pledged to speed up work on two shelters.",
			"", "", []string{"On how many"}},
	})
}

// TestCutQuestionStrandedOf checks that a question ending on the "of" of
// a word that governs it is whole, and that another ending on "of" is
// still read as cut.
func TestCutQuestionStrandedOf(t *testing.T) {
	for _, tc := range []struct {
		prompt string
		cut    bool
	}{
		{"How many counts was Dana Reeve convicted of?", false},
		{"How many murders did the jury find Lee Grant guilty of?", false},
		{"How many people were killed in the crash of?", true},
		{"Who was convicted of?", true},
	} {
		if got := cutQuestionProblem(tc.prompt) != ""; got != tc.cut {
			t.Errorf("%q: cut %v, want %v", tc.prompt, got, tc.cut)
		}
	}
}
