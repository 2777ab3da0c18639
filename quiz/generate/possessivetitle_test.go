package generate

import (
	"strings"
	"testing"
)

func TestPossessiveTitleProblem(t *testing.T) {
	cases := []struct {
		prompt string
		bad    bool
	}{
		{"According to the article, the court heard Hale had been drinking the night he collected his Mr Ashby from the station.", true},
		{"According to the article, she thanked her Mrs. Dale for the loan.", true},
		{"According to the article, the court heard Hale had been drinking the night he collected Mr Ashby from the station.", false},
		{"According to the article, Mr Ashby thanked his mother.", false},
		{"According to the article, he named his horse Miss Daisy.", false},
	}
	for _, c := range cases {
		if got := possessiveTitleProblem(c.prompt) != ""; got != c.bad {
			t.Errorf("possessiveTitleProblem(%q) = %v, want %v", c.prompt, got, c.bad)
		}
	}
}

// TestCheckerFlagsPossessiveTitle: the checker (and so the writer, which
// runs the same prompt checks) refuses a statement copying "his Mr Ashby".
func TestCheckerFlagsPossessiveTitle(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		flagged  bool
	}{
		{"The court heard Hale had been drinking the night he collected his Mr Ashby from the station in May 2023.", true},
		{"The court heard Hale had been drinking the night he collected Mr Ashby from the station in May 2023.", false},
	} {
		text := "Driver jailed\n\n" + tc.sentence
		statement := strings.ToLower(tc.sentence[:1]) + tc.sentence[1:]
		flagged := statementFlagged(t, "Driver jailed", text, tc.sentence, "May 2023", statement, "courtesy title")
		if flagged != tc.flagged {
			t.Errorf("%q: flagged %v, want %v", tc.sentence, flagged, tc.flagged)
		}
	}
}
