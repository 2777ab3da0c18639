package generate

import "testing"

// TestCounterparts checks a leader's counterpart of another country read
// with the leader's office and the nationality's country, and the
// phrases that name no office or no country.
func TestCounterparts(t *testing.T) {
	tests := []struct {
		text, want string // want: person | office | country, or ""
	}{
		{"Prime Minister Omar Qadri and his Indian counterpart Vikram Sethi met briefly at the summit.", "Vikram Sethi|Prime Minister|India"},
		{"Foreign Minister Omar Qadri spoke with his French counterpart, Claire Morel, on Monday.", "Claire Morel|Foreign Minister|France"},
		{"Omar Qadri spoke with his French counterpart Claire Morel on Monday.", ""},
		{"Prime Minister Omar Qadri and his counterpart Vikram Sethi met briefly at the summit.", ""},
		{"Kenyan Prime Minister Omar Qadri and his Kenyan counterpart Vikram Sethi met.", ""},
		{"Prime Minister Omar Qadri greeted his Indian counterpart's wife at the dinner.", ""},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text)
		got := ""
		for _, l := range counterparts(toks, findLeadersBefore(toks)) {
			got = l.person + "|" + l.office + "|" + l.country
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// findLeadersBefore is findLeaders without its counterparts.
func findLeadersBefore(toks []token) []leader {
	var out []leader
	for _, l := range findLeaders(toks) {
		if l.start == 0 || !toks[l.start].is("counterpart") && (l.start+1 >= len(toks) || !toks[l.start+1].is("counterpart")) {
			out = append(out, l)
		}
	}
	return out
}
