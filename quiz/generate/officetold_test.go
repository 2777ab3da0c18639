package generate

import (
	"testing"

	"factquiz/quiz"
)

// TestOfficesTold checks that an office question whose wrong choices the
// quiz's other questions give to other people is thinned, and one with
// enough wrong choices left, or told only by a false statement, is not.
func TestOfficesTold(t *testing.T) {
	leader := func(person, office, country string) Fact {
		return Fact{Kind: Leader, Person: person, Office: office, Country: country}
	}
	facts := []Fact{
		leader("Ann Reyes", "Senator", "Ohio"),
		leader("Tom Bright", "Senator", "Iowa"),
		leader("Lea Moss", "Senator", "Utah"),
		leader("Sam Ortiz", "Governor", "Utah"),
	}
	office := func(fi int, answer string, wrong ...string) candidate {
		var ch []quiz.Choice
		ch = append(ch, quiz.Choice{Text: answer, Correct: true})
		for _, x := range wrong {
			ch = append(ch, quiz.Choice{Text: x})
		}
		return candidate{q: quiz.Question{Type: quiz.Single, Fact: "leader", Prompt: "What office does " + facts[fi].Person + " hold, according to the article?", Choices: ch},
			item: Item{Fact: fi, Answer: answer, Wrong: wrong}, idHint: "leader-office-x"}
	}
	statement := func(fi int, text string, truth bool) candidate {
		return candidate{q: quiz.Question{Type: quiz.TrueFalse, Fact: "leader", Prompt: "According to the article, " + text + ".", Truth: truth},
			item: Item{Fact: fi}, idHint: "leader-tf-x"}
	}
	w := &writer{facts: facts}
	w.offered = []candidate{
		0: office(2, "Senator from Utah", "Senator from Ohio", "Senator from Iowa"),
		1: statement(0, "Ann Reyes is a Senator from Ohio", true),
		2: statement(1, "Tom Bright is a Senator from Iowa", true),
		3: statement(1, "Tom Bright is a Senator from Ohio", false),
		4: office(2, "Senator from Utah", "Senator from Ohio", "Senator from Iowa", "Governor of Utah"),
		5: office(1, "Senator from Iowa", "Senator from Ohio", "Senator from Utah"),
	}
	tests := []struct {
		name   string
		i      int
		chosen []int
		want   bool
	}{
		{"both wrong choices told by true statements", 0, []int{1, 2}, true},
		{"one told, one left: too few", 0, []int{1}, true},
		{"told by a false statement only", 0, []int{3}, false},
		{"nothing else chosen", 0, nil, false},
		{"two of three wrong choices left", 4, []int{1}, false},
		{"told by another office question's answer", 5, []int{0, 1}, true},
		{"a statement on the same person tells nothing", 5, []int{3}, false},
	}
	for _, tc := range tests {
		if got := w.thinned(tc.i, tc.chosen); got != tc.want {
			t.Errorf("%s: thinned(%d, %v) = %v, want %v", tc.name, tc.i, tc.chosen, got, tc.want)
		}
	}
}
