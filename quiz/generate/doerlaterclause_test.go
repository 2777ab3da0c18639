package generate

import (
	"slices"
	"strings"
	"testing"
)

// doerChoices lists the choices of the doer question whose prompt holds
// deed, or nil when there is none.
func doerChoices(text, deed string) []string {
	w := writeKind(headlineLine+text, Actor, (*writer).actor)
	for _, c := range w.offered {
		if c.q.Fact == string(Actor) && strings.Contains(c.q.Prompt, deed) {
			var out []string
			for _, ch := range c.q.Choices {
				out = append(out, ch.Text)
			}
			return out
		}
	}
	return nil
}

// TestDoerLaterClause: a person the doer's own sentence names after the
// deed, past a verb of another clause, did something else and is offered
// ("attended by", "beating", "losing to"); one who shared the deed or
// did the same is not.
func TestDoerLaterClause(t *testing.T) {
	tests := []struct {
		name, text, deed string
		offered          []string // wrong choices that must be offered
		refused          []string // names that must not be
	}{
		{"attended by, a passive of another verb",
			"Foreign Minister Tomas Verhoeven chaired the annual regional summit, which was attended by Trade Minister Ilse Brandt and Finance Minister Joran Kessel.",
			"chaired the annual regional summit", []string{"Ilse Brandt", "Joran Kessel"}, nil},
		{"beating, a participle of another verb",
			"Runner Marta Olsen won the coastal marathon title on Sunday, beating runner Sofie Lind and runner Hanne Brekke in a sprint finish.",
			"won the coastal marathon title", []string{"Sofie Lind", "Hanne Brekke"}, nil},
		{"the deed's own verb between: a deed alike",
			"Foreign Minister Tomas Verhoeven chaired the annual regional summit, having chaired the spring talks with Trade Minister Ilse Brandt. Finance Minister Joran Kessel praised the hosts. Defence Minister Pia Lund thanked the staff.",
			"chaired the annual regional summit", nil, []string{"Ilse Brandt"}},
		{"joined by: done together",
			"Foreign Minister Tomas Verhoeven chaired the annual regional summit, joined by Trade Minister Ilse Brandt. Finance Minister Joran Kessel praised the hosts. Defence Minister Pia Lund thanked the staff.",
			"chaired the annual regional summit", nil, []string{"Ilse Brandt"}},
		{"no verb between: a list of the same deed",
			"Foreign Minister Tomas Verhoeven chaired the annual regional summit with Trade Minister Ilse Brandt. Finance Minister Joran Kessel praised the hosts. Defence Minister Pia Lund thanked the staff.",
			"chaired the annual regional summit", nil, []string{"Ilse Brandt"}},
	}
	for _, tc := range tests {
		got := doerChoices(tc.text, tc.deed)
		for _, n := range tc.offered {
			if !slices.Contains(got, n) {
				t.Errorf("%s: choices %v, want %q offered", tc.name, got, n)
			}
		}
		if len(tc.refused) > 0 && got == nil {
			t.Errorf("%s: no doer question on %q", tc.name, tc.deed)
		}
		for _, n := range tc.refused {
			if slices.Contains(got, n) {
				t.Errorf("%s: choices %v, %q offered", tc.name, got, n)
			}
		}
	}
}
