package generate

import (
	"strings"
	"testing"
)

// TestListingLines: a line counting the site's items over a recent period,
// or showing a listing of them, is furniture; a count of the story's own
// things in the last hours is not.
func TestListingLines(t *testing.T) {
	cases := []struct {
		line      string
		furniture bool
	}{
		{"There were 2,310 press releases posted in the last 24 hours and 512,004 in the last 365 days.", true},
		{"87 new articles published in the past 7 days.", true},
		{"Showing posts with label flood relief. Show all posts", true},
		{"Showing 1-20 of 345 results", true},
		{"A further 212 deaths have been confirmed in the last 24 hours.", false},
		{"Five new cases were registered in the last 48 hours.", false},
		{"The council posted 40 jobs in the last month.", false},
		{"Showing great courage, the crew landed the plane.", false},
	}
	for _, c := range cases {
		text := "Storm damage in the north\n\n" + c.line + "\n\nThe minister will announce the funds on Monday.\n"
		sents := splitSentences(text, tokenize(text))
		for _, s := range sents {
			line := text[s.start:s.end]
			if !strings.HasPrefix(c.line, line) {
				continue
			}
			if s.furniture != c.furniture {
				t.Errorf("%q: furniture %v, want %v", line, s.furniture, c.furniture)
			}
		}
	}
}

// TestListingPageTitle: a listing of posts has no one headline; the
// default title stands, not the first post's headline.
func TestListingPageTitle(t *testing.T) {
	text := "Showing posts with label floods. Show all posts\n\n" +
		"Floods Close Roads Across the North of the Country\n\n" +
		"Floods closed 14 roads across the north on Monday, the police said.\n"
	sents := splitSentences(text, tokenize(text))
	if h := headline(sents, text); h != "Quiz from an article" {
		t.Errorf("title %q, want the default", h)
	}
}
