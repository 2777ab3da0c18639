package generate

import (
	"strings"
	"testing"
)

// TestMarginTwice: a margin ("by six wickets") is not asked "By how
// many …?" when the page gives another margin of the same unit; alone it
// still reads.
func TestMarginTwice(t *testing.T) {
	for _, c := range []struct {
		sentence, noun string
		n              int
		want           bool
	}{
		{"The visitors lost the first game by 10 wickets at Dunmore.", "wickets", 10, true},
		{"The visitors lost the second game by six wickets.", "wickets", 6, true},
		{"The visitors lost the second game by six wickets.", "wickets", 10, false},
		{"The visitors took 10 wickets on the first day.", "wickets", 10, false},
		{"The bill passed by 12 votes.", "votes", 12, true},
	} {
		if got := byBefore(c.sentence, c.n, c.noun); got != c.want {
			t.Errorf("byBefore(%q, %d, %q) = %v, want %v", c.sentence, c.n, c.noun, got, c.want)
		}
	}
	page := "Two defeats for the visitors\n\n" +
		"Ruritania went down by 10 wickets in the first Test at Dunmore last month, and in the second Test at the same ground this week, Ruritania lost the match by six wickets.\n" +
		"The captain said on Friday that the side would name a new squad of 16 players for the tour in March.\n" +
		"The board will meet in April to review the coaching staff, a spokesman said.\n"
	res, err := FromText("", page)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.HasPrefix(q.Prompt, "By how many wickets") {
			t.Errorf("margin asked with another margin of the same unit on the page: %q", q.Prompt)
		}
	}
}
