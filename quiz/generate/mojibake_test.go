package generate

import (
	"strings"
	"testing"
)

// TestMojibakeInput: a page whose quotation marks a site garbled
// ("â€œ", or a lone "â" when the invisible bytes were dropped) is read
// with its quotations, with a note; the checker finds the evidence in the
// repaired text, and handed the garbled one, reports it without a fault.
func TestMojibakeInput(t *testing.T) {
	for _, tc := range []struct{ name, open, close string }{
		{"whole", "\u00e2\u20ac\u0153", "\u00e2\u20ac\u009d"},
		{"bytes dropped", "\u00e2", "\u00e2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw := "Kestrel Minerals agrees to buy Halden Clay for $700 million\n\n" +
				"Kestrel Minerals said on Tuesday it would buy Halden Clay, which employs 2,400 people in 31 countries, for $700 million.\n\n" +
				tc.open + "We are delighted to welcome the people of Halden to our group," + tc.close + " said Marta Lindqvist, the chief executive of Kestrel Minerals.\n\n" +
				"Halden's chairman, Oskar Brandt, said the board backed the offer. " + tc.open + "The price reflects the value of our mines," + tc.close + " Brandt said.\n\n" +
				"The deal is expected to close in March 2025, the companies said."
			res, err := FromInput("", []byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(res.Notes, " "), "garbled by a wrong encoding") {
				t.Errorf("no note on the repair: %q", res.Notes)
			}
			speakers := map[string]bool{}
			for _, f := range res.Facts {
				if f.Kind == Quote {
					speakers[f.Speaker] = true
				}
			}
			if !speakers["Marta Lindqvist"] || !speakers["Oskar Brandt"] {
				t.Errorf("speakers %v, want Marta Lindqvist and Oskar Brandt", speakers)
			}
			for _, q := range res.Quiz.Questions {
				if strings.Contains(q.Prompt, "\u00e2") || strings.Contains(q.Evidence, "\u00e2") {
					t.Errorf("garbled text in %q", q.Prompt)
				}
			}
			for _, p := range QualityProblems(res.Text, res) {
				if strings.Contains(p.Message, "offsets") || strings.Contains(p.Message, "evidence is not") {
					t.Errorf("checker on the repaired text: %s: %s", p.QuestionID, p.Message)
				}
			}
			if len(QualityProblems(raw, res)) == 0 {
				t.Errorf("the checker handed the garbled text found its evidence in it")
			}
		})
	}
}
