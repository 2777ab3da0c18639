package generate

import "testing"

// TestHadPlaceClause checks where-questions on "had" and an event: the
// subject had a meeting or talks at the place, the quotation marks of a
// quoted event left out. "had" as an auxiliary ("had died", "had been
// held", "had to leave"), a thing had that is no event, and a clause
// with another verb give no such question.
func TestHadPlaceClause(t *testing.T) {
	const before = "Prime Minister Aiko Sato of Japan met President Min-jun Lee of South Korea this week. "
	tests := []struct {
		name, sentence, prompt, answer string
	}{
		{"a meeting", "Sato and Lee had an informal meeting in Seoul on Tuesday.",
			"In which city did Sato and Lee have an informal meeting?", "Seoul"},
		{"a quoted meeting", "Sato and Lee had an “informal meeting” in Seoul, a brief statement from the ministry said.",
			"In which city did Sato and Lee have an informal meeting?", "Seoul"},
		{"talks with someone", "Sato had talks with the Chinese foreign minister in Beijing on Monday.",
			"In which city did Sato have talks with the Chinese foreign minister?", "Beijing"},
		{"an auxiliary", "Sato had travelled to Busan before the summit.", "", ""},
		{"had to", "Sato had to cancel a meeting in Busan because of the storm.", "", ""},
		{"no event", "Sato had a cold in Busan on Monday.", "", ""},
		{"a pronoun subject", "They had an informal meeting in Seoul on Tuesday.", "", ""},
		{"another verb before the place", "Sato had a meeting and spoke in Seoul on Tuesday.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlacePrompt(t, before+tc.sentence, tc.prompt, tc.answer) })
	}
}
