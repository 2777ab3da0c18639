package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestDiedInArticle checks the ways a page reports a death, and words that
// only look like it.
func TestDiedInArticle(t *testing.T) {
	cases := []struct {
		text, person string
		want         bool
	}{
		{"Veteran actor Harold Penn dies aged 81\n\nHarold Penn, 81, died at his home in Kent on Sunday.", "Harold Penn", true},
		{"The family said Penn had died peacefully in his sleep.", "Harold Penn", true},
		{"Penn has died after a short illness, his agent said.", "Harold Penn", true},
		{"Mourners gathered after the death of Harold Penn on Sunday.", "Harold Penn", true},
		{"Penn's death was announced by the theatre on Monday.", "Harold Penn", true},
		{"Penn passed away on Sunday, his agent said.", "Harold Penn", true},
		{"Harold Penn was found dead at his flat in Leeds.", "Harold Penn", true},
		{"Harold Penn said the play had died a slow death in the West End after its star left.", "Harold Penn", false},
		{"Harold Penn, 81, directed the play that opened on Sunday.", "Harold Penn", false},
		{"Lucy Marsh said Penn's dog died last year.", "Harold Penn", false},
		{"Lucy Marsh died in 1990; Harold Penn wrote her life.", "Harold Penn", false},
	}
	for _, tc := range cases {
		sents := splitSentences(tc.text, tokenize(tc.text))
		w := newWriter(tc.text, sents, extract(tc.text, sents))
		if got := w.diedInArticle(tc.person); got != tc.want {
			t.Errorf("%q: %s died: %v, want %v", tc.text, tc.person, got, tc.want)
		}
	}
}

// TestNoDeadSpeakerChoice checks that an obituary's tribute is not offered
// as the words of the man who died: he is no wrong speaker.
func TestNoDeadSpeakerChoice(t *testing.T) {
	text := `Veteran actor Harold Penn dies aged 81

Harold Penn, the stage actor who spent six decades in the West End, has died at the age of 81, his family said on Sunday.

Penn died at his home in Kent after a short illness, his agent Carol Dunn said.

"He was the kindest man I ever shared a stage with," said director Lucy Marsh, who cast him in 14 productions.

Fellow actor Tom Reyes said Penn had taught a generation how to hold an audience. "Nobody could make a silence work like Harold," Reyes said.

Theatre critic Alan Brooke called him "the last of the great character actors".

Penn was born in Leeds in 1943 and made his first appearance at the Old Vic in 1964.`
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	saidQuestions := 0
	for _, q := range res.Quiz.Questions {
		said := strings.HasPrefix(q.Prompt, "Who ") && strings.Contains(q.Prompt, "“") ||
			q.Type == quiz.TrueFalse && strings.Contains(q.Prompt, "“")
		if !said {
			continue
		}
		saidQuestions++
		if strings.Contains(q.Prompt, "Harold Penn ") {
			t.Errorf("the dead man stated as a speaker: %q", q.Prompt)
		}
		for _, c := range q.Choices {
			if strings.Contains(c.Text, "Penn") {
				t.Errorf("%q offers the dead man %q", q.Prompt, c.Text)
			}
		}
	}
	if saidQuestions == 0 {
		t.Errorf("no who-said question on the tributes; questions: %v", prompts(res))
	}
}
