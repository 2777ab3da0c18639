package generate

import (
	"strings"
	"testing"
)

// TestDateUntil: a date in a clause opened by "until" ("…, until he
// retired in 1999") dates that clause: its subject follows "until", and
// "until" is no part of a subject ("According to the article, until he
// retired in 1999." is a fragment).
func TestDateUntil(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // a prompt the quiz must hold ("" for none)
	}{
		{"pronoun after until", "Tom Baker served as mayor of the town for two terms. " +
			"He ran a bakery with his father and his brother Paul, who also served as mayor in 2004/05, until he retired in 2010. " +
			"He died last week at the age of 81.",
			""},
		{"noun after until", "The old mill at the edge of the town employed hundreds of people. " +
			"The shop on the square sold its flour for decades, until the mill closed in 1987. " +
			"The building is now a museum.",
			"When did the mill close?"},
	}
	for _, tc := range cases {
		got := quizPrompts(t, tc.name, tc.text)
		for _, p := range got {
			if low := strings.ToLower(p); strings.Contains(low, ", until ") && !strings.Contains(low, " until ") || strings.HasPrefix(low, "according to the article, until") || strings.Contains(low, "did until") {
				t.Errorf("%s: %q asked", tc.name, p)
			}
		}
		if tc.want != "" && !strings.Contains(strings.Join(got, "\n"), tc.want) {
			t.Errorf("%s: no %q in %q", tc.name, tc.want, got)
		}
		t.Logf("%s: %q", tc.name, got)
	}
}
