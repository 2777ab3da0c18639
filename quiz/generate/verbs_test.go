package generate

import "testing"

// TestPastVerbs checks the simple pasts read and written for news verbs:
// the spelling rules, the doubled consonant of stress-final verbs, the
// American single "l", and irregular forms.
func TestPastVerbs(t *testing.T) {
	tests := []struct {
		past, base string // base "" when the past must not be read
	}{
		{"upgraded", "upgrade"}, {"pleaded", "plead"}, {"unearthed", "unearth"}, {"knighted", "knight"},
		{"scrubbed", "scrub"}, {"transferred", "transfer"}, {"referred", "refer"}, {"occurred", "occur"},
		{"admitted", "admit"}, {"canceled", "cancel"}, {"cancelled", "cancel"}, {"dug", "dig"}, {"heard", "hear"},
		{"regained", "regain"}, {"sentenced", "sentence"}, {"released", "release"},
		{"transfered", ""}, {"admited", ""}, {"occured", ""}, {"controled", ""},
	}
	for _, tc := range tests {
		if got := pastVerbs[tc.past]; got != tc.base {
			t.Errorf("pastVerbs[%q] = %q, want %q", tc.past, got, tc.base)
		}
	}
	for base, past := range map[string]string{"admit": "admitted", "transfer": "transferred", "cancel": "canceled", "win": "won", "upgrade": "upgraded"} {
		if got := pastOf(base); got != past {
			t.Errorf("pastOf(%q) = %q, want %q", base, got, past)
		}
	}
}
