package generate

import (
	"strings"
	"testing"
)

// TestBareStatePresident checks that "President X" whose country went
// unread is asked which office among offices of state alone on a page
// naming a country or a state, and not when a body is named before the
// title, when no country or state is named, when a leader of the page
// is a body's officer, or when a date of the same sentence names it.
func TestBareStatePresident(t *testing.T) {
	tests := []struct {
		name, text, person string
		asked              bool
	}{
		{"a president of one of the page's countries",
			"Trade talks open\n\nOfficials from Germany met in France on Monday to discuss steel tariffs. President Dale Hunt said the talks had gone well. About 300 delegates attended.",
			"Dale Hunt", true},
		{"no country or state named",
			"Group backs new plan\n\nThe group backed the plan on Friday. President Lena Hart said the plan would help members. About 300 members attended the meeting.",
			"Lena Hart", false},
		{"a company named before the title",
			"Rocket reaches station\n\nThe rocket reached the station on Monday, carrying 2 tonnes of cargo to Canada's astronauts. Orbex President Mia Stone said the capsule was where it should be.",
			"Mia Stone", false},
		{"a date of the same sentence names the office",
			"Trade talks open\n\nOfficials from Germany met in France on Monday to discuss steel tariffs. President Dale Hunt said on 14 September 2018 that the talks had gone well.",
			"Dale Hunt", false},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.text)
		if err != nil {
			if tc.asked {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		asked := false
		for i, q := range res.Quiz.Questions {
			if !strings.HasPrefix(q.Prompt, "What office does "+tc.person) {
				continue
			}
			asked = true
			if it := res.Items[i]; it.Answer != "President" || len(it.Wrong) < 2 {
				t.Errorf("%s: answer %q among %v", tc.name, it.Answer, it.Wrong)
			}
			for _, w := range res.Items[i].Wrong {
				if w == "President" || w == "Vice President" {
					t.Errorf("%s: wrong choice %q", tc.name, w)
				}
			}
		}
		if asked != tc.asked {
			t.Errorf("%s: office of %s asked %v, want %v; got %v", tc.name, tc.person, asked, tc.asked, prompts(res))
		}
	}
}
