package generate

import (
	"strings"
	"testing"
)

// TestInfinitiveObjectCounts covers a count that is the object of an
// infinitive after a past verb ("agreed to sell five brands", "were told
// to open 4,000 beds"): asked with both verbs; refused after a habit
// ("used to"), a report ("said to"), a modal or a verb the table lacks.
func TestInfinitiveObjectCounts(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"active", "The two firms agreed to sell six factories in Spain.",
			"How many factories did the two firms agree to sell in Spain?", "6", nil},
		{"passive", "Schools were told to open about 2,500 extra classrooms before September.",
			"About how many extra classrooms were schools told to open before September?", "2500", nil},
		{"perfect passive", "Councils in Wales have been asked to build 9,000 new homes by 2030.",
			"How many new homes have councils in Wales been asked to build by 2030?", "9000", nil},
		{"second aim cut", "Ports were told to clear 300 lorries before dawn and to stop new arrivals.",
			"How many lorries were ports told to clear before dawn?", "300", nil},
		{"habit", "The family used to own 40 farms in the valley.", "", "",
			[]string{"How many farms did the family use"}},
		{"modal", "The club would have to sell 12 players this summer.", "", "",
			[]string{"How many players would", "How many players did"}},
		{"no past verb", "The plan is to open 40 clinics in the north.", "", "",
			[]string{"How many clinics"}},
	})
}

// TestListItemBlank covers a list item that goes on from a colon: it is
// no sentence to copy as a fill-in, while a whole sentence still is.
func TestListItemBlank(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"list item", "Under the ruling, the firms must:\n\n • keep 14 depots open for the next five years.", "", "",
			[]string{"Fill in the number: keep"}},
		{"whole sentence", "The river flooded on Monday. Rescuers saved 42 people from the roofs of their homes.",
			"Fill in the number: Rescuers saved _____ people from the roofs of their homes.", "42", nil},
	})
}

// TestOutOfTotal covers a share of a stated whole, "56 out of 59 seats"
// and "out of a total (of) 59": both numbers are found, the share as a
// part ("56 of the 59 seats" is read the same way); a whole no larger
// than the share, or "out of" without a number, is no share.
func TestOutOfTotal(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Greens won 14 out of 20 seats in the city.", "14 seats|20 seats"},
		{"Rebels held 12 out of a total 30 towns by May.", "12 towns|30 towns"},
		{"Rebels held 12 out of a total of 30 towns by May.", "12 towns|30 towns"},
		{"Seven out of 10 voters backed the plan.", "7 voters|10 voters"},
		{"The club sold 40 players out of necessity.", "40 players"},
		{"Firefighters pulled 12 people out of the river.", "12 people"},
		{"The Greens won 30 out of 20 seats in the city.", "20 seats"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, in := range []string{"The Greens won 14 out of 20 seats in the city."} {
		for _, c := range writeAll(t, in).offered {
			if strings.HasPrefix(c.q.Prompt, "How many seats did the Greens win") {
				t.Errorf("%q: the share is asked as the whole: %q", in, c.q.Prompt)
			}
		}
	}
}
