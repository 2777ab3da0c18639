package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestDateClauseOpeners: words that open a sentence or a clause are no
// part of a date clause's subject. An attribution ("According to a
// spokesman for …,") gives way to the phrase after its comma; a date in a
// clause opened by "until" ("…, until he retired in 1999") dates that
// clause, and "until" opens no subject ("According to the article, until
// he retired in 1999." is a fragment).
func TestDateClauseOpeners(t *testing.T) {
	cases := []struct {
		name, text string
		want       string   // a prompt the quiz must hold ("" for none)
		refuse     []string // no prompt may hold these, in lower case
	}{
		{"attribution, subject, aside", "Three workers at the plant fell ill last month. " +
			"According to a spokesman for the city council, the workers, aged between 30 and 50, began showing signs of illness on March 3rd. " +
			"The plant was closed for a week.",
			"When did the workers begin showing signs of illness?", []string{"did according"}},
		{"no attribution", "Three workers at the plant fell ill last month. " +
			"The workers, aged between 30 and 50, began showing signs of illness on March 3rd. " +
			"The plant was closed for a week.",
			"When did the workers begin showing signs of illness?", []string{"did according"}},
		{"pronoun after until", "Tom Baker served as mayor of the town for two terms. " +
			"He ran a bakery with his father and his brother Paul, who also served as mayor in 2004/05, until he retired in 2010. " +
			"He died last week at the age of 81.",
			"", []string{"according to the article, until", "did until"}},
		{"noun after until", "The old mill at the edge of the town employed hundreds of people. " +
			"The shop on the square sold its flour for decades, until the mill closed in 1987. " +
			"The building is now a museum.",
			"When did the mill close?", []string{"according to the article, until", "did until"}},
	}
	for _, tc := range cases {
		got := quizPrompts(t, tc.name, tc.text)
		for _, p := range got {
			for _, r := range tc.refuse {
				if strings.Contains(strings.ToLower(p), r) {
					t.Errorf("%s: %q asked", tc.name, p)
				}
			}
		}
		if tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("%s: no %q in %q", tc.name, tc.want, got)
		}
	}
}
