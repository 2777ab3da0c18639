package generate

import (
	"strings"
	"testing"
)

func TestVagueDeed(t *testing.T) {
	cases := []struct {
		action string
		want   bool
	}{
		{"delivered an emphatic response", true},
		{"released a statement", true},
		{"gave a fine performance", true},
		{"will make a statement", true},
		// A deed that says what about, or with a name or a figure, is asked.
		{"released a statement on the merger", false},
		{"delivered a 6-1 win", false},
		{"issued a Senate statement", false},
		{"scored the only goal of the match", false},
		{"opened a book of condolence", false},
		{"sent a wonderful pass from the centre line", false},
	}
	for _, c := range cases {
		if got := vagueDeed(c.action); got != c.want {
			t.Errorf("vagueDeed(%q) = %v, want %v", c.action, got, c.want)
		}
	}
}

// raceArticle asks of its riders' deeds; "delivered a stunning response"
// says no more than that the headline's rider won.
const raceArticle = "Vessel takes stage nine in the Alps\n\n" +
	"Marta Vessel won the ninth stage of the Alpine Tour on Tuesday after a long climb to Col du Pran.\n\n" +
	"Early in the day, Ilse Brandt attacked on the first descent and led the race for 40 kilometres.\n\n" +
	"Joan Ferrer crashed on a wet bend and lost four minutes.\n\n" +
	"Although Brandt opened the sprint from distance, Vessel delivered a stunning response, riding clear to win by eleven seconds.\n\n" +
	"Race director Paul Okoye praised the riders for their courage in the rain."

// TestVagueDeedNotAsked: the writer asks the riders' specific deeds and
// not the vague one.
func TestVagueDeedNotAsked(t *testing.T) {
	res, err := FromText("", raceArticle)
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, p := range prompts(res) {
		if strings.Contains(p, "response") {
			t.Errorf("asked %q", p)
		}
		asked = asked || strings.HasPrefix(p, "Who crashed on a wet bend")
	}
	if !asked {
		t.Errorf("the specific deed is not asked: %q", prompts(res))
	}
}
