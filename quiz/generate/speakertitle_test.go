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
		res, err := FromText("", c.text)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got bool
		var ps []string
		for _, q := range res.Quiz.Questions {
			ps = append(ps, q.Prompt)
			if !strings.HasPrefix(q.Prompt, "What office does Ana Ruiz hold") {
				continue
			}
			got = true
			var texts []string
			for _, ch := range q.Choices {
				texts = append(texts, ch.Text)
				if strings.Contains(ch.Text, "Speaker") && ch.Text != "Speaker" {
					t.Errorf("%s: choice %q beside Speaker", c.name, ch.Text)
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
