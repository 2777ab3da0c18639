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

// TestWhenVerbsAndListsRoundEleven checks verbs added to the verb table
// ("shared", "initialled", "burned"), a subject that is a list of names,
// and the participle after a comma that follows the sentence's own verb
// (the sentences are the project's own).
func TestWhenVerbsAndListsRoundEleven(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	accept := []struct{ text, prompt, answer string }{
		{"The Kelso Treaty had shared its fate with the Berwick pact in 1894." + more,
			"When did the Kelso Treaty share its fate with the Berwick pact?", "1894"},
		{"The two envoys initialled the fishing treaty in 1894." + more,
			"When did the two envoys initial the fishing treaty?", "1894"},
		{"The old mill was burned by the rebels in 1894." + more,
			"When was the old mill burned by the rebels?", "1894"},
		{"Sweden, Norway and Denmark signed the fishing pact in 1894." + more,
			"When did Sweden, Norway and Denmark sign the fishing pact?", "1894"},
	}
	for _, tc := range accept {
		got := whenOffered(t, tc.text)
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
		}
	}
	// Refused: "submited" and "initialing" are no past forms; a subject
	// whose commas are no list of names; a participle after the comma of
	// a sentence whose verb came before it ("was ended … , initialled").
	if pastVerbs["submited"] != "" || pastVerbs["submitted"] != "submit" || pastVerbs["initialed"] != "initial" {
		t.Errorf("submited %q, submitted %q, initialed %q", pastVerbs["submited"], pastVerbs["submitted"], pastVerbs["initialed"])
	}
	refuse := []string{
		"Sweden, a cold country, signed the fishing pact in 1894." + more,
		"The war in the north, the longest of them, was ended by the Kelso Treaty, initialled in Oslo in 1894." + more,
	}
	for _, text := range refuse {
		for p, a := range whenOffered(t, text) {
			if a == "1894" && (strings.Contains(p, "cold") || strings.Contains(p, "war")) {
				t.Errorf("%q: offered %q", text, p)
			}
		}
	}
}

// TestWhenAsideRelativeRoundEleven checks that a relative clause inside
// the aside between the subject and its verb does not hide the verb.
func TestWhenAsideRelativeRoundEleven(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	got := whenOffered(t, "The quarrel over the river, a dispute that had lasted for decades, broke out in March 1894 after a flood."+more)
	if p := "When did the quarrel over the river break out?"; got[p] != "March 1894" {
		t.Errorf("want %q; got %q", p, got)
	}
}

// TestWhenReducedRelativeRoundEleven checks a participle after a name
// once the sentence has had its verb ("…, was ended by the Kelso Treaty,
// initialled in Oslo on … and signed in Paris on …"): each date is asked
// of the name in the passive (the sentences are the project's own).
func TestWhenReducedRelativeRoundEleven(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	accept := []struct{ text, prompt, answer string }{
		{"The war in the north was ended by the Kelso Treaty, initialled in Oslo on 21 May 1894 and signed in Paris on 14 June 1894." + more,
			"When was the Kelso Treaty signed in Paris?", "14 June 1894"},
		{"The plan had been drawn up in the Kelso Accords, signed at the town hall on 21 May 1894 by the two mayors." + more,
			"When were the Kelso Accords signed at the town hall?", "21 May 1894"},
	}
	for _, tc := range accept {
		got := whenOffered(t, tc.text)
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
		}
	}
	// Refused: no "the" + name before the comma, and a whole clause
	// before it ("the war" is no treaty that was initialled).
	refuse := []string{
		"The war was ended by a short treaty, initialled in Oslo on 21 May 1894." + more,
		"The mayors met in the Kelso town hall, initialled in Oslo on 21 May 1894." + more,
	}
	for _, text := range refuse {
		for p, a := range whenOffered(t, text) {
			if a == "21 May 1894" && strings.Contains(p, "initial") {
				t.Errorf("%q: offered %q", text, p)
			}
		}
	}
}
