package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestSpeakerAfterRole: a quotation whose speaker follows the speech verb
// behind a role in lower case ("says political analyst Lena Marsh") is
// hers; a lower-case run with no role noun names no speaker.
func TestSpeakerAfterRole(t *testing.T) {
	for _, c := range []struct {
		name, text, words, speaker string
	}{
		{"says political analyst", `Harbour board approves the new ferry terminal

The Carlow harbour board approved the new ferry terminal on Tuesday after a vote of seven to two, ending a dispute that began in 2019.

Board chairman Owen Pryce said the vote settled years of argument. "We can finally start building what the town has waited for," Pryce said.

"It's a victory for the ferry crews above all," says political analyst Lena Marsh, according to the Carlow Courier.

Councillor Tom Vesey voted against the plan and said he would keep fighting it.`,
			"It's a victory for the ferry crews above all", "Lena Marsh"},
		{"said local resident", `Storm closes the coast road at Merrow

The coast road at Merrow was closed on Sunday after a storm brought down two walls and flooded the village square.

County engineer Paula Wence said the road would stay shut for a week. "The walls must be checked before any traffic goes by," Wence said.

"The water came up to our front steps in ten minutes," said local resident Ann Rowe, who has lived in the square since 1988.

Mayor Dennis Cole visited the village on Monday.`,
			"The water came up to our front steps in ten minutes", "Ann Rowe"},
	} {
		checkSaidBy(t, c.name, c.text, c.words, c.speaker)
	}
}

// checkSaidBy fails unless text's quiz asks who said words (a question
// or a said-statement quoting them) with speaker as the answer.
func checkSaidBy(t *testing.T, name, text, words, speaker string) {
	t.Helper()
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range res.Quiz.Questions {
		if !strings.Contains(q.Prompt, "“"+words) {
			continue
		}
		found = true
		for _, ch := range q.Choices {
			if ch.Correct && ch.Text != speaker {
				t.Errorf("%s: %q answered %s, want %s", name, q.Prompt, ch.Text, speaker)
			}
		}
		if q.Type == quiz.TrueFalse && q.Truth != strings.Contains(q.Prompt, speaker) {
			t.Errorf("%s: %q stated %v", name, q.Prompt, q.Truth)
		}
	}
	if !found {
		t.Errorf("%s: no question on %q (%v)", name, words, saidQuestions(t, text))
	}
}
