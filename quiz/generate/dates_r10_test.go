package generate

import (
	"strings"
	"testing"
)

// TestWhenClausesRoundTen checks the date clauses of real prose that were
// refused before round 10 (issue 7): a participle on an object's noun
// phrase at the clause's end ("… during the meeting held on …"), a
// participle set off by commas that goes on after "and", and a person's
// lifespan. The sentences are the project's own.
func TestWhenClausesRoundTen(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	tests := []struct {
		text   string
		prompt string
		answer string
	}{
		// A participle on the object's noun phrase dates that phrase.
		{"The two ministers stressed the value of the accords reached during the third joint planning meeting held on March 3, 1889." + more,
			"When was the third joint planning meeting held?", "March 3, 1889"},
		{"The new lighthouse replaced the old wooden tower built by the harbour board in 1887." + more,
			"When was the old wooden tower built by the harbour board?", "1887"},
		{"Farmers protested at the two grain depots closed in 1886." + more,
			"When were the two grain depots closed?", "1886"},
		// A participle set off by commas goes on after "and".
		{"The old survey ship, launched in 1885 and still far outlasting its designed life, charted the northern bay." + more,
			"When was the old survey ship launched?", "1885"},
		// A noun the same in both numbers is one thing without a number.
		{"The survey craft, launched in 1885 and still far outlasting its designed life, charted the northern bay." + more,
			"When was the survey craft launched?", "1885"},
		{"Two survey craft, launched in 1885 and still in service, charted the northern bay." + more,
			"When were two survey craft launched?", "1885"},
		// A lifespan in brackets after the name, or on a line under it.
		{"Anna Brandt (4 March 1871 – 19 June 1938) was a Danish painter of harbour scenes." + more,
			"When was Anna Brandt born?", "4 March 1871"},
		{"Anna Brandt (4 March 1871 – 19 June 1938) was a Danish painter of harbour scenes." + more,
			"When did Anna Brandt die?", "19 June 1938"},
		{"Painters of the north\n\nKarl Moen\n\nMarch 4, 1880 – October 2, 1951\n\nNorwegian sculptor who carved the west door of the cathedral." + more,
			"When did Karl Moen die?", "October 2, 1951"},
	}
	for _, tc := range tests {
		got := whenOffered(t, tc.text)
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
		}
		// The date is the participle's, never the main verb's.
		if p := "When did the new lighthouse replace the old wooden tower built by the harbour board?"; got[p] != "" {
			t.Errorf("%q: offered %q", tc.text, p)
		}
	}
}

// TestWhenClausesRoundTenRefused checks the shapes near those above whose
// date belongs to another verb, or whose phrase is no object: no "When"
// question on the date.
func TestWhenClausesRoundTenRefused(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	tests := []struct {
		text string
		date string
	}{
		// A past verb after a reporting verb or a subordinator is the
		// clause's own verb, not a participle.
		{"The clerk said the board announced in 1887." + more, "1887"},
		{"Prices fell after the mill closed in 1886." + more, "1886"},
		// The clause goes on after the date: it may date another verb.
		{"The new lighthouse replaced the old tower built in 1887 to guide the fishing fleet." + more, "1887"},
		// After "and" a finite verb opens a clause of its own.
		{"The old survey ship, launched in 1885 and it was refitted twice, charted the bay." + more, "1885"},
		// A line of two dates under a line that is no name: no lifespan.
		{"Painters of the north\n\nthe painter's years\n\nMarch 4, 1880 – October 2, 1951\n\nA Norwegian sculptor carved the west door." + more, "October 2, 1951"},
	}
	for _, tc := range tests {
		for p, a := range whenOffered(t, tc.text) {
			if strings.Contains(a, tc.date) {
				t.Errorf("%q: offered %q (%s), want no such question", tc.text, p, a)
			}
		}
	}
}

// TestBirthsOnOneDay checks the births of a "born on this day" page: one
// day and month for all, so the wrong choices differ by the year only,
// and no true-or-false statement gives the day away.
func TestBirthsOnOneDay(t *testing.T) {
	const page = "Born on this day\n\nKarl Moen\n\nMarch 4, 1880 – October 2, 1951\n\nNorwegian sculptor.\n\n" +
		"Anna Brandt\n\nMarch 4, 1871 – June 19, 1938\n\nDanish painter.\n\nOla Rud\n\nMarch 4, 1902 – May 1, 1977\n\nNorwegian poet."
	text, _, err := checkText(page)
	if err != nil {
		t.Fatal(err)
	}
	sents := splitSentences(text, tokenize(text))
	w := newWriter(text, sents, extract(text, sents))
	w.write()
	births := 0
	for _, c := range w.offered {
		if !strings.HasSuffix(c.q.Prompt, " born?") {
			if strings.Contains(c.q.Prompt, "born on") {
				t.Errorf("%q: a statement on a shared birthday", c.q.Prompt)
			}
			continue
		}
		births++
		for _, ch := range c.q.Choices {
			if !strings.HasPrefix(ch.Text, "March 4, ") {
				t.Errorf("%q: choice %q is not on March 4", c.q.Prompt, ch.Text)
			}
		}
	}
	if births != 3 {
		t.Errorf("%d birth questions, want 3", births)
	}
}
