package generate

import "testing"

// TestLeftOffice checks the leaders a sentence says gave their office up
// (asked "What office did X hold?") and those it does not: another's
// resignation, a resignation accepted, a verb that is no resignation.
func TestLeftOffice(t *testing.T) {
	tests := []struct {
		text, person string
		left         bool
	}{
		{"The ministers who put in their papers were Trade Minister Asha Verma, Health Minister Ravi Nair and Energy Minister Leela Das.", "Ravi Nair", true},
		{"The ministers who put in their papers were Trade Minister Asha Verma, Health Minister Ravi Nair and Energy Minister Leela Das.", "Leela Das", true},
		{"The three who tendered their resignations were IT Minister Ravi Nair and Energy Minister Leela Das.", "Ravi Nair", true},
		{"Health Minister Ravi Nair resigned after the vote in the assembly.", "Ravi Nair", true},
		{"Health Minister Ravi Nair and Energy Minister Leela Das have resigned from the cabinet.", "Ravi Nair", true},
		{"Energy Minister Leela Das, who stepped down in the spring, spoke at the rally.", "Leela Das", true},
		{"Finance Minister Leela Das quit as the talks failed.", "Leela Das", true},
		// Not the leader's resignation.
		{"Prime Minister Asha Verma was surprised as one senior minister resigned after another.", "Asha Verma", false},
		{"President Ravi Nair accepted the resignation of all nine ministers.", "Ravi Nair", false},
		{"Finance Minister Leela Das quit social media for a month.", "Leela Das", false},
		{"Health Minister Ravi Nair said the official who resigned had broken the rules.", "Ravi Nair", false},
		{"The ministers who resigned were replaced by Health Minister Ravi Nair and others.", "Ravi Nair", false},
	}
	for _, tc := range tests {
		w := writeAll(t, tc.text)
		found := false
		for fi, f := range w.facts {
			if f.Kind != Leader || f.Person != tc.person {
				continue
			}
			found = true
			if got := w.leftOffice(fi); got != tc.left {
				t.Errorf("%q: leftOffice(%s) = %v, want %v", tc.text, tc.person, got, tc.left)
			}
			if is, _, _ := w.leaderTense(fi); tc.left && is != "was" {
				t.Errorf("%q: leaderTense(%s) = %q, want \"was\"", tc.text, tc.person, is)
			}
		}
		if !found {
			t.Errorf("%q: no leader %s found", tc.text, tc.person)
		}
	}
}
