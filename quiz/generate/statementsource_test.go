package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestStatementSource checks a sentence statement of a sentence that
// opens with its own attribution: the source says it ("According to the
// article, the harbour office said …"), never "According to the article,
// according to …"; a pronoun source gives no statement of the sentence.
func TestStatementSource(t *testing.T) {
	tests := []struct {
		name, text, marker string
		want               string // the statement's start; "" for none
	}{
		{"a lower-case source",
			"Ivo Brandt was found guilty of fraud on Monday. According to the harbour office, Brandt faced 120 years in prison if convicted on all counts.",
			"harbour office", "According to the article, the harbour office said Brandt faced "},
		{"a named source keeps its capital",
			"The storm hit the coast on Sunday night. According to Tarrow Council, the flood cut off 12 villages in the hills above the town.",
			"Tarrow Council", "According to the article, Tarrow Council said the flood cut off "},
		{"a source with an appositive gives none",
			"Ivo Brandt was found guilty of fraud on Monday. According to Lena Moss, a harbour engineer, Brandt faced 120 years in prison if convicted on all counts.",
			"harbour engineer", ""},
		{"a pronoun source gives none",
			"Ivo Brandt was found guilty of fraud on Monday. According to him, Brandt faced 120 years in prison if convicted on all counts.",
			"According to him", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FromText("Quiz", tc.text)
			if err != nil {
				t.Fatal(err)
			}
			problems := map[string][]string{}
			for _, p := range QualityProblems(res.Text, res) {
				problems[p.QuestionID] = append(problems[p.QuestionID], p.Message)
			}
			got := ""
			for i, q := range res.Quiz.Questions {
				f := res.Facts[res.Items[i].Fact]
				if strings.HasPrefix(q.Prompt, "According to the article, according") {
					t.Errorf("doubled attribution: %q", q.Prompt)
				}
				if q.Type != quiz.TrueFalse || !strings.Contains(f.Sentence, tc.marker) {
					continue
				}
				got = q.Prompt
				if len(problems[q.ID]) > 0 {
					t.Errorf("%q: checker: %q", q.Prompt, problems[q.ID])
				}
			}
			if tc.want == "" && got != "" || tc.want != "" && !strings.HasPrefix(got, tc.want) {
				t.Errorf("statement %q, want one starting %q; quiz %q", got, tc.want, prompts(res))
			}
		})
	}
}
