package generate

import (
	"slices"
	"testing"
)

// TestCountLoneName: a one-word subject opening the sentence keeps its
// capital in a count prompt when the article never writes it in lower
// case (a surname); a common noun is lowered.
func TestCountLoneName(t *testing.T) {
	cases := []struct {
		name, text   string
		want, refuse string
	}{
		{"surname", "The two armies met near the town in the first days of July. " +
			"Meade had lost 23,000 men, but had won the battle. " +
			"The campaign went on for two more years.",
			"How many men had Meade lost?", "How many men had meade lost?"},
		{"common noun", "The storm reached the coast late on Sunday. " +
			"Rescuers had saved 40 people by the end of the day, the mayor said. " +
			"The rescuers worked through the night.",
			"How many people had rescuers saved by the end of the day?", "How many people had Rescuers saved by the end of the day?"},
	}
	for _, tc := range cases {
		got := quizPrompts(t, tc.name, tc.text)
		if !slices.Contains(got, tc.want) {
			t.Errorf("%s: no %q in %q", tc.name, tc.want, got)
		}
		if slices.Contains(got, tc.refuse) {
			t.Errorf("%s: %q asked", tc.name, tc.refuse)
		}
	}
}

// TestLoneNameReferent: a pronoun read as its referent is one token
// holding the referent's words ("It" as "The Harbour Accord"): no lone
// surname, so a count prompt lowers its "The" (the corpus asked "Into
// how many areas did The Interim Agreement … divide the West Bank?").
func TestLoneNameReferent(t *testing.T) {
	text := "The Harbour Accord was signed in May. It divided the harbour into three areas."
	w := &writer{text: text}
	it := tokenize("It")[0]
	it.rename("The Harbour Accord")
	if w.loneName([]token{it}) {
		t.Errorf("%q read as a lone name", it.text)
	}
	meade := tokenize("Meade")[0]
	if !(&writer{text: "Meade had lost 23,000 men."}).loneName([]token{meade}) {
		t.Errorf("Meade not read as a lone name")
	}
}
