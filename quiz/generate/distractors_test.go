package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestWrongPeopleHoldNoLikeOffice: "Which of these people is a foreign
// minister?" offers no one who holds the office under another name, such
// as the US Secretary of State (held-out set 9's xi page); a deputy's
// office or another portfolio is no such office.
func TestWrongPeopleHoldNoLikeOffice(t *testing.T) {
	const host = "Chinese leader hosts US envoy\n\nBEIJING - Chinese President Zhou Ming received US Secretary of State Mark Dalton on Sunday, discussing US President Carl Benson's trip to Asia later this year.\n\nDalton also held talks with Foreign Minister Lin Hao at the Diaoyutai guesthouse in the west of the city.\n\nBoth sides said the talks had been frank, and Lin said China wanted steady ties with its largest trading partner."
	const shipping = "Ministers meet in London\n\nLONDON - British Foreign Secretary Helen Ward welcomed Foreign Minister Raj Mehta and Deputy Foreign Minister Omar Haddad to the Foreign Office on Wednesday for talks on shipping lanes.\n\nWard said the three had agreed to share data on vessels, and Mehta called the meeting useful.\n\nPrime Minister Sunil Rao sent a letter of thanks, and Haddad stayed on for a second day of talks with officials."
	tests := []struct {
		name, article, prompt string
		not, still            []string
	}{
		{"the Secretary of State is a foreign minister", host,
			"Which of these people is a foreign minister", []string{"Mark Dalton"}, []string{"Zhou Ming"}},
		{"a country's named office offers the others", host,
			"Who is China's President", nil, []string{"Mark Dalton", "Lin Hao"}},
		{"the Foreign Secretary is a foreign minister, a deputy is not", shipping,
			"Which of these people is a foreign minister", []string{"Helen Ward"}, []string{"Omar Haddad", "Sunil Rao"}},
	}
	for _, tc := range tests {
		w := writeAll(t, tc.article)
		found := false
		for _, c := range w.offered {
			if !strings.HasPrefix(c.q.Prompt, tc.prompt) {
				continue
			}
			found = true
			for _, x := range tc.not {
				if slices.Contains(c.item.Wrong, x) {
					t.Errorf("%s: %q offers %s: %q", tc.name, c.q.Prompt, x, c.item.Wrong)
				}
			}
			for _, x := range tc.still {
				if !slices.Contains(c.item.Wrong, x) {
					t.Errorf("%s: %q no longer offers %s: %q", tc.name, c.q.Prompt, x, c.item.Wrong)
				}
			}
		}
		if !found {
			t.Errorf("%s: no question opens %q", tc.name, tc.prompt)
		}
	}
}

// TestNoOfficeACountryLacks: no wrong office a country does not have,
// such as "President of England" or "Secretary of State of China" (a US
// cabinet title), in held-out set 10's penn page after its fix.
func TestNoOfficeACountryLacks(t *testing.T) {
	tests := []struct {
		office, body string
		want         bool
	}{
		{"President", "England", false},
		{"Prime Minister", "England", true},
		{"Secretary of State", "China", false},
		{"Secretary of State", "United States", true},
		{"Chief of Staff", "France", false},
		{"Foreign Minister", "China", true},
	}
	for _, tc := range tests {
		if got := titleFits(tc.office, tc.body); got != tc.want {
			t.Errorf("titleFits(%q, %q) = %v, want %v", tc.office, tc.body, got, tc.want)
		}
	}
}
