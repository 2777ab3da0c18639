package generate

import "testing"

func TestQuoteContinuesWriter(t *testing.T) {
	for _, tc := range []struct {
		ex   string
		want bool
	}{
		{"that the council has found at least 40 empty homes", true},
		{"of its effect on the staff who work there", true},
		{"which the mayor had promised twice", true},
		{"to keep every library open", true},
		{"a fair deal for every tenant", false},
		{"We have kept every library open", false},
		{"thatched roofs and narrow lanes", false},
	} {
		if got := quoteContinuesWriter(tc.ex); got != tc.want {
			t.Errorf("quoteContinuesWriter(%q) = %v, want %v", tc.ex, got, tc.want)
		}
	}
}
