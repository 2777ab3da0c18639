package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestNavLines: an advert's call to watch, a tag page's heading and a
// list of the site's headlines are furniture; a sentence that merely
// opens on a like word is not.
func TestNavLines(t *testing.T) {
	cases := []struct {
		line      string
		furniture bool
	}{
		{"Watch the 2025 Harbour Cup final on Channel Nine.", true},
		{"Watch a video of the launch below.", true},
		{"Stream every match live and ad free.", true},
		{"Home Tags Posts tagged with \"floods\"", true},
		{"Posts tagged with \"Harbour Cup\"", true},
		{"Top Stories:", true},
		{"Also Read: Council Votes To Close Harbour Bridge", true},
		{"Tags: floods, harbour, council", true},
		{"Watchdog officials said the fund lost $2 million in 2024.", false},
		{"Homeowners were told to leave on Monday.", false},
		{"Streams of water ran down the main road.", false},
		{"Watch sales rose by 12% in the year to March.", false},
		{"Stream levels fell after the dry summer.", false},
	}
	for _, c := range cases {
		text := "Floods in the north\n\nThe river rose on Sunday.\n\n" + c.line + "\n\nThe minister will announce the funds on Monday.\n"
		sents := splitSentences(text, tokenize(text))
		found := false
		for _, s := range sents {
			line := text[s.start:s.end]
			if !strings.HasPrefix(c.line, line) || s.start == 0 {
				continue
			}
			found = true
			if s.furniture != c.furniture {
				t.Errorf("%q: furniture %v, want %v", line, s.furniture, c.furniture)
			}
		}
		if !found {
			t.Errorf("%q: no sentence", c.line)
		}
	}
}

// TestNavLinesNameNobody: the capitalised words of a tag page's heading
// ("Tags Posts") are no person, not even a wrong choice of speaker.
func TestNavLinesNameNobody(t *testing.T) {
	text := "Home Tags Posts tagged with \"floods\"\n\n" +
		"Harbour Trust called the claims \"unfounded\".\n\n" +
		"Mayor Anna Greenwood said: \"The bridge will stay closed.\"\n"
	sents := splitSentences(text, tokenize(text))
	q := peopleText(text, sents, extract(text, sents))
	if slices.Contains(q.order, "Tags Posts") {
		t.Errorf("people %q: holds the tag page's heading", q.order)
	}
	if !slices.Contains(q.order, "Anna Greenwood") {
		t.Errorf("people %q: lost the mayor", q.order)
	}
}
