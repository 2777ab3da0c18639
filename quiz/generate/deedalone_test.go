package generate

import "testing"

func TestDeedReadsAlone(t *testing.T) {
	cases := []struct {
		action string
		want   bool
	}{
		{"remained in the North during the war", false},
		{"stayed in the capital throughout the siege", false},
		{"lived in Brixton", false},
		{"confirmed the news", false},
		{"welcomed the decision", false},
		{"will welcome the move", false},
		// A stay at one moment is a deed; a noun that says of what reads alone.
		{"remained in lunar orbit", true},
		{"confirmed the news of the merger", true},
		{"took the stand", true},
		{"declared a state of emergency", true},
		{"will visit the United States", true},
	}
	for _, c := range cases {
		if got := deedReadsAlone(c.action); got != c.want {
			t.Errorf("deedReadsAlone(%q) = %v, want %v", c.action, got, c.want)
		}
	}
}

func TestNeutralPossessiveAfterAPlace(t *testing.T) {
	cases := []struct {
		action, want string
		ok           bool
	}{
		{"promised to support Bangladesh under her leadership", "", false},
		{"led France to his third title", "", false},
		{"welcomed Li Qiang on his first visit", "welcomed Li Qiang on his first visit", true},
		{"reached the final with his fifth jump", "reached the final with their fifth jump", true},
	}
	for _, c := range cases {
		got, ok := neutralPossessive(c.action)
		if got != c.want || ok != c.ok {
			t.Errorf("neutralPossessive(%q) = %q, %v, want %q, %v", c.action, got, ok, c.want, c.ok)
		}
	}
}
