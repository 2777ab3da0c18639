package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestDidParticiple: a counted noun's participle phrase before "did"
// ("plans drafted by the mayor") is the noun's own and leaves the count
// its question; a past form after "did" is still refused.
func TestDidParticiple(t *testing.T) {
	accept := []struct{ text, want string }{
		{"Storm Alda hit the coast of Norland on Monday.\n\nIn June, the governor closed the harbour after the port council rejected three plans proposed by the mayor.\n\nSchools in Vell stayed closed.",
			"How many plans proposed by the mayor did the port council reject?"},
		{"Storm Alda hit the coast of Norland on Monday.\n\nOn Friday, the navy sank a ferry after customs officers seized 40 crates smuggled from Vell.\n\nSchools in Vell stayed closed.",
			"How many crates smuggled from Vell did customs officers seize?"},
	}
	for _, tc := range accept {
		res, err := FromText("Quiz", tc.text)
		if err != nil {
			t.Fatalf("%q: %v", tc.text, err)
		}
		got := prompts(res)
		found := false
		for _, p := range got {
			found = found || strings.HasPrefix(p, tc.want)
		}
		if !found {
			t.Errorf("no question %q: %q", tc.want, got)
		}
	}
	refuse := []string{
		"How many people did the storm killed in Vell?",
		"How many plans did the council rejected by the mayor?",
		"When did the council rejected three plans proposed by the mayor?",
	}
	for _, p := range refuse {
		if englishProblem(quizNumber(p)) == "" {
			t.Errorf("%q: no problem found", p)
		}
	}
	if englishProblem(quizNumber(accept[0].want)) != "" {
		t.Errorf("%q: %s", accept[0].want, englishProblem(quizNumber(accept[0].want)))
	}
}

func quizNumber(p string) quiz.Question { return quiz.Question{Type: quiz.Number, Prompt: p} }
