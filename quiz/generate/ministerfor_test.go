package generate

import (
	"strings"
	"testing"
)

// TestMinisterFor: a minister written "Minister for Transport" (no
// country named) is asked with other "Minister for …" portfolios as
// wrong choices; other offices keep their own lists.
func TestMinisterFor(t *testing.T) {
	for _, c := range []struct {
		office string
		want   bool
	}{
		{"Minister for Health", true},
		{"Minister for Transport", true},
		{"Minister of Health", false},
		{"Minister for State", false},
		{"Minister of State for Trade", false},
		{"Health Minister", false},
	} {
		got := len(fillersFor(c.office)) > 0 && &fillersFor(c.office)[0] == &ministerForTitles[0]
		if got != c.want {
			t.Errorf("fillersFor(%q) is ministerForTitles: %v, want %v", c.office, got, c.want)
		}
	}
	text := "Lakeford rail line gets new trains\n\n" +
		"The state's regional rail line will get twelve new trains by the end of next year, Minister for Transport Ella Hartigan said today.\n" +
		"The trains will run between Lakeford and the coast every hour from March.\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range res.Quiz.Questions {
		if !strings.HasPrefix(q.Prompt, "What office does Ella Hartigan hold") {
			continue
		}
		found = true
		for _, ch := range q.Choices {
			if !strings.HasPrefix(ch.Text, "Minister for ") {
				t.Errorf("choice %q beside Minister for Transport", ch.Text)
			}
		}
	}
	if !found {
		var ps []string
		for _, q := range res.Quiz.Questions {
			ps = append(ps, q.Prompt)
		}
		t.Errorf("no office question for Ella Hartigan in %q", ps)
	}
}
