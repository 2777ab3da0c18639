package generate

import (
	"strings"
	"testing"
)

// TestReferenceEnd: a contact line is furniture, and a reference list's
// heading on a line of its own ends the story (in either case, with or
// without a colon); the words inside a story's sentence end nothing.
func TestReferenceEnd(t *testing.T) {
	const story = "Warrant sweep in the county\n\nDeputies made 85 arrests over three days in March.\n\n"
	const entry = "  • Ann Lee and Tom Reyes (Eds.): A Directory of the Mayors of Dunmore, 1801–1990. Volume 2, Hill Press, Dunmore, 1990.\n"
	cases := []struct {
		name, text string
		want       bool // the last sentence is furniture
	}{
		{"contact line", story + "For more information contact the Queen Anne's County Sheriff's Office at 555-0100.\n", true},
		{"contact line with a comma", story + "For further information, call the press office at 555-0100.\n", true},
		{"literature", story + "literature\n\n" + entry, true},
		{"references", story + "References\n\n" + entry, true},
		{"bibliography with a colon", story + "Bibliography:\n" + entry, true},
		{"further reading", story + "Further reading\n\n" + entry, true},
		{"a story's section titled literature", story + "Literature\n\nThe county's writers met 12 times in 1990.\n", false},
		{"in a sentence", story + "The sources said more arrests were planned for April.\n", false},
		{"a heading's word opening a sentence", story + "Literature on the sweep was handed out at the door.\n", false},
	}
	for _, c := range cases {
		sents := splitSentences(c.text, tokenize(c.text))
		last := sents[len(sents)-1]
		if last.furniture != c.want {
			t.Errorf("%s: last sentence %q furniture %v, want %v", c.name, c.text[last.start:last.end], last.furniture, c.want)
		}
		if sents[1].furniture {
			t.Errorf("%s: the story's sentence is furniture", c.name)
		}
	}
}

// TestPossessivePlaceIsNoLeader: a title word opening a place's name in
// the possessive ("Prince George's County") is no office; the title
// before a person's name still is one.
func TestPossessivePlaceIsNoLeader(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Deputies of the Prince Edward's County Sheriff's Office made 85 arrests.", ""},
		{"The ferry to King Olaf's Island was cancelled on Monday.", ""},
		{"Prince Edward's visit to the county drew large crowds on Monday.", "Edward/Prince/"},
		{"Prince Edward opened the county's new library on Monday.", "Edward/Prince/"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLongSpanSides: a span of years of more than 30 years has one span
// a side (so a fill-in of it is refused as thin), a short span three.
func TestLongSpanSides(t *testing.T) {
	cases := []struct {
		y1, y2, want int
	}{
		{1801, 1990, 1},
		{1850, 1853, 3},
		{1901, 1930, 3},
		{1901, 1931, 1},
	}
	for _, c := range cases {
		d := date{form: formYearRange, year: c.y1, year2: c.y2, joiner: "–"}
		for s := 0; s < 2; s++ {
			if got := len(sideDates(d, s, 7)); got != c.want {
				t.Errorf("%d–%d side %d: %d spans, want %d", c.y1, c.y2, s, got, c.want)
			}
		}
		if c.want == 1 && !thinSpanChoices(d, []string{"a", "b"}) {
			t.Errorf("%d–%d: two wrong spans not thin", c.y1, c.y2)
		}
	}
}

// TestDateStatementPreposition: a statement of a sentence opening on a
// span of years with its preposition ("Between 1850 and 1853, …") takes
// a small letter after "According to the article,".
func TestDateStatementPreposition(t *testing.T) {
	w := writeAll(t, "Consul in Recife\n\nAnn Lee was elected to the state senate in 1839 as a Whig member. Between 1850 and 1853, Lee was the American consul in Recife, Brazil. She died in Recife in December 1853 after a fall.")
	n := 0
	for _, c := range w.offered {
		p := c.q.Prompt
		if strings.HasPrefix(p, "According to the article, Between") || strings.HasPrefix(p, "According to the article, From") {
			t.Errorf("capital preposition: %q", p)
		}
		if strings.HasPrefix(p, "According to the article, between") {
			n++
		}
	}
	if n == 0 {
		t.Errorf("no statement of the span offered")
	}
}
