package generate

import (
	"strings"
	"testing"
)

// TestWhenParticipleAsideRoundEleven checks a date that opens its
// sentence before a participle phrase ("In 1718, while besieging …,"):
// the date is the main clause's (development set 13's history feature;
// the sentences are the project's own).
func TestWhenParticipleAsideRoundEleven(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	accept := []struct{ text, prompt, answer string }{
		{"In 1644, while crossing the river Tweed near Kelso, Scotland, the duke was wounded by an arrow." + more,
			"When was the duke wounded by an arrow?", "1644"},
		{"In 1644, after losing the battle at the ford, the duke surrendered the castle." + more,
			"When did the duke surrender the castle?", "1644"},
	}
	for _, tc := range accept {
		got := whenOffered(t, tc.text)
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
		}
	}
	// Refused: a relative clause after the phrase's comma, a phrase that
	// never reaches a main clause, and a finite clause after "while" (its
	// own subject and verb: no participle phrase).
	refuse := []string{
		"In 1644, while crossing the river, which the Scots held, the duke was wounded by an arrow." + more,
		"In 1644, while crossing the river Tweed near Kelso, Scotland." + more,
		"In 1644, while the army crossed the river, the duke was wounded by an arrow." + more,
	}
	for _, text := range refuse {
		for p, a := range whenOffered(t, text) {
			if a == "1644" && (strings.Contains(p, "which") || strings.Contains(p, "Scotland") || strings.Contains(p, "army")) {
				t.Errorf("%q: offered %q", text, p)
			}
		}
	}
}
