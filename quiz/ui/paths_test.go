package ui

import "testing"

func TestUnderRoot(t *testing.T) {
	for _, tc := range []struct{ env, p, want string }{
		{"/", "/review", "/review"},
		{"", "/", "/"},
		{"/quiz/", "/", "/quiz/"},
		{"/quiz/", "/review", "/quiz/review"},
		{"/quiz", "/quiz/karabakh", "/quiz/quiz/karabakh"},
		{"/quiz/", "/settings#backup", "/quiz/settings#backup"},
		{"/quiz/", "/questions/index.json", "/quiz/questions/index.json"},
		{"/a/b/", "/questions/x%20y.yaml", "/a/b/questions/x%20y.yaml"},
		{"/quiz/", "#backup", "#backup"},
		{"/quiz/", "data:image/png;base64,AAAA", "data:image/png;base64,AAAA"},
		{"/quiz/", "https://example.org/x", "https://example.org/x"},
		{"/quiz/", "//example.org/x", "//example.org/x"},
	} {
		if got := underRoot(rootOf(tc.env), tc.p); got != tc.want {
			t.Errorf("under GOAPP_ROOT_PREFIX %q, %q = %q, want %q", tc.env, tc.p, got, tc.want)
		}
	}
}

func TestWithoutRoot(t *testing.T) {
	for _, tc := range []struct{ env, path, want string }{
		{"/", "/quiz/karabakh", "/quiz/karabakh"},
		{"", "/progress", "/progress"},
		{"/quiz/", "/quiz/quiz/karabakh", "/quiz/karabakh"},
		{"/quiz/", "/quiz/progress/karabakh", "/progress/karabakh"},
		{"/quiz/", "/quiz/", "/"},
		{"/quiz/", "/quiz", "/"},
		{"/quiz", "/quiz/review", "/review"},
		{"/quiz/", "/quizzes/x", "/quizzes/x"}, // not under /quiz
		{"/a/b/", "/a/b/quiz/x", "/quiz/x"},
	} {
		if got := withoutRoot(rootOf(tc.env), tc.path); got != tc.want {
			t.Errorf("under GOAPP_ROOT_PREFIX %q, route of %q = %q, want %q", tc.env, tc.path, got, tc.want)
		}
	}
	// What appPath builds, routePath takes back.
	for _, p := range []string{"/", "/review", "/quiz/karabakh", "/progress/x"} {
		if got := withoutRoot("/quiz", underRoot("/quiz", p)); got != p {
			t.Errorf("%q under /quiz and back is %q", p, got)
		}
	}
}
