package generate

import (
	"strings"
	"testing"
)

// TestLeadersRound11 checks the offices read in round 11: a surname glued
// to its particle ending a name.
func TestLeadersRound11(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Syrian President Bashar al-Assad chaired an emergency meeting on Monday.", "Bashar al-Assad/President/Syria"},
		{"Egyptian President Abdel Fattah el-Sisi met the envoy on Monday.", "Abdel Fattah el-Sisi/President/Egypt"},
		// A lower-case word after the hyphen is no surname.
		{"Syrian President Bashar al-assad chaired an emergency meeting on Monday.", "Bashar/President/Syria"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts("Town news\n\n"+tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}
