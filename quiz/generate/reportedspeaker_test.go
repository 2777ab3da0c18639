package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestReportedSpeakers: names right before "said", "says" or "told",
// after a role in lower case, a comma or the start of a sentence, are
// read as people who speak on the page; a title run into the name, a
// body, a name inside quotation marks or one word alone are not.
func TestReportedSpeakers(t *testing.T) {
	tests := []struct {
		sentence string
		want     string // "" when no name may be read
	}{
		{"The new pool would have eight lanes, architect Carla Moss said.", "Carla Moss"},
		{"County astronomer Ivan Petrov said the comet would return in 2061.", "Ivan Petrov"},
		{"Ivan Petrov told the council the telescope was ready.", "Ivan Petrov"},
		{"The plan was approved on Monday, Dana Reyes says.", "Dana Reyes"},
		{"Consultant Art Bell of Bellworks said residents wanted a library.", ""},
		{"Harbour Trust said it would match the sum.", ""},
		{"“Carla Moss said it first,” a resident told the meeting.", ""},
		{"Petrov said the dome would open in May.", ""},
	}
	for _, tc := range tests {
		text := "Town notes\n\n" + tc.sentence
		toks := tokenize(text)
		got := peopleText(text, splitSentences(text, toks), nil).reportedSpeakers()
		if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("%q: read %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestReportedSpeakerChoices: on a page whose only quoted speaker is
// Horvat, the people who speak without quotation marks are the wrong
// choices of a "who said it" question.
func TestReportedSpeakerChoices(t *testing.T) {
	text := `Observatory finds a comet

The Merrow observatory reported a new comet on Monday, the first found there since 1998.

County astronomer Ivan Petrov said the comet would pass the Sun in March. The new dome would open in May, architect Carla Moss said.

“We saw it move against the stars on three nights, and then we knew,” said Lena Horvat, who leads the night team.`
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	var ps []string
	for _, q := range res.Quiz.Questions {
		ps = append(ps, q.Prompt)
		if !strings.Contains(q.Prompt, "We saw it move against the stars") {
			continue
		}
		var cs []string
		for _, c := range q.Choices {
			cs = append(cs, c.Text)
		}
		if !slices.Contains(cs, "Ivan Petrov") || !slices.Contains(cs, "Carla Moss") || !slices.Contains(cs, "Lena Horvat") {
			t.Errorf("choices %q, want Horvat, Petrov and Moss", cs)
		}
		return
	}
	t.Errorf("no question on Horvat's quotation: %q", ps)
}
