package generate

import (
	"strings"
	"testing"
)

// TestSameSentenceQuestions: a sentence holding two facts of its own
// clauses gets a real question on each when neither prompt gives the
// other's answer away ("When did rescue teams arrive?" and "How many
// tents did the navy deliver?"), and no copy of a sentence (a sentence
// statement or a fill-in) sits beside a question on another fact of it:
// the copy shows that question's answer. Measured in round 17: choose
// refuses no real date or count question for its sentence alone; what
// keeps a sentence's second fact out is that it has only copies.
func TestSameSentenceQuestions(t *testing.T) {
	tests := []struct {
		name, text string
		sentence   string   // the sentence both facts are in
		want       []string // prompts' openings that must all be asked
	}{
		{"a date and a count in two clauses",
			"Storm Alda hit the island of Vell in Norland on Monday.\n\nThe government of Norland opened 40 shelters across the region. Rescue teams from Sweden arrived on 9 May 2021, and the navy delivered 300 tents to the island.\n\nSchools in Vell stayed closed.",
			"Rescue teams from Sweden arrived on 9 May 2021, and the navy delivered 300 tents to the island.",
			[]string{"When did rescue teams from Sweden arrive?", "How many tents did the navy deliver"}},
		{"two counts, the second with only copies",
			"Storm Alda hit the coast of Norland on Monday.\n\nThe storm killed 12 people and destroyed 300 homes in the port of Sela, officials said.\n\nThe government of Norland opened 40 shelters across the region.",
			"The storm killed 12 people and destroyed 300 homes in the port of Sela, officials said.",
			[]string{"How many people did the storm kill"}},
	}
	for _, tc := range tests {
		res, err := FromText("Quiz", tc.text)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := prompts(res)
		for _, w := range tc.want {
			found := false
			for _, p := range got {
				found = found || strings.HasPrefix(p, w)
			}
			if !found {
				t.Errorf("%s: no question %q: %q", tc.name, w, got)
			}
		}
		// Every question on the sentence: at most one copies it, and none
		// when another fact of it is asked.
		onIt, copies := 0, 0
		for i, q := range res.Quiz.Questions {
			if res.Facts[res.Items[i].Fact].Sentence != tc.sentence {
				continue
			}
			onIt++
			// A sentence statement copies it whole, a figure maybe changed.
			rest, statement := strings.CutPrefix(q.Prompt, "According to the article, ")
			if strings.HasPrefix(q.Prompt, "Fill in") || statement && wordCount(rest) == wordCount(tc.sentence) {
				copies++
			}
		}
		if copies > 0 && onIt > 1 {
			t.Errorf("%s: a copy of the sentence beside another question on it: %q", tc.name, got)
		}
	}
}
