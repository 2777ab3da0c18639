package generate

import "testing"

// TestSlashNumberNoCount: the second half of a season or a fraction is no
// count; a number after a slash with spaces, or after a word, still is.
func TestSlashNumberNoCount(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The club lost in the 1991/92 play-offs.", nil},
		{"The club lost 3/4 matches at home.", nil},
		{"The club lost 12 matches at home.", []string{"12 matches"}},
		{"The club and/or 12 players lost the appeal.", []string{"12 players"}},
	} {
		text := headlineLine + tc.text
		sents := splitSentences(text, tokenize(text))
		var got []string
		for _, f := range extract(text, sents) {
			if f.Kind == Count {
				got = append(got, f.Text)
			}
		}
		if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
			t.Errorf("%q: counts %q, want %q", tc.text, got, tc.want)
		}
	}
}
