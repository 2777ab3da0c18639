package generate

import (
	"strings"
	"testing"
)

// TestUpdatedTotal: a count is not asked when another sentence brings the
// same owner's tally of the same things to another figure; a tally of
// other things, of another owner or at the same figure leaves it asked.
func TestUpdatedTotal(t *testing.T) {
	const count = "Norway has confirmed 212 measles patients so far, with 30 of them discharged by Saturday."
	for _, c := range []struct {
		name, other string
		asked       bool
	}{
		{"climbed to", "Norway's number of measles patients climbed to 219 on Sunday after officials reported seven new cases.", false},
		{"has reached", "The tally of measles patients in Norway reached 219 on Sunday.", false},
		{"another owner", "Sweden's number of measles patients climbed to 219 on Sunday after officials reported seven new cases.", true},
		{"other things", "Norway's number of measles tests climbed to 5,400 on Sunday after the health agency opened two new clinics.", true},
		{"same figure", "Norway's number of measles patients climbed to 212 on Sunday after officials reported seven new cases.", true},
	} {
		text := headlineLine + c.other + "\n\nThe outbreak began in a school in the north of the country.\n\n" + count + "\n"
		w := writeAll(t, text)
		asked := false
		for _, o := range w.offered {
			asked = asked || strings.Contains(o.q.Prompt, "measles patients") && strings.Contains(o.q.Prompt, "so far")
		}
		if asked != c.asked {
			t.Errorf("%s: the 212 patients asked %v, want %v", c.name, asked, c.asked)
		}
	}
}
