package generate

import (
	"strings"
	"testing"
)

// TestJudgedRejectionsSet12: shapes of real prose behind the judged
// rejections of held-out set 12, in the project's own words. No question
// offered may hold the misreading; want, when set, must be offered.
func TestJudgedRejectionsSet12(t *testing.T) {
	tests := []struct {
		name, text, want string
		never            []string
	}{
		// A preposition after the counted noun opens the verb's phrase:
		// it stays after the verb.
		{"towards after the counted noun", "In the third attack this month on the peacekeepers, unknown gunmen launched approximately eight mortar shells towards the force’s base in Gao. Two soldiers were hurt.",
			"About how many mortar shells did unknown gunmen launch towards the force’s base in Gao?",
			[]string{"shells towards did"}},
		// A timeline's date cell run into the next row's date: no copy, no blank.
		{"two dates run together", "Timeline of 1961\n\nMar 06, 1961 The president creates the Peace Corps.\n\nApr 17, 1961 Exiles land at the Bay of Pigs in Cuba.\n\nJun–Jul, 1961 August 13 is named as the day the border closes. The summit in Vienna sets the tone of the year\n\nAug 13, 1961 Work on the Berlin Wall begins.",
			"", []string{"jun–jul, 1961 august", "1961 august 13 is", "1961 _____"}},
		// A count with an aside that names that many: the blank is given away.
		{"a count before a dash aside naming as many", "The governor named seven new judges on Monday. Two of the seven new judges sworn in – former prosecutor Anil Mehta and former police chief Rekha Sen – have never served on a bench. The other five are district judges.",
			"", []string{"_____ of the seven", "how many of the seven"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text
			if !strings.Contains(text, "\n\n") {
				text = "Headline of the story\n\n" + text
			}
			w := writeAll(t, text)
			found := tc.want == ""
			for _, c := range w.offered {
				p := strings.ToLower(c.q.Prompt)
				found = found || c.q.Prompt == tc.want
				for _, never := range tc.never {
					if strings.Contains(p, never) {
						t.Errorf("offered %q", c.q.Prompt)
					}
				}
			}
			if !found {
				for _, c := range w.offered {
					t.Log(c.q.Prompt)
				}
				t.Errorf("not offered %q", tc.want)
			}
		})
	}
}
