package generate

import (
	"strings"
	"testing"
)

// TestSpeakerBefore: a quotation whose sentence names its speaker by "he"
// or "she" takes the sentence before as part of its evidence when that
// sentence names the speaker and no one else, so that a question may ask
// who said it; a speaker named by an office ("the former mayor"), a
// sentence before that names a second person, or one in another
// paragraph leaves the evidence one sentence, which asks nothing.
func TestSpeakerBefore(t *testing.T) {
	const people = "Harbour pilots end their strike\n\nThe Merrow harbour board met on Monday with Owen Pryce, its chairman, and Ruth Ellery, from the pilots' union, present. Tom Hale, the port's engineer, and Nina Cole, the board's treasurer, also spoke.\n\n"
	tests := []struct {
		name, text, words, speaker string
		before                     string // words of the sentence before, in the evidence when it names the speaker
		two                        bool   // evidence of two sentences
	}{
		{"he said, after a sentence on him",
			people + "Pryce said the board had agreed to the pilots' demands. “We could not keep the harbour shut for another week,” he said.",
			"We could not keep the harbour shut for another week", "Owen Pryce", "Pryce said the board", true},
		{"she added: after her own quotation",
			people + "“The pilots held firm for nine days,” said Ruth Ellery. She added: “Nobody wanted this strike to last.”",
			"Nobody wanted this strike to last", "Ruth Ellery", "said Ruth Ellery", true},
		{"a second person in the sentence before",
			people + "Pryce said Ellery had kept the talks going. “We could not keep the harbour shut for another week,” he said.",
			"We could not keep the harbour shut for another week", "", "Pryce said Ellery", false},
		{"a second person in the quotation's own sentence",
			people + "Pryce said the board had agreed to the pilots' demands. “We could not keep the harbour shut for another week,” he said, thanking Tom Hale for his work.",
			"We could not keep the harbour shut for another week", "", "Pryce said the board", false},
		{"the speaker named in another paragraph",
			people + "Pryce said the board had agreed to the pilots' demands.\n\n“We could not keep the harbour shut for another week,” he said.",
			"We could not keep the harbour shut for another week", "", "Pryce said the board", false},
		{"an office, not a pronoun",
			people + "Pryce said the board had agreed to the pilots' demands. “We could not keep the harbour shut for another week,” the chairman said.",
			"We could not keep the harbour shut for another week", "", "Pryce said the board", false},
	}
	for _, tc := range tests {
		found := false
		for _, f := range quoteFacts(t, tc.text) {
			if !strings.Contains(f.Quotation, tc.words) {
				continue
			}
			found = true
			two := strings.Contains(f.Sentence, tc.before)
			if two != tc.two {
				t.Errorf("%s: evidence %q (speaker %q), want two sentences: %v", tc.name, f.Sentence, f.Speaker, tc.two)
			}
		}
		if !found && tc.before != "Pryce said Ellery" { // the pronoun is nobody's there (resolvePronoun)
			t.Errorf("%s: quotation %q not found", tc.name, tc.words)
		}
		res, err := FromText("t", tc.text)
		if err != nil { // no quiz: nothing asked
			if tc.speaker != "" {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		var asked *string
		for _, q := range res.Quiz.Questions {
			if strings.Contains(q.Prompt, tc.words) {
				p := q.Prompt
				asked = &p
			}
		}
		if tc.speaker != "" && asked == nil {
			t.Errorf("%s: no question on %q", tc.name, tc.words)
		}
		if tc.speaker == "" && asked != nil {
			t.Errorf("%s: asked %q with a speaker the evidence does not name", tc.name, *asked)
		}
		if ps := QualityProblems(tc.text, res); len(ps) > 0 {
			t.Errorf("%s: quality problems %v", tc.name, ps)
		}
	}
}
