package generate

import (
	"strings"
	"testing"
)

// TestSecondPost: a second post's header (a date line and a headline, in
// either order, or a headline and a byline) after the story ends the
// story; a headline alone, a header before three sentences of prose, and
// a listing page of posts end nothing.
func TestSecondPost(t *testing.T) {
	const first = "Saturday, March 2, 2013\n\nAnn Lee's Life\n\nAnn Lee was born on May 4, 1961 in Leeds. She played tennis for her school. In 1980 she won her first title. She retired in 1995.\n\n"
	const second = "Bob Park was born on July 9, 1970 in Hull. He played golf from the age of three.\n"
	cases := []struct {
		name, text string
		ends       bool // the second post's sentences are furniture
	}{
		{"date then headline", first + "Sunday, February 17, 2013\n\nBob Park's Life\n\n" + second, true},
		{"headline then date", first + "Bob Park's Life\n\nSunday, February 17, 2013\n\n" + second, true},
		{"headline then byline", first + "Bob Park's Life\n\nBy Carol Dunn\n\n" + second, true},
		{"headline alone", first + "Bob Park's Life\n\n" + second, false},
		{"a date line alone", first + "Sunday, February 17, 2013\n\n" + second, false},
		{"too early", "Ann Lee's Life\n\nAnn Lee was born in Leeds.\n\nSunday, February 17, 2013\n\nBob Park's Life\n\n" + second, false},
		{"listing page", "Showing posts with label lives. Show all posts\n\n" + first + "Sunday, February 17, 2013\n\nBob Park's Life\n\n" + second, false},
	}
	for _, c := range cases {
		sents := splitSentences(c.text, tokenize(c.text))
		for _, s := range sents {
			line := c.text[s.start:s.end]
			if strings.Contains(line, "Ann Lee was born") && s.furniture {
				t.Errorf("%s: the first post's %q is furniture", c.name, line)
			}
			if strings.HasPrefix(line, "Bob Park was born") && s.furniture != c.ends {
				t.Errorf("%s: %q furniture %v, want %v", c.name, line, s.furniture, c.ends)
			}
		}
	}
	// No question on the second post's person.
	res, err := FromText("", "Ann Lee's Life\n\n"+first+"Sunday, February 17, 2013\n\nBob Park's Life\n\n"+second)
	if err != nil && res.Quiz == nil {
		t.Fatal(err)
	}
	if res.Quiz != nil {
		for _, q := range res.Quiz.Questions {
			if strings.Contains(q.Prompt, "Park") || strings.Contains(q.Prompt, "1970") {
				t.Errorf("question from the second post: %q", q.Prompt)
			}
		}
	}
}
