package generate

import (
	"strings"
	"testing"
)

// TestBareSpeaker: a leader written "Speaker Ana Ruiz" with no body is
// asked "What office does … hold?" among the chamber's other leaders when
// the page names an American legislature, and not otherwise (a
// parliament's speaker, a speaker at a meeting, no legislature named).
func TestBareSpeaker(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"general assembly", "Lakeford schools get new roofs\n\n" +
			"The state will spend $40 million on new roofs for 61 rural schools, Governor Tom Hale said on Monday.\n" +
			"“The General Assembly set this money aside last spring and the work can start now,” said Speaker Ana Ruiz.\n" +
			"The first roofs will be finished before the winter.\n", true},
		{"legislature", "Bridge repairs to begin in March\n\n" +
			"Work on the old river bridge will begin in March after the Legislature approved $12 million for it, Speaker Ana Ruiz said Tuesday.\n" +
			"The bridge will close to lorries for six months while the deck is rebuilt.\n" +
			"The bridge, which opened in 1931, carries 14,000 cars a day across the Kell River.\n", true},
		{"parliament", "Bridge repairs to begin in March\n\n" +
			"Work on the old river bridge will begin in March after Parliament approved $12 million for it, Speaker Ana Ruiz said Tuesday.\n" +
			"The bridge will close to lorries for six months while the deck is rebuilt.\n" +
			"The bridge, which opened in 1931, carries 14,000 cars a day across the Kell River.\n", false},
		{"no legislature", "Bridge repairs to begin in March\n\n" +
			"Work on the old river bridge will begin in March after the town approved $12 million for it, Speaker Ana Ruiz said Tuesday.\n" +
			"The bridge will close to lorries for six months while the deck is rebuilt.\n" +
			"The bridge, which opened in 1931, carries 14,000 cars a day across the Kell River.\n", false},
	} {
		texts, got, ps := officeQuestionChoices(t, c.text, "Ana Ruiz")
		if got {
			for _, ch := range texts {
				if strings.Contains(ch, "Speaker") && ch != "Speaker" {
					t.Errorf("%s: choice %q beside Speaker", c.name, ch)
				}
			}
			if !containsString(texts, "Speaker") || !containsString(texts, "Majority Leader") {
				t.Errorf("%s: choices %q", c.name, texts)
			}
		}
		if got != c.want {
			t.Errorf("%s: office question for Ana Ruiz %v, want %v (questions %q)", c.name, got, c.want, ps)
		}
	}
}

// TestCountyCouncilChair: a chair written after a county council's name
// ("Dale County Council Chair Rosa Lind") is asked as "Council Chair"
// among the county's other officers; a chair of a company or of a bare
// council is not.
func TestCountyCouncilChair(t *testing.T) {
	for _, c := range []struct {
		name, chair string
		want        bool
	}{
		{"county council", "Dale County Council Chair Rosa Lind", true},
		{"city council", "Dale City Council Chair Rosa Lind", false},
		{"company", "Dale Foods Chair Rosa Lind", false},
		{"council alone", "Council Chair Rosa Lind", false},
	} {
		text := "Flood emergency declared in river towns\n\n" +
			c.chair + " declared an emergency on Thursday so that the county can call in help from outside the region.\n" +
			"The river rose 11 feet in two days and 240 homes were cleared, officials said.\n" +
			"The water is expected to fall by Sunday.\n"
		texts, got, ps := officeQuestionChoices(t, text, "Rosa Lind")
		if got && (!containsString(texts, "Council Chair") || !containsString(texts, "County Sheriff")) {
			t.Errorf("%s: choices %q", c.name, texts)
		}
		if got != c.want {
			t.Errorf("%s: office question for Rosa Lind %v, want %v (questions %q)", c.name, got, c.want, ps)
		}
	}
}

// officeQuestionChoices writes the quiz of text and returns the choices of
// its "What office does person hold …?" question, whether it has one,
// and every prompt of the quiz (for the failure message).
func officeQuestionChoices(t *testing.T, text, person string) (choices []string, asked bool, prompts []string) {
	t.Helper()
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		prompts = append(prompts, q.Prompt)
		if !strings.HasPrefix(q.Prompt, "What office does "+person+" hold") {
			continue
		}
		asked = true
		for _, ch := range q.Choices {
			choices = append(choices, ch.Text)
		}
	}
	return choices, asked, prompts
}
