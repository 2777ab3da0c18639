package factlist

import (
	"testing"

	"factquiz/quiz/generate"
)

// TestVerbPhraseCount covers verbPhraseCount: a count listed with a verb
// phrase ("12 | died in Dunmore") is the found bare count of the same
// number whose sentence has the phrase's first word beside it; the same
// number with a written noun, far from the word, or of another number is
// not.
func TestVerbPhraseCount(t *testing.T) {
	const text = "A further 12 died and 240 were injured in Dunmore, the council said. " +
		"The storm had caused the deaths of at least 87 in Tarn. " +
		"In Orvale 12 were rescued from the river. The council sent 12 trucks to help."
	people := generate.Fact{Kind: generate.Count, Number: 12, Noun: "people"}
	n := func(f generate.Fact, v int) generate.Fact { f.Number = v; return f }
	tests := []struct {
		name, line string
		fact       generate.Fact
		want       bool
	}{
		{"the verb after the number", "count: 12 | died in Dunmore", at(t, text, "", "12", people), true},
		{"the participle after the auxiliary", "count: 240 | injured in Dunmore", at(t, text, "", "240", n(people, 240)), true},
		{"the noun of the verb before the number", "count: 87 | deaths in Tarn (at least)", at(t, text, "", "87", n(people, 87)), true},
		{"refused: the same number beside another verb", "count: 12 | died in Dunmore", at(t, text, "Orvale", "12", people), false},
		{"refused: a written noun", "count: 12 | sent to help", at(t, text, "sent", "12 trucks", generate.Fact{Kind: generate.Count, Number: 12, Noun: "trucks"}), false},
		{"refused: another number", "count: 13 | died in Dunmore", at(t, text, "", "12", people), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := entry(t, tc.line)
			if got := MatchesIn(NewArticle(text, List{Facts: []Entry{e}}, nil), e, tc.fact); got != tc.want {
				t.Errorf("MatchesIn(%q, %+v) = %v, want %v", tc.line, tc.fact, got, tc.want)
			}
		})
	}
}
