package generate

import (
	"strings"
	"testing"
)

// TestGluedDateline: a dateline run into the sentence it dates, with no
// dash, is furniture of its own; the sentence after it stands alone. A
// sentence that opens on a date as its subject or after a preposition
// keeps it.
func TestGluedDateline(t *testing.T) {
	cases := []struct {
		text     string
		dateline string // the furniture split off, "" for none
		first    string // how the story's sentence must open
	}{
		{"Springfield (Ohio), March 3 A new bridge opened to traffic over the river.", "Springfield (Ohio), March 3", "A new bridge"},
		{"The mayor visited the site.12 April 2001  The council said the bridge would open in June.", "12 April 2001", "The council said"},
		{"Lakeside, 4 June 2010 The flood barrier was closed for the first time.", "Lakeside, 4 June 2010", "The flood barrier"},
		{"March 3 was the coldest day of the year in the town.", "", "March 3 was"},
		{"On March 3 the council voted to close the bridge.", "", "On March 3"},
		{"Springfield, March 3, 2001, was the day the bridge opened.", "", "Springfield, March 3"},
		{"The vote was held on 12 April 2001. The council said the bridge would open in June.", "", "The council said"},
	}
	for _, c := range cases {
		text := "Bridge opens in Springfield\n\n" + c.text + "\n"
		sents := splitSentences(text, tokenize(text))
		dateline, found := "", false
		for _, s := range sents[1:] {
			line := text[s.start:s.end]
			if s.furniture {
				dateline = line
				continue
			}
			if strings.HasPrefix(line, c.first) {
				found = true
			}
		}
		if dateline != c.dateline || !found {
			t.Errorf("%q: dateline %q (want %q), a sentence opening %q: %v", c.text, dateline, c.dateline, c.first, found)
		}
	}
}

// TestTitleCaseSentence: a headline in title case is a headline though a
// stop inside its bracket closes it; a sentence with a verb in lower case,
// or a dated heading, is read as a sentence.
func TestTitleCaseSentence(t *testing.T) {
	cases := []struct {
		line     string
		headline bool
	}{
		{"Council Rejects Budget Plan, Mayor Greenwood Resigns [Smith v. Jones (Retd.)]", true},
		{"Appeals Court Upholds Ruling On Harbour Tolls, Justice Marlow Dissents (Dist.)", true},
		{"In the U.S., the Vice President is the President of the Senate.", false},
		{"Treaty of Ghent, December 24, 1814.", false},
		{"Mayor Greenwood resigned after the vote on the budget.", false},
	}
	for _, c := range cases {
		text := "Budget row in Springfield\n\nThe council met on Monday.\n\n" + c.line + "\n\nThe mayor will speak on Friday.\n"
		sents := splitSentences(text, tokenize(text))
		found := false
		for _, s := range sents {
			if text[s.start:s.end] == c.line {
				found = true
				if s.headline != c.headline {
					t.Errorf("%q: headline %v, want %v", c.line, s.headline, c.headline)
				}
			}
		}
		if !found {
			t.Errorf("%q: not read as one sentence", c.line)
		}
	}
}
