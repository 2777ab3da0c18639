package generate

import "testing"

// TestMatchSides: two teams or sides of a match are given away by the
// match; other counts, and two teams without a match, are not.
func TestMatchSides(t *testing.T) {
	two := Fact{Kind: Count, Number: 2, Noun: "teams"}
	for _, tc := range []struct {
		name   string
		prompt string
		f      Fact
		want   bool
	}{
		{"a false figure of the sides", "according to the article four teams of 11 players each play a four innings match", two, true},
		{"a blank on the sides", "fill in the number _____ sides contest the final", Fact{Kind: Count, Number: 2, Noun: "sides"}, true},
		{"the players of the match", "according to the article two teams of 12 players each play a four innings match", Fact{Kind: Count, Number: 11, Noun: "players"}, false},
		{"two teams without a match", "how many teams joined the league in 2019", two, false},
		{"three teams of a match", "how many teams play in the final round", Fact{Kind: Count, Number: 3, Noun: "teams"}, false},
	} {
		if got := matchSidesGiveaway(tc.prompt, tc.f); got != tc.want {
			t.Errorf("%s: matchSidesGiveaway(%q) = %v, want %v", tc.name, tc.prompt, got, tc.want)
		}
	}
}
