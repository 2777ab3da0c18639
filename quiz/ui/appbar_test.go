package ui

import "testing"

func TestNavSection(t *testing.T) {
	for _, tc := range []struct{ route, want string }{
		{"/", "quizzes"},
		{"/quiz/karabakh", "quizzes"},
		{"/quizzes", ""},
		{"/review", "review"},
		{"/reviewed", ""},
		{"/progress", "progress"},
		{"/progress/karabakh", "progress"},
		{"/new", ""},
		{"/teacher", ""},
		{"/settings", ""},
		{"/shared", ""},
	} {
		if got := navSection(tc.route); got != tc.want {
			t.Errorf("navSection(%q) = %q, want %q", tc.route, got, tc.want)
		}
	}
}
