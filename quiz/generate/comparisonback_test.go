package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestComparisonBack: a comparison whose other side is in the sentence
// before ("in a similar manner", "longer than that") gives no question;
// one that names its other side reads alone.
func TestComparisonBack(t *testing.T) {
	for _, tc := range []struct {
		words string
		back  bool
	}{
		{"fell in a similar manner", true},
		{"had waited longer than that", true},
		{"a similar attack took place in 2010", true},
		{"Similarly, the council voted", true},
		{"built a similar bridge to the one in Leeds", false},
		{"earned more than that of the year before", false},
		{"more than those who stayed", false},
		{"scored more than 20 points", false},
		{"the team said “we played in a similar way”", false},
	} {
		if got := comparisonBack(tokenize(tc.words)) >= 0; got != tc.back {
			t.Errorf("comparisonBack(%q) = %v, want %v", tc.words, got, tc.back)
		}
	}
	cases := []struct {
		name, text string
		refuse     string
	}{
		{"similar manner", "Dan Reeve tried an ugly hook off his first ball and Tom Hale fell in a similar manner. Sam Cole bowled a tidy spell. The Hawks won the final on 12 March 2001 by 40 runs.",
			"Who fell in a similar manner?"},
		{"than that", "The target is that patients wait no more than 18 weeks. In May 412 patients had waited longer than that. The hospital opened in 1998 with 400 beds.",
			"than that"},
	}
	for _, tc := range cases {
		got := quizPrompts(t, tc.name, tc.text)
		if slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, tc.refuse) }) {
			t.Errorf("%s: %q asked in %q", tc.name, tc.refuse, got)
		}
	}
}

// TestDeedPointsBack: a deed asked alone ("Who …?") is refused when it
// compares with or points to the sentence before.
func TestDeedPointsBack(t *testing.T) {
	for _, tc := range []struct {
		action string
		alone  bool
	}{
		{"fell in a similar manner", false},
		{"answered in the same way", false},
		{"used such tactics", false},
		{"resigned the same day", false},
		{"opened the new bridge", true},
		{"backed projects such as the new bridge", true},
	} {
		if got := deedReadsAlone(tc.action); got != tc.alone {
			t.Errorf("deedReadsAlone(%q) = %v, want %v", tc.action, got, tc.alone)
		}
	}
}
