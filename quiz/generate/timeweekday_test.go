package generate

import (
	"strings"
	"testing"
)

// TestWeekdayAfterTime: "a.m." before a weekday that goes on the sentence
// ("6 a.m. Tuesday, cast …") ends nothing; before a new sentence it still
// does ("9 a.m. Monday's vote …" opens one, as does "The …").
func TestWeekdayAfterTime(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int // sentences
	}{
		{"Vice President Jo Marsh, who arrived shortly after 6 a.m. Tuesday, cast the deciding vote.", 1},
		{"Senators cast 45 votes in a session that began at 9 a.m. Monday as leaders lobbied.", 1},
		{"The session began at 9 a.m. Monday's vote came later.", 2},
		{"The session began at 9 a.m. The vote came later.", 2},
	} {
		if got := len(splitSentences(tc.text, tokenize(tc.text))); got != tc.want {
			t.Errorf("%q: %d sentences, want %d", tc.text, got, tc.want)
		}
	}
}

// TestDeedWithoutShortly: a deed cut before its time ("arrived in the
// hall shortly after 6 a.m.") leaves no "shortly" dangling at its end.
func TestDeedWithoutShortly(t *testing.T) {
	text := "Vice President Jo Marsh, who arrived in the hall shortly after 6 a.m. Tuesday, cast the deciding vote."
	for _, f := range writeAll(t, text).facts {
		if f.Kind == Actor && strings.HasSuffix(f.Action, " shortly") {
			t.Errorf("deed %q ends on shortly", f.Action)
		}
	}
}
